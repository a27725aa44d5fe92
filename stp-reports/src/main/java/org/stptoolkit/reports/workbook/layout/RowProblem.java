package org.stptoolkit.reports.workbook.layout;

/**
 * Thrown while a footprint is assembled from its tables when one row clashes with another (a driver
 * given twice), naming the table and the row's position in it so the reader can report the exact
 * cell, and the earlier row it clashes with.
 */
public final class RowProblem extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The table's name ({@link TableLayout#name()}). */
  private final String table;
  /** The offending row, 0-based among the rows read from the table. */
  private final int row;
  /** The earlier row it clashes with, 0-based, or -1. */
  private final int earlierRow;
  /** What was expected. */
  private final String expected;
  /** What was found. */
  private final String found;

  /**
   * A clash between two rows of one table.
   *
   * @param table the table's name
   * @param row the offending row, 0-based among the rows read
   * @param earlierRow the earlier row it clashes with, 0-based, or -1 when there is none
   * @param expected what was expected
   * @param found what was found
   */
  public RowProblem(String table, int row, int earlierRow, String expected, String found) {
    super(table + " row " + (row + 1) + ": expected " + expected + ", found " + found);
    this.table = table;
    this.row = row;
    this.earlierRow = earlierRow;
    this.expected = expected;
    this.found = found;
  }

  /**
   * The table's name.
   *
   * @return the table's name
   */
  public String table() {
    return table;
  }

  /**
   * The offending row, 0-based among the rows read from the table.
   *
   * @return the offending row, 0-based among the rows read from the table
   */
  public int row() {
    return row;
  }

  /**
   * The earlier row it clashes with, 0-based, or -1.
   *
   * @return the earlier row it clashes with, 0-based, or -1
   */
  public int earlierRow() {
    return earlierRow;
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
