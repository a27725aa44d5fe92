package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Parsed;

class TemplateWriterTest {

  private static final double TOLERANCE = 1.0;
  /** The seed's do-something row, £'000. */
  private static final double[] SEED_DO_SOMETHING = {-157_606, -119_557, -111_798, -91_300, 1_420};

  @Test
  void roundTripOfTheExampleIsEqual() {
    Footprint fp = WorkbookFixtures.example();
    Parsed<Footprint> back = TemplateReader.DEFAULT.read("example.xlsx", WorkbookFixtures.template());
    assertThat(back.value()).as(back.findings().all().toString()).isPresent();
    assertThat(back.value().get()).isEqualTo(fp);
  }

  @Test
  void sameInputGivesIdenticalBytes() throws Exception {
    byte[] first = TemplateWriter.DEFAULT.write(WorkbookFixtures.example());
    Thread.sleep(2100); // zip entry times have a 2-second resolution
    byte[] second = TemplateWriter.DEFAULT.write(WorkbookFixtures.example());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void bridgeShowsTheSeedsDoSomethingRow() {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      Sheet s = wb.getSheet(Workings.SUMMARY);
      Row row = findRow(s, "Do-something deficit");
      for (int y = 0; y < SEED_DO_SOMETHING.length; y++) {
        assertThat(row.getCell(1 + y).getNumericCellValue()).as("year %d", y).isCloseTo(SEED_DO_SOMETHING[y], within(TOLERANCE));
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Only values of indicators that carry a standard are judged against one. By hand from the seed:
   * A&amp;E 86 &lt; 95, RTT UHNM 90.5 &lt; 92, cancer 62-day 79 and 75 &lt; 85 are below; RTT BHFT
   * 92.6 &ge; 92 meets; life expectancy, reablement and the rest have no standard and are not judged.
   */
  @Test
  void summaryJudgesOnlyIndicatorsThatCarryAStandard() throws Exception {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      Sheet summary = wb.getSheet(Workings.SUMMARY);
      assertThat(measure(summary, "Indicator values below their standard")).isEqualTo(4);
      assertThat(measure(summary, "Indicator values meeting their standard")).isEqualTo(1);
      Sheet indicators = wb.getSheet("Indicators");
      int statusColumn = -1;
      List<String> leStatuses = new ArrayList<>();
      for (Row r : indicators) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Against standard")) {
            statusColumn = c.getColumnIndex();
          }
        }
        Cell id = r.getCell(0);
        if (statusColumn >= 0 && id != null && id.getCellType() == CellType.STRING
            && id.getStringCellValue().equals("LE")) {
          leStatuses.add(r.getCell(statusColumn).getStringCellValue());
        }
      }
      assertThat(leStatuses).hasSize(6).containsOnly("");
    }
  }

  /**
   * The Summary's bridge chart is a waterfall over formulas. By hand from the seed's 2020/21 column:
   * the do-nothing runs from 0 to (285,402); CIP from there up by 130,447 to (154,955), a bar wholly
   * below zero; the community model's cost of 9,853 steps down from (108,468) to (118,321); STF's
   * 41,600 crosses zero, from (40,181) to 1,419; the do-something is 1,419 from zero.
   */
  @Test
  void summaryWaterfallWalksFromTheDoNothingThroughEachSolutionToTheDoSomething() throws Exception {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      Sheet s = wb.getSheet(Workings.SUMMARY);
      int col = -1;
      int header = -1;
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Waterfall workings")) {
            col = c.getColumnIndex();
            header = r.getRowNum();
          }
        }
      }
      assertThat(col).as("waterfall workings on the Summary").isPositive();
      java.util.Map<String, double[]> steps = new java.util.LinkedHashMap<>();
      for (int r = header + 1; s.getRow(r) != null && s.getRow(r).getCell(col) != null; r++) {
        Row row = s.getRow(r);
        double[] v = new double[5];
        for (int k = 0; k < 5; k++) {
          v[k] = row.getCell(col + 1 + k).getNumericCellValue();
        }
        steps.put(row.getCell(col).getStringCellValue(), v);
      }
      // the do-nothing, the 12 solutions, STF and the do-something; never the total, which sums the steps
      assertThat(steps).hasSize(1 + 12 + 1 + 1).doesNotContainKey("Total solution value");
      // from, to, base (not drawn), below zero, above zero
      assertThat(steps.get("Do-nothing deficit")).containsExactly(0, -285_402, 0, -285_402, 0);
      assertThat(steps.get("2 CIP/Workforce")).containsExactly(-285_402, -154_955, -154_955, -130_447, 0);
      assertThat(steps.get("6 Integrated Primary & Community")[1]).isEqualTo(-118_321);
      assertThat(steps.get("6 Integrated Primary & Community")[3]).isEqualTo(-9_853);
      double[] stf = steps.get("STF funding applied in year to meet 16/17 recurrent pressures");
      assertThat(stf[0]).isCloseTo(-40_181, within(TOLERANCE));
      assertThat(stf[3]).isCloseTo(-40_181, within(TOLERANCE));
      assertThat(stf[4]).isCloseTo(1_420, within(TOLERANCE));
      double[] ds = steps.get("Do-something deficit");
      assertThat(ds[1]).isEqualTo(stf[1]); // the steps end where the do-something is: money conserved
      assertThat(ds[4]).isCloseTo(1_420, within(TOLERANCE));
      var bar = wb.getSheet(Workings.SUMMARY).getDrawingPatriarch().getCharts().get(0)
          .getCTChart().getPlotArea().getBarChartArray(0);
      assertThat(bar.getGrouping().getVal().toString()).isEqualTo("stacked");
      assertThat(bar.getSerArray()).hasSize(3);
      assertThat(bar.getSerArray(0).getSpPr().isSetNoFill()).as("the base is not drawn").isTrue();
    }
  }

  private static double measure(Sheet s, String label) {
    for (Row r : s) {
      Cell c = r.getCell(1);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
        return r.getCell(2).getNumericCellValue();
      }
    }
    throw new AssertionError("no measure " + label + " on " + s.getSheetName());
  }

  @Test
  void summaryPrintsThePlansPublishedDoSomethingExactlyBesideTheFormulas() throws Exception {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      Sheet s = wb.getSheet(Workings.SUMMARY);
      Row formulas = findRow(s, "Do-something deficit");
      Row published = findRow(s, "As published: do-something deficit");
      assertThat(published.getRowNum()).isEqualTo(formulas.getRowNum() + 1);
      for (int y = 0; y < SEED_DO_SOMETHING.length; y++) {
        assertThat(published.getCell(1 + y).getNumericCellValue()).as("year %d", y).isEqualTo(SEED_DO_SOMETHING[y]);
      }
      Sheet bridge = wb.getSheet(Workings.BRIDGE);
      assertThat(findRow(bridge, "As published: total solution value").getCell(5).getNumericCellValue())
          .isEqualTo(286_822);
    }
  }

  @Test
  void publishedRowsAreYellowInputsBesideThePublishedDoNothing() throws Exception {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      var name = wb.getName("inp_PublishedDoNothing_doSomething");
      assertThat(name).isNotNull();
      var ref = new org.apache.poi.ss.util.AreaReference(name.getRefersToFormula(),
          org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
      Sheet s = wb.getSheet(ref.getFirstCell().getSheetName());
      Cell first = s.getRow(ref.getFirstCell().getRow()).getCell(ref.getFirstCell().getCol());
      assertThat(first.getNumericCellValue()).isEqualTo(SEED_DO_SOMETHING[0]);
      assertThat(first.getCellStyle().getLocked()).isFalse();
    }
  }

  @Test
  void everyFormulaEvaluatesInPoiToItsCachedValue() throws Exception {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
      int formulas = 0;
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() != CellType.FORMULA) {
              continue;
            }
            formulas++;
            CellValue v = ev.evaluate(c);
            assertThat(v.getCellType()).as(s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula())
                .isNotEqualTo(CellType.ERROR);
            if (v.getCellType() == CellType.NUMERIC) {
              assertThat(c.getNumericCellValue()).as(c.getAddress().toString()).isCloseTo(v.getNumberValue(), within(1e-6));
            }
          }
        }
      }
      assertThat(formulas).isGreaterThan(500);
    }
  }

  @Test
  void masterCheckIsOk() throws Exception {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      Row r = findRow(wb.getSheet(Workings.CHECKS), "Master check");
      assertThat(r.getCell(3).getStringCellValue()).isEqualTo("OK");
    }
  }

  @Test
  void formulasHoldNoTypedNumbersOtherThanZeroAndOne() throws Exception {
    Pattern literal = Pattern.compile("(?<![A-Za-z$_.0-9])(\\d+(\\.\\d+)?)(?![0-9]*[:!])");
    List<String> offenders = new ArrayList<>();
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() == CellType.FORMULA) {
              String f = c.getCellFormula().replaceAll("\"[^\"]*\"", "\"\"").replaceAll("'[^']*'!", "S!");
              Matcher m = literal.matcher(f);
              while (m.find()) {
                if (!m.group(1).equals("0") && !m.group(1).equals("1")) {
                  offenders.add(s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula());
                }
              }
            }
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void templateVersionIsStampedInPropertiesAndCover() throws Exception {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      assertThat(wb.getProperties().getCustomProperties().getProperty(TemplateVersion.PROPERTY).getLpwstr())
          .isEqualTo(TemplateVersion.CURRENT);
      Row r = findRow(wb.getSheet("Cover"), "Template version");
      assertThat(r.getCell(1).getStringCellValue()).isEqualTo(TemplateVersion.CURRENT);
    }
  }

  /**
   * Writes the example's template, and a copy with Right Care 2020/21 raised by 1,000 without
   * recalculating (stale cached values), to target/workbook/ for inspection in LibreOffice
   * ({@code soffice --headless --convert-to pdf}): a viewer that recalculates shows 1,000 more.
   */
  @Test
  void writesTheExampleForInspection() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of("target/workbook");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.write(dir.resolve("staffordshire-template.xlsx"), WorkbookFixtures.template());
    byte[] edited = BadWorkbooks.poi(WorkbookFixtures.template(), wb ->
        wb.getSheet("Solutions").getRow(6).getCell(10).setCellValue(28_000));
    java.nio.file.Files.write(dir.resolve("staffordshire-edited-not-recalculated.xlsx"), edited);
    assertThat(TemplateReader.DEFAULT.read("edited.xlsx", edited).value()).isPresent();
  }

  static Row findRow(Sheet s, String label) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
        return r;
      }
      if (c != null && c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING
          && c.getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row " + label + " on " + s.getSheetName());
  }
}
