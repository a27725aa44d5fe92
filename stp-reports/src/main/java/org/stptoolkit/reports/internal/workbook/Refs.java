package org.stptoolkit.reports.internal.workbook;

import org.apache.poi.ss.util.CellReference;

/** Cell and range references as formulas and findings write them. */
public final class Refs {
  private Refs() {}

  /** "E7" for 0-based row 6, column 4. */
  public static String cell(int row, int col) {
    return CellReference.convertNumToColString(col) + (row + 1);
  }

  /** "$E$7". */
  public static String abs(int row, int col) {
    return "$" + CellReference.convertNumToColString(col) + "$" + (row + 1);
  }

  /** "E$7": column relative, row absolute (for a rate row copied across years). */
  public static String absRow(int row, int col) {
    return CellReference.convertNumToColString(col) + "$" + (row + 1);
  }

  /** "'Sheet'!" prefix. */
  public static String sheet(String name) {
    return "'" + name.replace("'", "''") + "'!";
  }

  /** "'Sheet'!E7", the form findings use. */
  public static String place(String sheet, int row, int col) {
    return sheet(sheet) + cell(row, col);
  }

  /** "'Sheet'!$A$5:$H$20". */
  public static String range(String sheet, int r1, int c1, int r2, int c2) {
    return sheet(sheet) + abs(r1, c1) + ":" + abs(r2, c2);
  }

  /** The column letters of a 0-based column. */
  public static String col(int col) {
    return CellReference.convertNumToColString(col);
  }
}
