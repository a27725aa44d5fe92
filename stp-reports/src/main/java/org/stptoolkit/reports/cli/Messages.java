package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import org.stptoolkit.model.validation.PlainText;

/** How the command line names files and values in its messages: always on one line, control characters escaped. */
final class Messages {
  private Messages() {}

  /** A path as typed, with control characters escaped. */
  static String path(Path p) {
    return PlainText.escape(String.valueOf(p));
  }

  /** A name in single quotes, with control characters escaped. */
  static String quote(String s) {
    return "'" + PlainText.escape(s) + "'";
  }
}
