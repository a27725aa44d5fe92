package org.stptoolkit.reports.workbook.layout;

/**
 * Thrown by a table's factory when a value is well-formed but not acceptable, naming the column so the
 * reader can report the exact cell.
 */
public final class CellProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The column key. */
  private final String key;
  /** What was expected. */
  private final String expected;
  /** What was found. */
  private final String found;

  /**
   * A problem in one column.
   *
   * @param key the column key
   * @param expected what was expected
   * @param found what was found
   */
  public CellProblem(String key, String expected, String found) {
    super(key + ": expected " + expected + ", found " + found);
    this.key = key;
    this.expected = expected;
    this.found = found;
  }

  /**
   * The column key.
   *
   * @return the column key
   */
  public String key() {
    return key;
  }

  /**
   * What was expected.
   *
   * @return what was expected
   */
  public String expected() {
    return expected;
  }

  /**
   * What was found.
   *
   * @return what was found
   */
  public String found() {
    return found;
  }
}
