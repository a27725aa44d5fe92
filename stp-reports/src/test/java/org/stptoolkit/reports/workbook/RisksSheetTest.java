package org.stptoolkit.reports.workbook;

import org.stptoolkit.reports.internal.workbook.ImportRules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;
import org.stptoolkit.reports.internal.workbook.Styles;

/** The Risks input sheet: written from the register, read back equal, bad cells found where they are. */
class RisksSheetTest {

  private static final int LIKELIHOOD = 5;
  private static final int SOLUTIONS = 7;
  private static final int DRIVERS = 8;

  /**
   * The example with its first risk scored and linked to CIP/Workforce and non-demographic growth (also the
   * workbook {@link LibreOfficeRecalculationTest} round-trips through LibreOffice).
   */
  static Footprint sut() {
    Footprint ex = WorkbookFixtures.example();
    List<KeyRisk> risks = new ArrayList<>(ex.risks());
    risks.set(0, risks.get(0).withScores(4, 5).withLinks(List.of("CIP/Workforce", "Right Care"),
        List.of(Driver.NON_DEMOGRAPHIC_GROWTH.name())));
    risks.set(3, risks.get(3).withScores(2, null));
    return ex.withRisks(risks);
  }

  private static Row firstRisk(XSSFWorkbook wb) {
    return BadWorkbooks.firstDataRow(wb.getSheet(TemplateLayout.RISKS), TemplateLayout.KEY_RISKS.title());
  }

  @Test
  void exampleRegisterRoundTripsEqual() {
    Parsed<Footprint> back = TemplateReader.DEFAULT.read("example.xlsx", WorkbookFixtures.template());
    assertThat(back.value()).isPresent();
    assertThat(back.value().get().risks()).hasSize(8).isEqualTo(WorkbookFixtures.example().risks());
  }

  @Test
  void scoredAndLinkedRegisterRoundTripsEqual() {
    Footprint fp = sut();
    Footprint back = TemplateReader.DEFAULT.read("linked.xlsx", TemplateWriter.DEFAULT.write(fp)).orElseThrow();
    assertThat(back.risks()).isEqualTo(fp.risks());
    assertThat(back).isEqualTo(fp);
  }

  @Test
  void syntheticRegistersRoundTripEqual() {
    for (Footprint fp : SyntheticNation.generate(3, 2016, 1)) {
      Footprint back = TemplateReader.DEFAULT.read("synthetic.xlsx", TemplateWriter.DEFAULT.write(fp)).orElseThrow();
      assertThat(back.risks()).as(fp.name()).isEqualTo(fp.risks());
    }
  }

  @Test
  void risksAreYellowInputsWithDropdowns() throws IOException {
    try (XSSFWorkbook wb = WorkbookFixtures.open(TemplateWriter.DEFAULT.write(sut()))) {
      XSSFSheet s = wb.getSheet(TemplateLayout.RISKS);
      Row first = firstRisk(wb);
      assertThat(first.getCell(0).getStringCellValue()).startsWith("Workforce capacity");
      assertThat(first.getCell(LIKELIHOOD).getStringCellValue()).isEqualTo("4");
      assertThat(first.getCell(SOLUTIONS).getStringCellValue()).isEqualTo("CIP/Workforce, Right Care");
      assertThat(first.getCell(DRIVERS).getStringCellValue()).isEqualTo("Non-demographic growth");
      for (int c = 0; c <= DRIVERS; c++) {
        XSSFCellStyle style = (XSSFCellStyle) first.getCell(c).getCellStyle();
        assertThat(style.getLocked()).as("column %d unlocked", c).isFalse();
        assertThat(style.getFillForegroundXSSFColor().getRGB()).as("column %d yellow", c).isEqualTo(Styles.INPUT_FILL);
      }
      List<String> lists = new ArrayList<>();
      for (XSSFDataValidation dv : s.getDataValidations()) {
        String formula = dv.getValidationConstraint().getFormula1();
        int col = dv.getRegions().getCellRangeAddress(0).getFirstColumn();
        lists.add(col + "=" + formula + (dv.getShowErrorBox() ? " strict" : " offered"));
      }
      assertThat(lists).contains(LIKELIHOOD + "=list_Score strict", (LIKELIHOOD + 1) + "=list_Score strict",
          SOLUTIONS + "=inp_Solutions_name offered", DRIVERS + "=list_Driver offered");
      assertThat(wb.getName("list_Score").getRefersToFormula()).isEqualTo("'Lists'!$N$2:$N$6");
    }
  }

