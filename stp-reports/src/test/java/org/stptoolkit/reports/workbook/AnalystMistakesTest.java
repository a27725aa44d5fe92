package org.stptoolkit.reports.workbook;

import org.stptoolkit.reports.internal.workbook.ImportRules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Replays the mistakes of issue 13 on real LibreOffice-saved workbooks of a three-organisation footprint
 * that is not the example, and asserts each finding's cell and wording. The fixtures under
 * src/test/resources/libreoffice/ were made by {@link AnalystWorkbooks} (POI edits of the toolkit's own
 * template) and then saved by LibreOffice 7 ({@code soffice --headless --convert-to xlsx}); run this class
 * with {@code -Dstp.regenerateLibreOfficeFixtures=true} on a machine with soffice to make them again.
 */
class AnalystMistakesTest {

  private static final Path SOURCE_DIR = Path.of("src/test/resources/libreoffice");

  @Test
  void theWorkbookAsWrittenAndSavedByLibreOfficeReadsBackUnchanged() throws IOException {
    Parsed<Footprint> p = read("as-written.xlsx");
    assertThat(p.findings().all()).isEmpty();
    assertThat(p.value()).contains(AnalystWorkbooks.footprint());
  }

  @Test
  void aBlankYearInASolutionsPhasingIsAFindingAtItsCellNotAZero() throws IOException {
    assertOnly("phasing-2020-21-left-blank.xlsx", "ERROR BLANK_YEAR phasing-2020-21-left-blank.xlsx: 'Solutions'!K6:"
        + " expected an amount in £'000 for 2020/21 in Phased net effect (enter 0 if there is none),"
        + " found an empty cell (a blank is not read as 0)");
  }

  @Test
  void payInflationOfFiftyPercentIsWarnedAtItsCell() throws IOException {
    Parsed<Footprint> p = assertOnly("pay-inflation-50-percent.xlsx", "WARNING IMPLAUSIBLE_DRIVER pay-inflation-50-percent.xlsx:"
        + " 'Assumptions'!E10: expected pay inflation for 2018/19 between -10% and 10% a year, found 50% a year,"
        + " which no plan assumes (a slip, such as 50% typed for 5%?)");
    assertThat(p.isValid()).isTrue();
  }

  @Test
  void aRateTypedAsAWholeNumberIsAFindingAtThatCell() throws IOException {
    assertOnly("rate-typed-as-whole-number.xlsx", "ERROR RATE_AS_WHOLE_NUMBER rate-typed-as-whole-number.xlsx:"
        + " 'Assumptions'!D11: expected a percentage such as 2% (typed 2% or 0.02), found 2, which reads as 200% a year"
        + " (for 2 per cent, type 2%)");
  }

  @Test
  void aDriverLeftEmptyIsOneFindingNamingItsCellsNotAJsonField() throws IOException {
    assertOnly("driver-row-emptied.xlsx", "ERROR BLANK_YEAR driver-row-emptied.xlsx: 'Assumptions'!C12:G12: expected a"
        + " percentage for every plan year 2016/17 to 2020/21 of Demographic growth (enter 0% where there is none),"
        + " found empty cells (a blank is not read as 0%)");
  }

  @Test
  void aDriverRowDeletedIsAFindingAtItsTableNotAJsonField() throws IOException {
    assertOnly("driver-row-deleted.xlsx", "ERROR BLANK_YEAR driver-row-deleted.xlsx: 'Assumptions'!A6: expected a row of"
        + " \"Footprint default drivers\" for social care price growth with a percentage for every plan year (enter 0%"
        + " where there is none), found no such row (was it deleted?)");
  }

  @Test
  void aDateInAMoneyCellIsAFindingAtThatCell() throws IOException {
    assertOnly("date-in-money-cell.xlsx", "ERROR DATE_IN_NUMBER_CELL date-in-money-cell.xlsx: 'Baseline'!C18: expected a"
        + " number in £'000 (clear the cell's date format and type the figure), found the date 1/4/2016; a date is"
        + " stored as a day count, so it is not read as a figure");
  }

  @Test
  void textInAMoneyCellIsAFindingAtThatCell() throws IOException {
    assertOnly("text-in-money-cell.xlsx",
        "ERROR CELL_TYPE text-in-money-cell.xlsx: 'Baseline'!D19: expected a number in £'000, found \"tbc\"");
  }

