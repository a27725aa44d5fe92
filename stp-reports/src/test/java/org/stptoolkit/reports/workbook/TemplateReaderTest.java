package org.stptoolkit.reports.workbook;

import org.stptoolkit.reports.internal.workbook.ImportRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

class TemplateReaderTest {

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = TemplateReaderTest.class.getResourceAsStream("/bad-workbooks/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void textInANumberCellIsReportedAtTheCellWithWhatWasFound() throws Exception {
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("text-in-number-cell.xlsx", resource("text-in-number-cell.xlsx"));
    assertThat(p.findings().all()).extracting(ValidationFinding::toString)
        .contains("ERROR CELL_TYPE text-in-number-cell.xlsx: 'Solutions'!I7: expected a number in £'000, found \"tbc\"");
  }

  @Test
  void formulaInAnInputCellIsFlaggedAndItsCachedValueUsed() {
    byte[] bytes = BadWorkbooks.poi(WorkbookFixtures.template(), wb -> {
      var cell = wb.getSheet("Solutions").getRow(6).getCell(8);
      cell.setCellFormula("10000+3500"); // Right Care 2018/19 is 13,500
      wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
    });
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("formula.xlsx", bytes);
    assertThat(p.value()).isPresent();
    assertThat(p.findings().ofRule(ImportRules.INPUT_FORMULA)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("'Solutions'!I7").contains("=10000+3500").contains("cached value"));
    assertThat(p.value().get()).isEqualTo(WorkbookFixtures.example());
  }

