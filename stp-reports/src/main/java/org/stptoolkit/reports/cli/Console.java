package org.stptoolkit.reports.cli;

import java.io.PrintWriter;
import java.util.Collection;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Where the command line writes: results and findings to standard output, problems to standard error,
 * progress only when standard error is a terminal. Progress is thread-safe.
 */
public final class Console {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private String currentLabel;
  private long started;
  private int startDone;

  /**
   * A console.
   *
   * @param out standard output
   * @param err standard error
   * @param interactive true when a person is watching a terminal (progress is shown)
   */
  public Console(PrintWriter out, PrintWriter err, boolean interactive) {
    this.out = java.util.Objects.requireNonNull(out, "out");
    this.err = java.util.Objects.requireNonNull(err, "err");
    this.interactive = interactive;
  }

  /**
   * Standard output.
   *
   * @return the writer
   */
  public PrintWriter out() {
    return out;
  }

  /**
   * Standard error.
   *
   * @return the writer
   */
  public PrintWriter err() {
    return err;
  }

  /**
   * Whether a person is watching a terminal.
   *
   * @return true when progress is shown
   */
  public boolean interactive() {
    return interactive;
  }

  /**
   * Prints findings one per line.
   *
   * @param findings the findings
   */
  public void findings(Collection<ValidationFinding> findings) {
    findings.forEach(f -> out.println(f));
    out.flush();
  }

  /**
   * Shows progress "label i/n" on one refreshed terminal line; silent when not interactive.
   *
   * @param label what is being done
   * @param done steps done
   * @param total steps in all
   */
  public void progress(String label, int done, int total) {
    progress(label, done, total, "");
  }

  /**
   * Shows progress "label [####   ] i/n unit, about 12 s left" on one refreshed terminal line; silent when
   * not interactive. The time left is estimated from the rate since the first step of this label (shown
   * once a step has taken time, so a quick job prints no guess).
   *
   * @param label what is being done
   * @param done steps done
   * @param total steps in all
   * @param unit what a step is, e.g. "footprints" or "draws"; may be empty
   */
  public synchronized void progress(String label, int done, int total, String unit) {
    if (!interactive) {
      return;
    }
    long now = System.nanoTime();
    if (!label.equals(currentLabel) || done == 0) {
      currentLabel = label;
      started = now;
      startDone = done;
    }
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    String left = "";
    double seconds = (now - started) / 1e9;
    if (done > startDone && done < total && seconds >= 0.5) {
      double rest = seconds / (done - startDone) * (total - done);
      left = rest < 60 ? String.format(java.util.Locale.ROOT, ", about %.0f s left", Math.ceil(rest))
          : String.format(java.util.Locale.ROOT, ", about %.0f min left", Math.ceil(rest / 60));
    }
    String count = String.format(java.util.Locale.ROOT, "%,d/%,d", done, total) + (unit.isEmpty() ? "" : " " + unit);
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + count + left
        + "          ");
    if (done >= total) {
      err.println();
    }
    err.flush();
  }

  /**
   * The Monte Carlo's draws-done listener that shows progress here.
   *
   * @param label what the run is called on the progress line
   * @return the listener (does nothing when not interactive)
   */
  public org.stptoolkit.finance.montecarlo.MonteCarlo.Progress drawsProgress(String label) {
    if (!interactive) {
      return org.stptoolkit.finance.montecarlo.MonteCarlo.Progress.NONE;
    }
    progress(label, 0, 1, "");
    return (done, total) -> progress(label, done, total, "draws");
  }
}
