package org.stptoolkit.reports.cli;

import java.io.PrintWriter;
import java.util.Collection;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Where the command line writes: results and findings to standard output, problems to standard error,
 * progress only when standard error is a terminal.
 *
 * @param out standard output
 * @param err standard error
 * @param interactive true when a person is watching a terminal (progress is shown)
 */
public record Console(PrintWriter out, PrintWriter err, boolean interactive) {

  /** Prints findings one per line. */
  public void findings(Collection<ValidationFinding> findings) {
    findings.forEach(f -> out.println(f));
    out.flush();
  }

  /** Shows progress "label i/n" on one refreshed terminal line; silent when not interactive. */
  public void progress(String label, int done, int total) {
    if (!interactive) {
      return;
    }
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
