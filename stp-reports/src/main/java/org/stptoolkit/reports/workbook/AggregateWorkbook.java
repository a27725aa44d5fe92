package org.stptoolkit.reports.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.aggregation.Measure;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.io.AtomicFile;
import org.stptoolkit.reports.internal.workbook.DeterministicZip;
import org.stptoolkit.reports.internal.workbook.Evaluation;
import org.stptoolkit.reports.internal.workbook.InputSheetWriter;
import org.stptoolkit.reports.internal.workbook.SheetCell;
import org.stptoolkit.reports.internal.workbook.StreamedSheet;
import org.stptoolkit.reports.internal.workbook.Style;
import org.stptoolkit.reports.internal.workbook.Styles;

/**
 * The aggregated workbook of a national or collected run: for each bridge measure a table of England,
 * its regions and their footprints by plan year (£'000). Footprint rows hold the engine's figures;
 * region and England rows are live {@code SUM} formulas over the rows beneath them, so the workbook
 * itself shows that the whole is the sum of its parts; the Checks sheet compares each England formula
 * with the engine's England figure within the rounding tolerance and carries a master check.
 * Deterministic bytes, like the template.
 */
public final class AggregateWorkbook {

  /** The measures shown, in order, with their labels. */
  static final Map<Measure, String> MEASURES = measures();

