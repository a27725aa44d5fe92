package org.stptoolkit.reports.internal.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.summary.IndicatorAssessment;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

/**
 * The three-gaps summary's assessment of each indicator value, written beside the Indicators sheet's
 * values table (pre-populated, locked): the value as computed from its counts, its 95% interval, England's
 * value and the comparison with it, the region's value and the comparison with it, and the difference in
 * words. These are the stp-metrics results for the values as submitted, not formulas: a value changed in
 * the workbook is assessed again when the workbook is read back and run. The cells sit to the right of
 * the table's columns, which the reader does not read, so the template still reads back as written.
 */
public final class IndicatorAssessmentColumns {
  /** The block's title, above its headers. */
  public static final String TITLE = "Assessment by the toolkit (stp-metrics, as submitted)";
  /** The block's column headers, in order. */
  public static final List<String> HEADERS = List.of("Value (computed)", "Lower 95%", "Upper 95%", "England",
      "Against England", "Region", "Against region", "Difference");

  private final XSSFWorkbook wb;
  private final Styles styles;
  private final Placements placements;
  private final List<IndicatorValue> footprintValues;
  private final ThreeGapsSummary summary;

  /**
   * The writer of the block.
   *
   * @param wb the workbook
   * @param styles its styles
   * @param placements where the input tables went
   * @param footprintValues the footprint's indicator values, in the order the values table lists them
   * @param summary the assessments to write
   */
  public IndicatorAssessmentColumns(XSSFWorkbook wb, Styles styles, Placements placements,
      List<IndicatorValue> footprintValues, ThreeGapsSummary summary) {
    this.wb = wb;
    this.styles = styles;
    this.placements = placements;
    this.footprintValues = List.copyOf(footprintValues);
    this.summary = summary;
  }

  /**
   * The first column of the block on the Indicators sheet (0-based): two after the values table's last column.
   *
   * @param placements where the input tables went
   * @return the first column of the block on the Indicators sheet (0-based): two after the values table's
   *     last column
   */
  public static int firstColumn(Placements placements) {
    return placements.table(TemplateLayout.INDICATOR_VALUES).columns().values().stream()
        .mapToInt(Integer::intValue).max().orElse(0) + 2;
  }

  /** Writes the headers and, for each value the summary assessed, its row. */
  public void write() {
    Placements.Table t = placements.table(TemplateLayout.INDICATOR_VALUES);
    XSSFSheet s = wb.getSheet(t.sheet());
    int c0 = firstColumn(placements);
    text(s, t.firstRow() - 2, c0, TITLE, Style.TABLE_TITLE);
    for (int k = 0; k < HEADERS.size(); k++) {
      text(s, t.firstRow() - 1, c0 + k, HEADERS.get(k), Style.HEADER);
      s.setColumnWidth(c0 + k, (k == HEADERS.size() - 1 ? 40 : 13) * 256);
    }
    List<IndicatorValue> values = summary.assessments().stream().map(IndicatorAssessment::value).toList();
    for (int i = 0; i < t.itemRows().size(); i++) {
      // the values table lists the footprint's values in order; find this row's assessment by the value itself
      int row = t.itemRows().get(i);
      IndicatorValue v = valueAt(i);
      int at = v == null ? -1 : values.indexOf(v);
      if (at < 0) {
        continue;
      }
      IndicatorAssessment a = summary.assessments().get(at);
      number(s, row, c0, a.estimate().value());
      Interval ci = a.estimate().ci95();
      number(s, row, c0 + 1, ci == null ? null : ci.lower());
      number(s, row, c0 + 2, ci == null ? null : ci.upper());
      number(s, row, c0 + 3, a.englandValue());
      text(s, row, c0 + 4, a.englandValue() == null ? "" : a.comparedWithEngland().label(), Style.PREPOP_TEXT);
      number(s, row, c0 + 5, a.differenceFromRegion() == null ? null : a.differenceFromRegion().comparator());
      text(s, row, c0 + 6, a.region() == null ? "" : a.comparedWithRegion().label(), Style.PREPOP_TEXT);
      String words = a.differenceFromRegion() != null ? a.differenceFromRegion().text()
          : a.differenceFromEngland() != null ? a.differenceFromEngland().text() : "";
      if (!words.isEmpty() && !a.tested()) {
        words += " (no interval: not tested)";
      }
      text(s, row, c0 + 7, words, Style.PREPOP_TEXT);
    }
  }

  private IndicatorValue valueAt(int i) {
    return i < footprintValues.size() ? footprintValues.get(i) : null;
  }

  private void number(XSSFSheet s, int row, int col, Double v) {
    if (v == null || !Double.isFinite(v)) {
      return;
    }
    SheetCell c = InputSheetWriter.cell(s, row, col);
    c.setCellValue(v);
    c.setCellStyle(styles.get(Style.PREPOP_NUMBER));
  }

  private void text(XSSFSheet s, int row, int col, String v, Style style) {
    if (v.isEmpty()) {
      return;
    }
    CellText.write(InputSheetWriter.cell(s, row, col), v, styles, style,
        style == Style.PREPOP_TEXT ? Style.PREPOP_TEXT_QUOTED : style);
  }
}
