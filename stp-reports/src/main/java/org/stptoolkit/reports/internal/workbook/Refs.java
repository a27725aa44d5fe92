package org.stptoolkit.reports.internal.workbook;

import org.apache.poi.ss.util.CellReference;

/** Cell and range references as formulas and findings write them. */
public final class Refs {
  private Refs() {}

  /**
   * "E7" for 0-based row 6, column 4.
   *
   * @param row the 0-based row
   * @param col the 0-based column
   * @return the cell's reference, e.g. "E7"
   */
  public static String cell(int row, int col) {
    return CellReference.convertNumToColString(col) + (row + 1);
  }

  /**
   * "$E$7".
   *
   * @param row the 0-based row
   * @param col the 0-based column
   * @return the cell's absolute reference, e.g. "$E$7"
   */
  public static String abs(int row, int col) {
    return "$" + CellReference.convertNumToColString(col) + "$" + (row + 1);
  }

  /**
   * "E$7": column relative, row absolute (for a rate row copied across years).
   *
   * @param row the 0-based row
   * @param col the 0-based column
   * @return the reference with the row absolute, e.g. "E$7"
   */
  public static String absRow(int row, int col) {
    return CellReference.convertNumToColString(col) + "$" + (row + 1);
  }

  /**
   * "'Sheet'!" prefix.
   *
   * @param name the sheet's name
   * @return the sheet prefix, quoted, e.g. "'Inputs'!"
   */
  public static String sheet(String name) {
    return "'" + name.replace("'", "''") + "'!";
  }

  /**
   * "'Sheet'!E7", the form findings use.
   *
   * @param sheet the sheet's name
   * @param row the 0-based row
   * @param col the 0-based column
   * @return the reference as findings give it, e.g. "'Inputs'!E7"
   */
  public static String place(String sheet, int row, int col) {
    return sheet(sheet) + cell(row, col);
  }

  /**
   * "'Sheet'!$A$5:$H$20".
   *
   * @param sheet the sheet's name
   * @param r1 the first 0-based row
   * @param c1 the first 0-based column
   * @param r2 the last 0-based row
   * @param c2 the last 0-based column
   * @return the absolute range, e.g. "'Inputs'!$A$5:$H$20"
   */
  public static String range(String sheet, int r1, int c1, int r2, int c2) {
    return sheet(sheet) + abs(r1, c1) + ":" + abs(r2, c2);
  }

  /**
   * The column letters of a 0-based column.
   *
   * @param col the 0-based column
   * @return the column letters of a 0-based column
   */
  public static String col(int col) {
    return CellReference.convertNumToColString(col);
  }
}