  private static Map<Measure, String> measures() {
    Map<Measure, String> m = new java.util.LinkedHashMap<>();
    m.put(Measure.DO_NOTHING, "Do-nothing position");
    m.put(Measure.SOLUTIONS, "Solutions (net)");
    m.put(Measure.FUNDING_APPLIED, "Funding applied");
    m.put(Measure.DO_SOMETHING, "Do-something position");
    m.put(Measure.RISK_ADJUSTED_DO_SOMETHING, "Risk-adjusted do-something position");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Name of the figures sheet. */
  public static final String SHEET = "Aggregate";
  /** Name of the checks sheet. */
  public static final String CHECKS = "Checks";

  private AggregateWorkbook() {}

  /**
   * The workbook as .xlsx bytes.
   *
   * @param england the England node of the aggregation
   * @param period the plan period
   * @param title the workbook's title
   * @return the workbook as .xlsx bytes
   */
  public static byte[] write(AggregateNode england, PlanPeriod period, String title) {
    // the cells kept and written by the toolkit (StreamedSheet), evaluated by its interpreter: the same bytes
    // as build's workbook written by POI. Not closed: see DeterministicZip.of.
    try {
      XSSFWorkbook wb = kept(england, period, title);
      if (!Evaluation.interpretKept(wb)) {
        StreamedSheet.materialize(wb);
        Evaluation.evaluateAll(wb);
      }
      return DeterministicZip.of(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the workbook atomically.
   *
   * @param england the England node of the aggregation
   * @param period the plan period
   * @param title the workbook's title
   * @param target the file to write
   * @param replace whether an existing file may be replaced
   * @throws IOException if the file cannot be written, or exists and may not be replaced
   */
  public static void write(AggregateNode england, PlanPeriod period, String title, Path target,
      boolean replace) throws IOException {
    AtomicFile.write(target, replace, write(england, period, title));
  }

  /**
   * Builds the workbook in memory with every formula evaluated.
   *
   * @param england the England node of the aggregation
   * @param period the plan period
   * @param title the workbook's title
   * @return the workbook, formulas evaluated
   */
  public static XSSFWorkbook build(AggregateNode england, PlanPeriod period, String title) {
    XSSFWorkbook wb = kept(england, period, title);
    StreamedSheet.materialize(wb);
    Evaluation.evaluateAll(wb);
    return wb;
  }

  /** The workbook with its cells kept by its sheets ({@link StreamedSheet}), not evaluated. */
  private static XSSFWorkbook kept(AggregateNode england, PlanPeriod period, String title) {
    if (england.level() != AggregateNode.Level.ENGLAND) {
      throw new IllegalArgumentException("the aggregated workbook starts from England, was " + england.level());
    }
    XSSFWorkbook wb = org.stptoolkit.reports.internal.workbook.PlainStrings.newStreamedWorkbook();
    wb.setCellFormulaValidation(false);   // parsed when evaluated
    Styles styles = new Styles(wb);
    XSSFSheet sheet = wb.createSheet(SHEET);
    XSSFSheet checks = wb.createSheet(CHECKS);
    int years = period.size();
    put(sheet, 0, 0, title, Style.TITLE, styles);
    put(sheet, 1, 0, RoundingPolicy.STATEMENT, Style.NOTE, styles);
    put(checks, 0, 0, "Checks: each England formula against the engine's England figure", Style.TITLE, styles);
    header(checks, 2, new String[] {"Measure", "Year", "Workbook", "Engine", "Difference", "Check"}, styles);
    int r = 3;
    int checkRow = 3;
    List<String> checkCells = new ArrayList<>();
    for (Map.Entry<Measure, String> measure : MEASURES.entrySet()) {
      if (england.measure(measure.getKey()).isEmpty()) {
        continue;
      }
      String[] m = {measure.getKey().jsonName(), measure.getValue()};
      put(sheet, r, 0, m[1] + ", £'000", Style.TABLE_TITLE, styles);
      r++;
      List<String> head = new ArrayList<>(List.of("Level", "Code", "Name"));
      head.addAll(period.labels());
      header(sheet, r, head.toArray(String[]::new), styles);
      r++;
      int englandRow = r;
      int regionCount = england.children().size();
      int firstRegionRow = englandRow + 1;
      int firstFootprintRow = firstRegionRow + regionCount;
      label(sheet, englandRow, england, styles);
      sumFormula(sheet, englandRow, years, firstRegionRow, firstRegionRow + regionCount - 1, Style.TOTAL_GBPK, styles);
      int fpRow = firstFootprintRow;
      for (int i = 0; i < regionCount; i++) {
        AggregateNode region = england.children().get(i);
        int regionRow = firstRegionRow + i;
        label(sheet, regionRow, region, styles);
        int first = fpRow;
        for (AggregateNode fp : region.children()) {
          label(sheet, fpRow, fp, styles);
          ByYear v = fp.measure(measure.getKey()).orElse(null);
          for (int y = 0; y < years; y++) {
            SheetCell c = cell(sheet, fpRow, 3 + y);
            c.setCellValue(v == null ? 0 : v.get(y));
            c.setCellStyle(styles.get(Style.PREPOP_GBPK));
          }
          fpRow++;
        }
        sumFormula(sheet, regionRow, years, first, fpRow - 1, Style.CALC_GBPK, styles);
      }
      ByYear engine = england.measure(measure.getKey()).orElseThrow();
      for (int y = 0; y < years; y++) {
        String wbCell = "'" + SHEET + "'!" + new CellReference(englandRow, 3 + y).formatAsString();
        put(checks, checkRow, 0, m[1], Style.LABEL, styles);
        put(checks, checkRow, 1, period.labels().get(y), Style.LABEL, styles);
        SheetCell w = cell(checks, checkRow, 2);
        w.setCellFormula(wbCell);
        w.setCellStyle(styles.get(Style.CALC_GBPK));
        SheetCell e = cell(checks, checkRow, 3);
        e.setCellValue(engine.get(y));
        e.setCellStyle(styles.get(Style.PREPOP_GBPK));
        SheetCell d = cell(checks, checkRow, 4);
        d.setCellFormula("C" + (checkRow + 1) + "-D" + (checkRow + 1));
        d.setCellStyle(styles.get(Style.CALC_GBPK));
        SheetCell ok = cell(checks, checkRow, 5);
        ok.setCellFormula("IF(ABS(E" + (checkRow + 1) + ")<=$B$2,\"OK\",\"ERROR\")");
        ok.setCellStyle(styles.get(Style.CALC_TEXT));
        checkCells.add("F" + (checkRow + 1));
        checkRow++;
      }
      r = fpRow + 1;
    }
    put(checks, 1, 0, "Tolerance (£'000)", Style.LABEL, styles);
    SheetCell tol = cell(checks, 1, 1);
    tol.setCellValue(RoundingPolicy.TOLERANCE_GBPK);
    tol.setCellStyle(styles.get(Style.PREPOP_GBPK));
    put(checks, 1, 3, "Master check", Style.LABEL, styles);
    SheetCell master = cell(checks, 1, 5);
    master.setCellFormula(checkCells.isEmpty() ? "\"OK\""
        : "IF(COUNTIF(F4:F" + checkRow + ",\"OK\")=" + checkCells.size() + ",\"OK\",\"ERROR\")");
    master.setCellStyle(styles.get(Style.CALC_TEXT));
    for (XSSFSheet s : List.of(sheet, checks)) {
      s.setColumnWidth(0, 18 * 256);
      s.setColumnWidth(1, 14 * 256);
      s.setColumnWidth(2, 44 * 256);
      for (int y = 0; y < Math.max(years, 4); y++) {
        s.setColumnWidth(3 + y, 13 * 256);
      }
      s.createFreezePane(3, 0);
      s.protectSheet("");
    }
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    core.setCreated(Optional.of(Date.from(TemplateWriter.FIXED_DATE)));
    core.setModified(Optional.of(Date.from(TemplateWriter.FIXED_DATE)));
    core.setCreator("STP toolkit");
    core.setTitle(title);
    wb.getProperties().getExtendedProperties().setApplication("STP toolkit");
    return wb;
  }

  private static void sumFormula(XSSFSheet s, int row, int years, int first, int last, Style style, Styles styles) {
    for (int y = 0; y < years; y++) {
      SheetCell c = cell(s, row, 3 + y);
      if (last < first) {
        c.setCellValue(0);
      } else {
        String col = CellReference.convertNumToColString(3 + y);
        c.setCellFormula("SUM(" + col + (first + 1) + ":" + col + (last + 1) + ")");
      }
      c.setCellStyle(styles.get(style));
    }
  }

  private static void label(XSSFSheet s, int row, AggregateNode n, Styles styles) {
    put(s, row, 0, n.level().name().charAt(0) + n.level().name().substring(1).toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' '), Style.LABEL, styles);
    userText(s, row, 1, n.code(), styles);
    userText(s, row, 2, n.name(), styles);
  }

  private static void header(XSSFSheet s, int row, String[] names, Styles styles) {
    for (int i = 0; i < names.length; i++) {
      put(s, row, i, names[i], Style.HEADER, styles);
    }
  }

  /** Names and codes come from users' files: written as text, neutralised when they look like formulas. */
  private static void userText(XSSFSheet s, int row, int col, String text, Styles styles) {
    org.stptoolkit.reports.internal.workbook.CellText.write(cell(s, row, col), text, styles, Style.PREPOP_TEXT,
        Style.PREPOP_TEXT_QUOTED);
  }

  private static void put(XSSFSheet s, int row, int col, String text, Style style, Styles styles) {
    SheetCell c = cell(s, row, col);
    org.stptoolkit.reports.internal.workbook.CellText.write(c, text, styles, style, style);
  }

  private static SheetCell cell(XSSFSheet s, int row, int col) {
    return InputSheetWriter.cell(s, row, col);
  }
}