  @Test
  void rowsDeletedAndInsertedColumnsWidenedAndSheetsHiddenAreSurvived() throws IOException {
    Parsed<Footprint> p = read("rows-deleted-inserted-sheets-hidden.xlsx");
    Footprint expected = AnalystWorkbooks.footprint();
    expected = expected.withSolutions(expected.solutions().subList(0, 1));   // the second solution's row was deleted
    assertThat(p.value()).contains(expected);
    // the deleted solution's row leaves the Solution workings' formulas for it without a source: the
    // workbook's own bridge checks no longer compute, which is said (a warning), and nothing else
    assertThat(p.findings().all()).filteredOn(f -> f.rule().equals(ImportRules.WORKBOOK_CHECK))
        .isNotEmpty().allMatch(f -> !f.isError()).map(ValidationFinding::toString)
        .allMatch(t -> t.contains("no longer computes") || t.contains("1 bridge row(s) for solutions no longer on"));
    assertThat(p.findings().all()).filteredOn(f -> !f.rule().equals(ImportRules.WORKBOOK_CHECK))
        .map(ValidationFinding::toString).containsExactly(
        "WARNING SHEET_HIDDEN rows-deleted-inserted-sheets-hidden.xlsx: 'Funding'!A1: expected a visible input sheet,"
            + " found a hidden sheet; its cells were read as they are, check them before you submit",
        "WARNING SHEET_HIDDEN rows-deleted-inserted-sheets-hidden.xlsx: 'Capital'!A1: expected a visible input sheet,"
            + " found a hidden sheet; its cells were read as they are, check them before you submit");
  }

  @Test
  void aVeryHiddenSheetAndADimensionToTheLastRowAreSurvived() throws IOException {
    byte[] saved = bytes("rows-deleted-inserted-sheets-hidden.xlsx");
    Map<String, byte[]> e = Zips.entries(saved);
    String wbXml = new String(e.get("xl/workbook.xml"), StandardCharsets.UTF_8);
    e.put("xl/workbook.xml", wbXml.replace("name=\"Capital\" sheetId=\"8\" state=\"hidden\"",
        "name=\"Capital\" sheetId=\"8\" state=\"veryHidden\"").getBytes(StandardCharsets.UTF_8));
    for (String sheet : List.of("Baseline", "Solutions")) {
      String entry = Zips.sheetEntry(e, sheet);
      String xml = new String(e.get(entry), StandardCharsets.UTF_8);
      assertThat(xml).contains("<dimension ref=");
      e.put(entry, xml.replaceFirst("<dimension ref=\"[^\"]*\"", "<dimension ref=\"A1:AMJ1048576\"")
          .getBytes(StandardCharsets.UTF_8));
    }
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("edited.xlsx", Zips.zip(e));
    assertThat(p.isValid()).as(p.findings().all().toString()).isTrue();
    assertThat(p.findings().all()).map(ValidationFinding::toString).contains(
        "WARNING SHEET_HIDDEN edited.xlsx: 'Capital'!A1: expected a visible input sheet, found a very hidden sheet"
            + " (Format > Sheet > Unhide does not list it); its cells were read as they are, check them before you submit");
  }

  @Test
  void aFindingOfTheValidatorOnAWorkbookNamesTheRowsCell() throws IOException {
    byte[] edited = BadWorkbooks.poi(bytes("as-written.xlsx"), wb -> AnalystWorkbooks.dataCell(wb,
        org.stptoolkit.reports.workbook.layout.TemplateLayout.BASELINE,
        org.stptoolkit.reports.workbook.layout.TemplateLayout.SERVICE_LINES.title(), 0, "Reported surplus").setCellValue(-11_000));
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("edited.xlsx", edited);
    // income 310,000 less 195,000 + 72,000 + 55,000 of costs is (12,000), not the (11,000) typed as reported;
    // the organisation's normalisation row reports (12,000) against the service line's (11,000)
    assertThat(p.findings().all()).map(f -> f.rule() + " " + f.location().place()).containsExactly(
        "SERVICE_LINE_SURPLUS 'Baseline'!A18 (NEH 2015/16 Acute)", "ORGANISATION_SURPLUS 'Baseline'!A8 (NEH 2015/16)");
  }

  @Test
  void theBlankTemplateListsEveryCellStillToFill() throws IOException {
    Parsed<Footprint> p = read("blank-from-stp-new.xlsx");
    List<String> all = p.findings().all().stream().map(ValidationFinding::toString).toList();
    assertThat(p.value()).isEmpty();
    // 11 drivers, 3 organisations x 3 normalisation figures, 3 organisations x 6 service-line cells
    assertThat(all).hasSize(11 + 9 + 18);
    assertThat(all).contains(
        "ERROR BLANK_YEAR blank-from-stp-new.xlsx: 'Assumptions'!C10:G10: expected a percentage for every plan year"
            + " 2016/17 to 2020/21 of Pay inflation (enter 0% where there is none), found empty cells (a blank is not"
            + " read as 0%)",
        "ERROR REQUIRED_CELL blank-from-stp-new.xlsx: 'Baseline'!B8: expected Reported surplus: a number in £'000"
            + " (enter 0 if there is none), found an empty cell",
        "ERROR REQUIRED_CELL blank-from-stp-new.xlsx: 'Baseline'!C16: expected Income: a number in £'000 (enter 0 if"
            + " there is none), found an empty cell");
  }

