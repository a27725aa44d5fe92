package org.stptoolkit.reports.internal.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A template's sheet whose cells the toolkit keeps itself ({@link SheetCell}) instead of in POI's XML tree,
 * and writes as XML itself: building a template's cells through POI's tree, reading them back to evaluate
 * the formulas, storing each value and saving the tree were most of the time a workbook took. Everything
 * else on the sheet (columns, panes, validations, protection, names, the drawing) stays POI's, and POI writes
 * it; the cells' XML is put where POI writes an empty {@code <sheetData/>}, and the sheet's dimension where
 * POI writes it, byte for byte as POI writes them (attributes in the order they were first set, text escaped
 * as XMLBeans escapes it). {@link #materialize} instead copies the cells into POI's own, for whatever reads a
 * workbook through POI; the bytes are the same either way.
 *
 * <p>Made by the workbook's factory ({@link PlainStrings#newStreamedWorkbook}); not thread-safe.
 */
public final class StreamedSheet extends XSSFSheet {

  /** The cells by row and column, until written or materialized. */
  private final TreeMap<Integer, TreeMap<Integer, SheetCell>> rows = new TreeMap<>();
  /** How many cells have been made. */
  private int made;

  /** A new, empty sheet (made by the workbook's factory). */
  StreamedSheet() {
    super();
  }

  /**
   * The cell, created when absent.
   *
   * @param row the 0-based row
   * @param column the 0-based column
   * @return the cell
   * @throws IllegalStateException once the cells have been copied into POI's ({@link #materialize})
   */
  public SheetCell cell(int row, int column) {
    if (materialized()) {
      throw new IllegalStateException("the cells of " + getSheetName() + " are POI's now");
    }
    return rows.computeIfAbsent(row, r -> new TreeMap<>()).computeIfAbsent(column,
        c -> new SheetCell(this, row, c, made++));
  }

  /** The kept cell at the place, or null. */
  SheetCell kept(int row, int column) {
    TreeMap<Integer, SheetCell> r = rows.get(row);
    return r == null ? null : r.get(column);
  }

  /** The kept cells by row and column (empty once materialized). */
  Map<Integer, TreeMap<Integer, SheetCell>> keptRows() {
    return rows;
  }

  /**
   * The value a formula would read at the place, or a formula's evaluated value (null for no cell, a blank
   * one or a formula not yet evaluated).
   *
   * @param row the 0-based row
   * @param column the 0-based column
   * @return the value, or null
   */
  public CellValue valueAt(int row, int column) {
    SheetCell c = kept(row, column);
    return c == null ? null : c.value();
  }

  /**
   * The text of a kept text cell at the place (not a formula's), or null.
   *
   * @param row the 0-based row
   * @param column the 0-based column
   * @return the text, or null
   */
  public String textAt(int row, int column) {
    SheetCell c = kept(row, column);
    return c != null && c.kind == SheetCell.Kind.TEXT ? c.text : null;
  }

  /**
   * The evaluated value of a kept formula cell at the place, or null (no formula there, or not evaluated).
   *
   * @param row the 0-based row
   * @param column the 0-based column
   * @return the value, or null
   */
  public CellValue formulaValueAt(int row, int column) {
    SheetCell c = kept(row, column);
    return c != null && c.isFormula() ? c.cached : null;
  }

  /**
   * The last row holding a kept cell, or -1.
   *
   * @return the 0-based row, or -1
   */
  public int lastKeptRow() {
    return rows.isEmpty() ? -1 : rows.lastKey();
  }

  private boolean materialized() {
    return getPhysicalNumberOfRows() > 0;
  }

  /**
   * Copies the kept cells of every sheet of {@code wb} into POI's own ({@link #materialize()}).
   *
   * @param wb a workbook whose sheets are all {@link StreamedSheet}s
   */
  public static void materialize(org.apache.poi.xssf.usermodel.XSSFWorkbook wb) {
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      ((StreamedSheet) wb.getSheetAt(i)).materialize();
    }
  }

  /** Copies every kept cell into POI's own cells (as if written through POI), and keeps none. */
  public void materialize() {
    for (Map.Entry<Integer, TreeMap<Integer, SheetCell>> r : rows.entrySet()) {
      XSSFRow row = createRow(r.getKey());
      // in the order they were made, as POI's row keeps them until it writes them
      for (SheetCell c : inOrderMade(r.getValue())) {
        c.copyTo(row.createCell(c.column));
      }
    }
    rows.clear();
  }

  private static List<SheetCell> inOrderMade(TreeMap<Integer, SheetCell> row) {
    List<SheetCell> made = new ArrayList<>(row.values());
    made.sort(Comparator.comparingInt(c -> c.made));
    return made;
  }

  /**
   * Which of a row's cells (in column order) POI gives its column's default style as it writes them: going
   * through the cells in column order beside the order they were made, each unstyled cell up to and
   * including the first place where the two orders differ ({@code XSSFRow.onDocumentWrite}).
   */
  private static boolean[] defaultStyled(TreeMap<Integer, SheetCell> row) {
    List<SheetCell> made = inOrderMade(row);
    boolean[] out = new boolean[row.size()];
    int k = 0;
    for (SheetCell c : row.values()) {
      out[k] = c.style == null;
      if (made.get(k) != c) {
        break;
      }
      k++;
    }
    return out;
  }

  @Override
  protected void write(OutputStream out) throws IOException {
    if (rows.isEmpty()) {
      super.write(out);
      return;
    }
    // POI writes everything but the cells (it holds none); the cells and the dimension are put in its XML
    ByteArrayOutputStream rest = new ByteArrayOutputStream(8192);
    super.write(rest);
    byte[] xml = rest.toByteArray();
    int dim = indexOf(xml, DIMENSION_A1, 0);
    int data = dim < 0 ? -1 : indexOf(xml, EMPTY_DATA, dim);
    if (data < 0) {
      throw new IllegalStateException("POI wrote sheet " + getSheetName() + " in a form not expected here");
    }
    out.write(xml, 0, dim);
    out.write(("<dimension ref=\"" + dimension() + "\"/>").getBytes(StandardCharsets.US_ASCII));
    out.write(xml, dim + DIMENSION_A1.length, data - dim - DIMENSION_A1.length);
    out.write(SHEET_DATA);
    for (Map.Entry<Integer, TreeMap<Integer, SheetCell>> r : rows.entrySet()) {
      // a row at a time: a text beyond Latin-1 widens only its own row's builder
      StringBuilder sb = new StringBuilder(r.getValue().size() * 48 + 16);
      sb.append("<row r=\"").append(r.getKey() + 1).append("\">");
      boolean[] defaulted = defaultStyled(r.getValue());
      int k = 0;
      for (SheetCell c : r.getValue().values()) {
        cellXml(sb, c, defaulted[k++] ? columnStyle(c.column) : -1);
      }
      sb.append("</row>");
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    out.write(SHEET_DATA_END);
    out.write(xml, data + EMPTY_DATA.length, xml.length - data - EMPTY_DATA.length);
  }

  /** Where {@code part} first occurs in {@code bytes} from {@code from}, or -1. */
  private static int indexOf(byte[] bytes, byte[] part, int from) {
    outer:
    for (int i = from; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A new sheet's dimension, as POI writes it when it holds no cell. */
  private static final byte[] DIMENSION_A1 = "<dimension ref=\"A1\"/>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMPTY_DATA = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHEET_DATA = "<sheetData>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

  /** The used range, as POI computes it when it writes a sheet. */
  private String dimension() {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (TreeMap<Integer, SheetCell> r : rows.values()) {
      min = Math.min(min, r.firstKey());
      max = Math.max(max, r.lastKey());
    }
    return new CellRangeAddress(rows.firstKey(), rows.lastKey(), min, max).formatAsString();
  }

  /** The index of the column's default style as POI finds it for an unstyled cell (0 when it has none). */
  private long columnStyle(int column) {
    return getWorkbook().getStylesSource().putStyle((XSSFCellStyle) getColumnStyle(column));
  }

  /**
   * The cell's XML; {@code defaultStyle}: the style POI gives an unstyled cell as it writes it, or -1 for
   * none.
   */
  private static void cellXml(StringBuilder sb, SheetCell c, long defaultStyle) {
    sb.append("<c r=\"");
    sb.append(CellReference.convertNumToColString(c.column)).append(c.row + 1).append('"');
    String type = switch (c.kind) {
      case BLANK -> null;
      case NUMBER -> "n";
      case TEXT -> "s";
      case ERROR -> "e";
      case FORMULA -> c.cached == null ? null : switch (c.cached.getCellType()) {
        case NUMERIC -> "n";
        case STRING -> "str";
        case BOOLEAN -> "b";
        default -> "e";
      };
    };
    if (c.style != null && (c.styleFirst || type == null)) {
      sb.append(" s=\"").append(c.styleIndex).append('"');
    }
    if (type != null) {
      sb.append(" t=\"").append(type).append('"');
    }
    if (c.style != null && !c.styleFirst && type != null) {
      sb.append(" s=\"").append(c.styleIndex).append('"');
    }
    if (defaultStyle >= 0) {
      sb.append(" s=\"").append(defaultStyle).append('"');
    }
    String value = switch (c.kind) {
      case BLANK -> null;
      case NUMBER -> String.valueOf(c.number);
      case TEXT -> Integer.toString(c.shared);
      case ERROR -> c.text;
      case FORMULA -> c.cached == null ? null : switch (c.cached.getCellType()) {
        case NUMERIC -> String.valueOf(c.cached.getNumberValue());
        case STRING -> c.cached.getStringValue();
        case BOOLEAN -> c.cached.getBooleanValue() ? "1" : "0";
        default -> org.apache.poi.ss.usermodel.FormulaError.forInt(c.cached.getErrorValue()).getString();
      };
    };
    if (c.kind != SheetCell.Kind.FORMULA && value == null) {
      sb.append("/>");
      return;
    }
    sb.append('>');
    if (c.kind == SheetCell.Kind.FORMULA) {
      sb.append("<f>");
      XmlText.content(sb, c.text);
      sb.append("</f>");
    }
    if (value != null) {
      if (value.isEmpty()) {
        sb.append("<v/>");
      } else {
        sb.append("<v>");
        XmlText.content(sb, value);
        sb.append("</v>");
      }
    }
    sb.append("</c>");
  }
}
