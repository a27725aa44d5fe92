package org.stptoolkit.reports.internal.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The named cell styles of one workbook, each created once (a workbook has a limit of 64,000 styles and
 * styles created per cell bloat files and break determinism).
 */
public final class Styles {

  /** £'000 with brackets for negatives and a dash for zero. */
  public static final String GBPK_FORMAT = "#,##0;(#,##0);\"-\"";
  /** Percentages with one decimal. */
  public static final String RATE_FORMAT = "0.0%";
  /** General numbers. */
  public static final String NUMBER_FORMAT = "#,##0.###";

  /** Light yellow: input. */
  public static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xFF, (byte) 0xCC};
  /** Light blue: calculation. */
  public static final byte[] CALC_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};
  /** Light green: pre-populated. */
  public static final byte[] PREPOP_FILL = {(byte) 0xE2, (byte) 0xEF, (byte) 0xDA};
  private static final byte[] HEADER_FILL = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};

  private final Map<Style, XSSFCellStyle> styles = new EnumMap<>(Style.class);

  /**
   * Creates every style in {@code wb}.
   *
   * @param wb the workbook
   */
  public Styles(XSSFWorkbook wb) {
    XSSFFont bold = wb.createFont();
    bold.setBold(true);
    XSSFFont title = wb.createFont();
    title.setBold(true);
    title.setFontHeightInPoints((short) 14);
    XSSFFont white = wb.createFont();
    white.setBold(true);
    white.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
    XSSFFont italic = wb.createFont();
    italic.setItalic(true);
    short gbpk = wb.createDataFormat().getFormat(GBPK_FORMAT);
    short rate = wb.createDataFormat().getFormat(RATE_FORMAT);
    short number = wb.createDataFormat().getFormat(NUMBER_FORMAT);
    short integer = wb.createDataFormat().getFormat("0");
    short text = wb.createDataFormat().getFormat("@");

    for (Style s : Style.values()) {
      XSSFCellStyle cs = wb.createCellStyle();
      cs.setVerticalAlignment(VerticalAlignment.TOP);
      cs.setLocked(!s.isInput());
      switch (s) {
        case TITLE -> cs.setFont(title);
        case GUIDANCE, NOTE -> {
          cs.setFont(italic);
          cs.setDataFormat(text);
        }
        case TABLE_TITLE, LABEL -> cs.setFont(bold);
        case HEADER -> {
          cs.setFont(white);
          fill(cs, HEADER_FILL);
          cs.setWrapText(true);
          cs.setAlignment(HorizontalAlignment.CENTER);
        }
        case INPUT_TEXT, INPUT_TEXT_QUOTED -> {
          input(cs, INPUT_FILL);
          cs.setDataFormat(text);
          cs.setQuotePrefixed(s == Style.INPUT_TEXT_QUOTED);
        }
        case INPUT_GBPK -> {
          input(cs, INPUT_FILL);
          cs.setDataFormat(gbpk);
        }
        case INPUT_RATE -> {
          input(cs, INPUT_FILL);
          cs.setDataFormat(rate);
        }
        case INPUT_NUMBER -> {
          input(cs, INPUT_FILL);
          cs.setDataFormat(number);
        }
        case INPUT_INTEGER -> {
          input(cs, INPUT_FILL);
          cs.setDataFormat(integer);
        }
        case CALC_GBPK -> {
          input(cs, CALC_FILL);
          cs.setDataFormat(gbpk);
        }
        case CALC_TEXT -> input(cs, CALC_FILL);
        case CALC_NUMBER -> {
          input(cs, CALC_FILL);
          cs.setDataFormat(number);
        }
        case TOTAL_GBPK -> {
          input(cs, CALC_FILL);
          cs.setDataFormat(gbpk);
          cs.setFont(bold);
          cs.setBorderTop(BorderStyle.THIN);
        }
        case PREPOP_TEXT, PREPOP_TEXT_QUOTED -> {
          input(cs, PREPOP_FILL);
          cs.setDataFormat(text);
          cs.setQuotePrefixed(s == Style.PREPOP_TEXT_QUOTED);
        }
        case PREPOP_GBPK -> {
          input(cs, PREPOP_FILL);
          cs.setDataFormat(gbpk);
        }
        case PREPOP_NUMBER -> {
          input(cs, PREPOP_FILL);
          cs.setDataFormat(number);
        }
        default -> throw new IllegalStateException("no style for " + s);
      }
      styles.put(s, cs);
    }
  }

  private static void input(XSSFCellStyle cs, byte[] rgb) {
    fill(cs, rgb);
    cs.setBorderBottom(BorderStyle.HAIR);
    cs.setBorderTop(BorderStyle.HAIR);
    cs.setBorderLeft(BorderStyle.HAIR);
    cs.setBorderRight(BorderStyle.HAIR);
  }

  private static void fill(XSSFCellStyle cs, byte[] rgb) {
    cs.setFillForegroundColor(new XSSFColor(rgb, null));
    cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  /**
   * The style.
   *
   * @param s the named style
   * @return the style
   */
  public CellStyle get(Style s) {
    return styles.get(s);
  }
}
