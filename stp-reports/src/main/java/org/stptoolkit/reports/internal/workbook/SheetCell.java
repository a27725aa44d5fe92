package org.stptoolkit.reports.internal.workbook;

import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * A cell of a template as the toolkit writes it: a number, a text, a formula (with its value once
 * evaluated) or nothing, and a style, kept as plain values by its {@link StreamedSheet} instead of in POI's
 * XML tree. Each setter does what POI's own cell does with the same call ({@code XSSFCell}): a text is added
 * to the workbook's shared strings when it is set, a style is put in the styles table when it is set, and
 * the order in which the style and the value's type were first set is kept, because POI writes a cell's
 * attributes in that order. Either the sheet writes the cell's XML itself ({@link StreamedSheet#write}) or
 * the cell is copied into a POI cell ({@link #copyTo}); both give the bytes POI gives.
 */
public final class SheetCell {

  /** What a cell holds. */
  enum Kind {
    /** Nothing (a style only, or not even that). */
    BLANK,
    /** A number. */
    NUMBER,
    /** A text, in the shared strings. */
    TEXT,
    /** An error value (what POI stores for a number that is not finite). */
    ERROR,
    /** A formula. */
    FORMULA
  }

  private final StreamedSheet sheet;
  final int row;
  final int column;
  /** The order in which the sheet's cells were made (POI writes a row's cells' default style by it). */
  final int made;
  Kind kind = Kind.BLANK;
  double number;
  /** The text (TEXT), the formula (FORMULA) or the error's text (ERROR). */
  String text;
  /** The shared-string index of a TEXT. */
  int shared;
  /** The style, or null for none. */
  XSSFCellStyle style;
  /** The style's index in the styles table. */
  long styleIndex;
  /** Whether the style was set before the value's type (POI writes the attribute set first first). */
  boolean styleFirst;
  /** Whether the value's type has been set (a value, or a formula's cached value). */
  boolean typed;
  /** A formula's value once evaluated, else null. */
  CellValue cached;

  SheetCell(StreamedSheet sheet, int row, int column, int made) {
    this.sheet = sheet;
    this.row = row;
    this.column = column;
    this.made = made;
  }

  /**
   * Sets a number, as {@code Cell.setCellValue(double)} does (a number that is not finite is stored as
   * Excel's error for it: #DIV/0! for an infinity, #NUM! for not-a-number).
   *
   * @param value the number
   */
  public void setCellValue(double value) {
    content(Double.isFinite(value) ? Kind.NUMBER : Kind.ERROR);
    if (Double.isInfinite(value)) {
      text = FormulaError.DIV0.getString();
    } else if (Double.isNaN(value)) {
      text = FormulaError.NUM.getString();
    } else {
      number = value;
    }
    typed = true;
  }

  /**
   * Sets a text, as {@code Cell.setCellValue(String)} does: added to the workbook's shared strings now.
   *
   * @param value the text, not null, at most 32,767 characters
   */
  public void setCellValue(String value) {
    Objects.requireNonNull(value, "value");
    int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    if (value.length() > max) {
      throw new IllegalArgumentException("The maximum length of cell contents (text) is " + max + " characters");
    }
    content(Kind.TEXT);
    text = value;
    org.apache.poi.xssf.model.SharedStringsTable strings = sheet.getWorkbook().getSharedStringSource();
    shared = strings instanceof PlainStrings p ? p.addPlain(value)
        : strings.addSharedStringItem(new XSSFRichTextString(value));
    typed = true;
  }

  /**
   * Sets a formula, as {@code Cell.setCellFormula(String)} does with formula validation off (every formula
   * is parsed when the workbook is evaluated).
   *
   * @param formula the formula, without its leading "="
   */
  public void setCellFormula(String formula) {
    Objects.requireNonNull(formula, "formula");
    content(Kind.FORMULA);
    text = formula;
  }

  /**
   * Sets the style, as {@code Cell.setCellStyle} does.
   *
   * @param cellStyle a style of this workbook
   */
  public void setCellStyle(CellStyle cellStyle) {
    XSSFCellStyle s = (XSSFCellStyle) Objects.requireNonNull(cellStyle, "cellStyle");
    s.verifyBelongsToStylesSource(sheet.getWorkbook().getStylesSource());
    if (style == null) {
      styleFirst = !typed;
    }
    style = s;
    styleIndex = sheet.getWorkbook().getStylesSource().putStyle(s);
  }

  /** A cell holds one kind of content: a second one of another kind is a mistake in the writer. */
  private void content(Kind k) {
    if (kind != Kind.BLANK && kind != k) {
      throw new IllegalStateException("cell " + reference() + " of " + sheet.getSheetName() + " already holds a "
          + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    kind = k;
  }

  /** The cell's A1 reference. */
  String reference() {
    return new org.apache.poi.ss.util.CellReference(row, column).formatAsString();
  }

  /**
   * The value a formula reads from this cell, or a formula's evaluated value; null for a blank cell or a
   * formula not yet evaluated (as POI's evaluator gives null for a blank cell).
   */
  CellValue value() {
    return switch (kind) {
      case BLANK -> null;
      case NUMBER -> new CellValue(number);
      case TEXT -> new CellValue(text);
      case ERROR -> CellValue.getError(FormulaError.forString(text).getCode());
      case FORMULA -> cached;
    };
  }

  /** Copies the cell into {@code x}, a new POI cell at the same place, as the setters would have written it. */
  void copyTo(XSSFCell x) {
    if (style != null && styleFirst) {
      x.setCellStyle(style);
    }
    CTCell ct = x.getCTCell();
    switch (kind) {
      case BLANK -> { }
      case NUMBER -> x.setCellValue(number);
      case ERROR -> x.setCellErrorValue(FormulaError.forString(text));
      case TEXT -> {
        // the text is in the shared strings already: its index is set as POI sets it, without adding it again
        ct.setT(STCellType.S);
        ct.setV(Integer.toString(shared));
      }
      case FORMULA -> x.setCellFormula(text);
    }
    if (style != null && !styleFirst) {
      x.setCellStyle(style);
    }
    if (kind == Kind.FORMULA && cached != null) {
      // as POI's evaluator stores a formula's value
      switch (cached.getCellType()) {
        case NUMERIC -> x.setCellValue(cached.getNumberValue());
        case STRING -> x.setCellValue(new XSSFRichTextString(cached.getStringValue()));
        case BOOLEAN -> x.setCellValue(cached.getBooleanValue());
        case ERROR -> x.setCellErrorValue(cached.getErrorValue());
        default -> throw new IllegalStateException("a formula's value of type " + cached.getCellType());
      }
    }
  }

  /** Whether the cell is a formula. */
  boolean isFormula() {
    return kind == Kind.FORMULA;
  }
}
