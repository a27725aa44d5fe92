package org.stptoolkit.reports.internal.workbook;


/**
 * The one place user text goes into a cell. Text is always written as a text cell, never parsed; text
 * that a spreadsheet (or a CSV export of it) could take for a formula, that is text starting with
 * {@code = + - @}, a tab, CR or LF, gets the quote-prefix style (what Excel does when a person types an
 * apostrophe first). The value itself is unchanged, so reading the cell gives back exactly what was
 * written: the round trip needs no un-escaping.
 */
public final class CellText {
  private CellText() {}

  /**
   * True when {@code text} starts with a character a spreadsheet could treat as a formula.
   *
   * @param text the text
   * @return true when {@code text} starts with a character a spreadsheet could treat as a formula
   */
  public static boolean needsNeutralising(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Writes user text into {@code cell} as text, with {@code plain} style, or {@code quoted} style when
   * the text must be neutralised.
   *
   * @param cell the cell
   * @param text the user's text
   * @param styles the workbook's styles
   * @param plain the style for text written as it is
   * @param quoted the style for neutralised text
   */
  public static void write(SheetCell cell, String text, Styles styles, Style plain, Style quoted) {
    cell.setCellValue(text);
    cell.setCellStyle(styles.get(needsNeutralising(text) ? quoted : plain));
  }
}