  @Test
  void theBlankTemplatesChecksSheetCountsWhatIsStillMissingAndAFilledOneShowsNone() throws IOException {
    // 11 drivers x 5 plan years; 3 organisations x 3 normalisation figures; 3 x (name + 5 figures) of service lines
    Map<String, Double> expected = Map.of("Still to fill: default driver rates", 55.0,
        "Still to fill: normalisation", 9.0, "Still to fill: service lines", 18.0);
    assertThat(stillToFill(AnalystWorkbooks.blank().write())).isEqualTo(expected);
    assertThat(stillToFill(bytes("blank-from-stp-new.xlsx"))).as("as LibreOffice recalculated it").isEqualTo(expected);
    assertThat(stillToFill(TemplateWriter.DEFAULT.write(AnalystWorkbooks.footprint())))
        .isEqualTo(Map.of("Still to fill: default driver rates", 0.0, "Still to fill: normalisation", 0.0,
            "Still to fill: service lines", 0.0));
  }

  /** The "Still to fill" rows of the Checks sheet: name → cached count. */
  private static Map<String, Double> stillToFill(byte[] workbook) throws IOException {
    Map<String, Double> out = new java.util.TreeMap<>();
    try (var wb = WorkbookFixtures.open(workbook)) {
      for (var row : wb.getSheet("Checks")) {
        var a = row.getCell(0);
        if (a != null && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && a.getStringCellValue().startsWith("Still to fill")) {
          out.put(a.getStringCellValue(), row.getCell(2).getNumericCellValue());
        }
      }
    }
    return out;
  }

  @Test
  void everyFindingFromAWorkbookNamesASheetAndCellInPlainEnglish() throws IOException {
    List<String> files;
    try (var list = Files.list(SOURCE_DIR)) {
      files = list.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertThat(files).hasSize(10);
    for (String file : files) {
      for (ValidationFinding f : read(file).findings().all()) {
        assertThat(f.location().place()).as(f.toString()).matches("'[A-Za-z -]+'![A-Z]{1,3}[0-9]+(:[A-Z]{1,3}[0-9]+)?");
        assertThat(f.toString()).as(f.toString()).doesNotContain("Exception", "java.", "$.", "null", "GbpK",
            "payInflation");
      }
    }
  }

  private static Parsed<Footprint> assertOnly(String file, String finding) throws IOException {
    Parsed<Footprint> p = read(file);
    assertThat(p.findings().all()).map(ValidationFinding::toString).containsExactly(finding);
    return p;
  }

  private static byte[] bytes(String file) throws IOException {
    try (InputStream in = AnalystMistakesTest.class.getResourceAsStream("/libreoffice/" + file)) {
      assertThat(in).as(file).isNotNull();
      return in.readAllBytes();
    }
  }

  static Parsed<Footprint> read(String file) throws IOException {
    return TemplateReader.DEFAULT.read(file, bytes(file));
  }

  /** Rewrites the fixtures with LibreOffice when -Dstp.regenerateLibreOfficeFixtures=true. */
  @Test
  void regenerateLibreOfficeFixturesWhenAsked() throws Exception {
    if (!Boolean.getBoolean("stp.regenerateLibreOfficeFixtures")) {
      return;
    }
    Path work = Files.createTempDirectory("stp-lo-fixtures");
    Path poi = Files.createDirectories(work.resolve("poi"));
    Path saved = Files.createDirectories(work.resolve("saved"));
    String only = System.getProperty("stp.regenerateOnly", "");
    for (Map.Entry<String, byte[]> e : AnalystWorkbooks.build().entrySet()) {
      if (!only.isEmpty() && !e.getKey().equals(only)) {
        continue;
      }
      Files.write(poi.resolve(e.getKey()), e.getValue());
      Process p = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + work.resolve("profile"), "--headless",
          "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.toString(), poi.resolve(e.getKey()).toString())
          .inheritIO().start();
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
      Files.createDirectories(SOURCE_DIR);
      Files.copy(saved.resolve(e.getKey()), SOURCE_DIR.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