  @Test
  void anOverrideGivenTwiceForOneOrganisationNamesBothRows() {
    byte[] bytes = BadWorkbooks.poi(WorkbookFixtures.template(), wb -> {
      Sheet s = wb.getSheet("Assumptions");
      Row first = BadWorkbooks.firstDataRow(s,
          org.stptoolkit.reports.workbook.layout.TemplateLayout.OVERRIDES.title());
      for (int k = 0; k < 2; k++) {
        Row r = s.getRow(first.getRowNum() + k);
        r.getCell(0).setCellValue("UHNM");
        r.getCell(1).setCellValue("Pay inflation");
        r.getCell(3).setCellValue(0.02);
      }
    });
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("overrides.xlsx", bytes);
    assertThat(p.value()).isEmpty();
    assertThat(p.findings().ofRule(ImportRules.INVALID_ROW)).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo("overrides.xlsx");
      assertThat(f.toString()).contains("Pay inflation for UHNM given again")
          .contains("first given at 'Assumptions'!A");
    });
  }

  @Test
  void changingOnePhasedAmountChangesTheModelByExactlyThatAmount() {
    byte[] bytes = BadWorkbooks.poi(WorkbookFixtures.template(), wb ->
        wb.getSheet("Solutions").getRow(6).getCell(10).setCellValue(27_000 + 1_000)); // Right Care 2020/21
    Footprint fp = TemplateReader.DEFAULT.read("edited.xlsx", bytes).orElseThrow();
    var year = fp.period().lastYear();
    assertThat(fp.solutions().get(1).phasedGbpK().get(year) - WorkbookFixtures.example().solutions().get(1).phasedGbpK().get(year))
        .isEqualTo(1_000.0);
  }

  @Test
  void textStartingWithFormulaCharactersIsNeutralisedAndRoundTrips() throws Exception {
    Footprint ex = WorkbookFixtures.example();
    List<Organisation> orgs = new ArrayList<>(ex.organisations());
    String[] hostile = {"=HYPERLINK(\"http://x\")", "+44 1234", "-minus", "@SUM(A1)", "\tTab", "\rCR", "\nLF"};
    for (int i = 0; i < hostile.length; i++) {
      Organisation o = orgs.get(i);
      orgs.set(i, new Organisation(o.code(), hostile[i] + " " + o.name(), o.type(), o.localPlan(), o.inFinancialTemplate()));
    }
    Footprint fp = ex.toBuilder().lead("=cmd|' /C calc'!A0").organisations(orgs).risks(List.of()).build();
    byte[] bytes = TemplateWriter.DEFAULT.write(fp);
    try (XSSFWorkbook wb = WorkbookFixtures.open(bytes)) {
      var cover = wb.getSheet("Cover");
      var lead = BadWorkbooks.findLabel(cover, "Lead").getCell(1);
      assertThat(lead.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(lead.getCellStyle().getQuotePrefixed()).isTrue();
    }
    Parsed<Footprint> back = TemplateReader.DEFAULT.read("hostile-text.xlsx", bytes);
    assertThat(back.value()).isPresent();
    // the model strips surrounding whitespace, so compare with the model's own normalised values
    assertThat(back.value().get()).isEqualTo(fp);
  }

  @Test
  void poiItselfRefusesTheXxeWorkbookEvenWithoutTheGate() throws Exception {
    byte[] bytes = resource("xxe-external-entity.xlsx");
    assertThatThrownBy(() -> {
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        wb.getSheet("Cover").getRow(0);
      }
    }).hasStackTraceContaining("DOCTYPE");
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("xxe.xlsx", bytes);
    assertThat(p.findings().all().toString()).doesNotContain("root:x:0:0");
  }

  @Test
  void poiZipBombProtectionStaysOnAndRefusesTheBombToo() throws Exception {
    assertThat(ZipSecureFile.getMinInflateRatio()).isGreaterThan(0);
    byte[] bytes = resource("zip-bomb.xlsx");
    assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(bytes)).close())
        .hasStackTraceContaining("Zip bomb");
  }

  @Test
  void fileOverTheSizeCapIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("big.xlsx");
    Files.write(f, WorkbookFixtures.template());
    Parsed<Footprint> p = new TemplateReader(ImportLimits.DEFAULT.withMaxFileBytes(1000)).read(f);
    assertThat(p.findings().ofRule(ImportRules.FILE_TOO_LARGE)).hasSize(1);
  }

  @Test
  void importIsBoundedInTime() {
    Parsed<Footprint> p = new TemplateReader(ImportLimits.DEFAULT.withTimeout(Duration.ofMillis(1)))
        .read("slow.xlsx", WorkbookFixtures.template());
    assertThat(p.findings().ofRule(ImportRules.IMPORT_TIMEOUT)).hasSize(1);
  }

  @Test
  void externalLinksAreIgnoredWithAWarning() {
    var entries = Zips.entries(WorkbookFixtures.template());
    entries.put("xl/externalLinks/externalLink1.xml",
        "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes());
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("linked.xlsx", Zips.zip(entries));
    assertThat(p.value()).isPresent();
    assertThat(p.findings().ofRule(ImportRules.EXTERNAL_LINK)).hasSize(1);
  }

  @Test
  void collectorReportsEachFileAndOneBadFileDoesNotStopTheRest(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a-good.xlsx"), WorkbookFixtures.template());
    Files.write(dir.resolve("b-bomb.xlsx"), resource("zip-bomb.xlsx"));
    Files.write(dir.resolve("c-wrong-version.xlsx"), resource("wrong-template-version.xlsx"));
    Files.write(dir.resolve("d-good.xlsx"), WorkbookFixtures.template());
    Files.writeString(dir.resolve("notes.txt"), "not a workbook");
    Collector.Collection c = Collector.withDefaults().collect(dir);
    assertThat(c.files()).hasSize(4);
    assertThat(c.valid()).hasSize(2);
    assertThat(c.allValid()).isFalse();
    assertThat(c.allFindings().ofRule(ImportRules.ZIP_BOMB)).singleElement()
        .satisfies(f -> assertThat(f.location().file()).isEqualTo("b-bomb.xlsx"));
    assertThat(c.allFindings().ofRule(ImportRules.UNKNOWN_TEMPLATE_VERSION)).hasSize(1);
  }

  @Test
  void sheetNamesOfTheLayoutAreTheWorkbooksSheets() throws Exception {
    try (XSSFWorkbook wb = WorkbookFixtures.open(WorkbookFixtures.template())) {
      for (var sl : TemplateLayout.sheets()) {
        assertThat(wb.getSheet(sl.name())).as(sl.name()).isNotNull();
      }
      assertThat(wb.isSheetHidden(wb.getSheetIndex("Lists"))).isTrue();
    }
  }
}
