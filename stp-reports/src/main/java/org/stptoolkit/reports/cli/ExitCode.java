package org.stptoolkit.reports.cli;

/** The exit codes of every {@code stp} command. */
public final class ExitCode {
  /** Success. */
  public static final int OK = 0;
  /** The input is invalid: findings were printed and nothing was written. */
  public static final int INVALID_INPUT = 1;
  /** The command line itself is wrong (unknown option, missing argument). */
  public static final int USAGE = 2;
  /** A file could not be read or written (missing, not permitted, exists without --force). */
  public static final int IO = 3;
  /** A bug in the toolkit: a one-line apology, and the details in a log file. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
