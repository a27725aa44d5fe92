package org.stptoolkit.reports.cli;

/**
 * The ranges of the numbers a user types, checked at the edge: a value outside its range is a usage
 * error (exit 2) whose message gives the range, never a failure deep inside a run.
 */
final class Limits {
  /** Most worker threads. */
  static final int MAX_THREADS = 1024;
  /** Most Monte Carlo draws. */
  static final int MAX_DRAWS = 2_000_000_000;
  /** Most draws kept with {@code --keep-draws} (each is written to the JSON output). */
  static final int MAX_KEPT_DRAWS = 1_000_000;

  private Limits() {}

  /** {@code --threads}: 1 to {@value #MAX_THREADS}, or all cores when not given. */
  static int threads(Subcommand command, Integer threads) {
    if (threads == null) {
      return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }
    return inRange(command, "--threads", threads, 1, MAX_THREADS);
  }

  /** {@code --draws}: 1 to {@value #MAX_DRAWS}. */
  static int draws(Subcommand command, int draws) {
    return inRange(command, "--draws", draws, 1, MAX_DRAWS);
  }

  /**
   * {@code value} when it lies in {@code [min, max]}.
   *
   * @throws picocli.CommandLine.ParameterException "--threads must be between 1 and 1,024, was 100,000"
   */
  static int inRange(Subcommand command, String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw command.usage(String.format(java.util.Locale.ROOT, "%s must be between %,d and %,d, was %,d",
          option, min, max, value));
    }
    return (int) value;
  }
}
