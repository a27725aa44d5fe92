package org.stptoolkit.reports.workbook;

import org.stptoolkit.reports.internal.workbook.ImportRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

class WorkbookSelfCheckTest {

  private static final double TOLERANCE = WorkbookFigures.TOLERANCE;
  /** Footprint 3 of the nation: the one the issue was found on. */
  private static final int NUMBER = 3;
  private static final double ONE_POINT = 0.01;

  private static Footprint sut() {
    return SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, 2016, 1).footprint(NUMBER);
  }

  @Test
  void writerRefusesAWorkbookThatFailsItsOwnCheckAndWritesNothing(@TempDir Path dir) {
    Footprint fp = sut();
    EngineFigures good = EngineFigures.from(StpEngine.DEFAULT.run(fp));
    Map<String, YearlyAmounts> ds = new LinkedHashMap<>(good.doSomething());
    YearlyAmounts health = ds.get("HEALTH");
    double[] off = health.toArray(fp.period());
    off[off.length - 1] += 1_000; // the engine's figures 1,000 away from what the formulas compute
    ds.put("HEALTH", YearlyAmounts.of(fp.period().firstYear(), off));
    EngineFigures bad = new EngineFigures(good.source(), good.doNothing(), ds, good.sensitivityNhsImpact(),
        good.sensitivitySocialCareImpact());
    Path out = dir.resolve("t.xlsx");
    assertThatThrownBy(() -> TemplateWriter.DEFAULT.write(fp, bad, out, false))
        .isInstanceOf(WorkbookSelfCheck.Failed.class)
        .hasMessageMatching(java.util.regex.Pattern.quote("the workbook for footprint 3 " + fp.name()
            + " fails its own check 'Reconciles to the engine: HEALTH' by 1,000 ('Checks'!D") + "\\d+"
            + java.util.regex.Pattern.quote("); this is a bug in the toolkit, and nothing was written for this footprint"));
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void writerWritesAWorkbookWhoseChecksPass(@TempDir Path dir) throws Exception {
    Footprint fp = sut();
    Path out = dir.resolve("t.xlsx");
    TemplateWriter.DEFAULT.write(fp, EngineFigures.from(StpEngine.DEFAULT.run(fp)), out, false);
    try (XSSFWorkbook wb = WorkbookFixtures.open(Files.readAllBytes(out))) {
      assertThat(WorkbookSelfCheck.evaluate(wb, true)).isEmpty();
    }
  }

  @Test
  void importReportsASolutionAddedInASpareRowWithoutABridgeRow() {
    byte[] edited = BadWorkbooks.poi(WorkbookFixtures.template(), wb -> {
      Sheet s = wb.getSheet("Solutions");
      Row item = s.getRow(5);
      Row spare = s.getRow(5 + WorkbookFixtures.example().solutions().size());
      spare.getCell(0).setCellValue(13);
      spare.getCell(1).setCellValue("Pharmacy first");
      spare.getCell(2).setCellValue("HEALTH");
      spare.getCell(3).setCellValue(item.getCell(3).getStringCellValue());
      spare.getCell(4).setCellValue(item.getCell(4).getStringCellValue());
      for (int y = 0; y < 5; y++) {
        spare.getCell(6 + y).setCellValue(y * 1_000);
      }
      spare.getCell(13).setCellValue(item.getCell(13).getStringCellValue());
    });
    Parsed<Footprint> read = TemplateReader.DEFAULT.read("edited.xlsx", edited);
    List<ValidationFinding> checks = read.findings().all().stream()
        .filter(f -> f.rule().equals(ImportRules.WORKBOOK_CHECK)).toList();
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).severity()).isEqualTo(org.stptoolkit.model.validation.Severity.WARNING);
    assertThat(checks.get(0).toString()).contains("edited.xlsx", "'Checks'!D",
        "Every solution has a bridge row: HEALTH", "1 solution(s) without one");
    assertThat(read.orElseThrow().solutions()).anyMatch(x -> x.name().equals("Pharmacy first"));
  }

  @Test
  void importOfAnUneditedTemplateFindsNoBrokenCheck() {
    Parsed<Footprint> read = TemplateReader.DEFAULT.read("t.xlsx", WorkbookFixtures.template());
    assertThat(read.findings().all()).noneMatch(f -> f.rule().equals(ImportRules.WORKBOOK_CHECK));
  }

  /**
   * Pay inflation one point higher in every year on the Assumptions sheet moves the CIP saving, the
   * do-nothing and the do-something by what the engine computes for the same change.
   */
  @Test
  void payInflationOnePointHigherMovesTheWorkbookAsItMovesTheEngine() throws Exception {
    Footprint fp = sut();
    Map<Driver, YearlyRates> defaults = new EnumMap<>(Driver.class);
    for (Driver d : Driver.values()) {
      if (d.in(fp.assumptions().defaults()) != null) {
        defaults.put(d, d.in(fp.assumptions().defaults()));
      }
    }
    YearlyRates pay = defaults.get(Driver.PAY_INFLATION);
    double[] raised = new double[fp.period().size()];
    for (int y = 0; y < raised.length; y++) {
      raised[y] = pay.getOr(fp.period().year(y), 0) + ONE_POINT;
    }
    defaults.put(Driver.PAY_INFLATION, YearlyRates.of(fp.period().firstYear(), raised));
    Footprint higher = fp.withAssumptions(new Assumptions(Driver.toSet(defaults), fp.assumptions().overrides()));
    FootprintResult before = StpEngine.DEFAULT.run(fp);
    FootprintResult after = StpEngine.DEFAULT.run(higher);

    try (XSSFWorkbook wb = TemplateWriter.DEFAULT.assemble(fp, EngineFigures.from(before), false)) {
      Row payRow = BadWorkbooks.findLabel(wb.getSheet(org.stptoolkit.reports.workbook.layout.TemplateLayout.ASSUMPTIONS), Driver.PAY_INFLATION.label());
      for (int y = 0; y < raised.length; y++) {
        payRow.getCell(2 + y).setCellValue(raised[y]); // the rates start with the base year's column
      }
      WorkbookFigures.evaluating(wb);
      var ev = wb.getCreationHelper().createFormulaEvaluator();
      Sheet bridge = wb.getSheet(Workings.BRIDGE);
      Row dn = BadWorkbooks.findLabel(bridge, "Do-nothing deficit");
      Row ds = BadWorkbooks.findLabel(bridge, "Do-something deficit");
      Row cip = null;
      for (Row r : bridge) {
        if (r.getCell(0) != null && ev.evaluate(r.getCell(0)) != null
            && ev.evaluate(r.getCell(0)).formatAsString().contains("CIP/Workforce")) {
          cip = r;
          break;
        }
      }
      SolutionLine cipBefore = before.solutions().stream().filter(s -> s.name().equals("CIP/Workforce")).findFirst().orElseThrow();
      SolutionLine cipAfter = after.solutions().stream().filter(s -> s.name().equals("CIP/Workforce")).findFirst().orElseThrow();
      int last = raised.length - 1;
      assertThat(cipAfter.net().get(last) - cipBefore.net().get(last)).as("the change moves the engine's CIP")
          .isGreaterThan(100);
      for (int y = 0; y < raised.length; y++) {
        assertThat(ev.evaluate(cip.getCell(1 + y)).getNumberValue()).isCloseTo(cipAfter.net().get(y), within(TOLERANCE));
        assertThat(ev.evaluate(dn.getCell(1 + y)).getNumberValue())
            .isCloseTo(after.health().doNothing().get(y), within(TOLERANCE));
        assertThat(ev.evaluate(ds.getCell(1 + y)).getNumberValue())
            .isCloseTo(after.health().doSomething().get(y), within(TOLERANCE));
      }
      assertThat(after.health().doNothing().last()).isLessThan(before.health().doNothing().last() - 1_000);
    }
  }
}
