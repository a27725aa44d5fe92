package org.stptoolkit.reports.cli;

import java.util.concurrent.Callable;

/**
 * A subcommand of {@code stp}: picocli calls {@link #call()} for its exit code, after the command line
 * has handed it the {@link Console} it writes through.
 */
abstract class Subcommand implements Callable<Integer>, ConsoleAware {

  private Console console;

  @Override
  public final void console(Console c) {
    this.console = c;
  }

  /** The console this command writes through. */
  final Console console() {
    return console;
  }
}