  @Test
  void likelihoodOffTheScaleIsACellFinding() {
    byte[] bytes = BadWorkbooks.poi(TemplateWriter.DEFAULT.write(sut()), wb -> firstRisk(wb).getCell(LIKELIHOOD).setCellValue(7));
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("bad-score.xlsx", bytes);
    assertThat(p.value()).isEmpty();
    int row = 1 + firstRiskRow(bytes);
    assertThat(p.findings().all()).extracting(ValidationFinding::toString)
        .contains("ERROR CELL_TYPE bad-score.xlsx: 'Risks'!F" + row + ": expected one of [1, 2, 3, 4, 5], found \"7\"");
  }

  @Test
  void unknownLinksAndMissingMitigationAreFindingsNamingTheRisk() {
    byte[] bytes = BadWorkbooks.poi(TemplateWriter.DEFAULT.write(sut()), wb -> {
      Row r = firstRisk(wb);
      r.getCell(2).setBlank();
      r.getCell(SOLUTIONS).setCellValue("CIP/Workforce, Car parks");
      r.getCell(DRIVERS).setCellValue("Weather");
    });
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("links.xlsx", bytes);
    List<ValidationFinding> risk = p.findings().all().stream()
        .filter(f -> f.location().place().startsWith("key risk \"Workforce capacity")).toList();
    assertThat(risk).extracting(ValidationFinding::rule).containsExactlyInAnyOrder(
        FootprintValidator.UNKNOWN_RISK_LINK, FootprintValidator.UNKNOWN_RISK_LINK,
        FootprintValidator.RISK_WITHOUT_MITIGATION);
    assertThat(risk).allSatisfy(f -> assertThat(f.location().file()).isEqualTo("links.xlsx"));
    assertThat(risk).extracting(ValidationFinding::found).contains("\"Car parks\"", "\"Weather\"", "none");
  }

  @Test
  void previousTemplateVersionWithoutARisksSheetReadsAsAnEmptyRegister() {
    byte[] bytes = BadWorkbooks.poi(WorkbookFixtures.template(), wb -> {
      wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.RISKS));
      wb.getProperties().getCustomProperties().getProperty(TemplateVersion.PROPERTY)
          .setLpwstr(TemplateVersion.WITHOUT_RISKS);
      XSSFSheet cover = wb.getSheet(TemplateLayout.COVER);
      for (Row r : cover) {
        Cell a = r.getCell(0);
        if (a != null && TemplateLayout.VERSION_LABEL.equals(a.getStringCellValue())) {
          r.getCell(1).setCellValue(TemplateVersion.WITHOUT_RISKS);
        }
      }
    });
    Parsed<Footprint> p = TemplateReader.DEFAULT.read("v1.1.xlsx", bytes);
    assertThat(p.value()).isPresent();
    assertThat(p.value().get().risks()).isEmpty();
    assertThat(p.value().get().withRisks(WorkbookFixtures.example().risks())).isEqualTo(WorkbookFixtures.example());
  }

  @Test
  void currentVersionWithoutItsRisksSheetIsAFinding() {
    byte[] bytes = BadWorkbooks.poi(WorkbookFixtures.template(),
        wb -> wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.RISKS)));
    assertThat(TemplateReader.DEFAULT.read("deleted.xlsx", bytes).findings().all())
        .extracting(ValidationFinding::rule).contains(ImportRules.SHEET_MISSING);
  }

  private static int firstRiskRow(byte[] bytes) {
    try (XSSFWorkbook wb = WorkbookFixtures.open(bytes)) {
      return firstRisk(wb).getRowNum();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
