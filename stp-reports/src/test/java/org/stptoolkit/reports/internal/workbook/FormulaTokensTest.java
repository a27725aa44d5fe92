package org.stptoolkit.reports.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.reports.workbook.AggregateWorkbook;
import org.stptoolkit.reports.workbook.BlankTemplate;
import org.stptoolkit.reports.workbook.EngineFigures;
import org.stptoolkit.reports.workbook.TemplateWriter;

/**
 * {@link FormulaTokens} gives POI's parser's tokens (but for their operand classes, which no evaluator
 * reads) for every formula of templates nobody here wrote, and leaves to POI what it does not know.
 */
class FormulaTokensTest {

  /** A token as text: its class, size and every property POI describes it by, but its operand class. */
  private static String describe(Ptg p) {
    if (p instanceof AttrPtg a) {
      return "AttrPtg size " + a.getSize() + " if " + a.isOptimizedIf() + " skip " + a.isSkip() + " sum " + a.isSum()
          + " choose " + a.isOptimizedChoose() + " space " + a.isSpace() + " volatile " + a.isSemiVolatile()
          + " data " + a.getData();
    }
    Map<String, String> props = new TreeMap<>();
    var generic = p.getGenericProperties();
    (generic == null ? Map.<String, java.util.function.Supplier<?>>of() : generic).forEach((k, v) -> {
      if (!k.equals("ptgClass")) {
        props.put(k, String.valueOf(v.get()));
      }
    });
    return p.getClass().getSimpleName() + " size " + p.getSize() + " " + props;
  }

  private static List<String> describe(Ptg[] tokens) {
    List<String> out = new ArrayList<>();
    for (Ptg p : tokens) {
      out.add(describe(p));
    }
    return out;
  }

  /** Every formula of {@code wb}: ours equal POI's; returns how many were left to POI. */
  private static int sameTokensAsPoi(XSSFWorkbook wb, String what) {
    FormulaParsingWorkbook book = XSSFEvaluationWorkbook.create(wb);
    int formulas = 0;
    int left = 0;
    for (Sheet s : wb) {
      int sheet = wb.getSheetIndex(s);
      for (Row row : s) {
        for (Cell c : row) {
          if (c.getCellType() != CellType.FORMULA) {
            continue;
          }
          formulas++;
          String text = c.getCellFormula();
          Ptg[] ours = FormulaTokens.parse(text, book, sheet);
          if (ours == null) {
            left++;
            continue;
          }
          Ptg[] poi = FormulaParser.parse(text, book, FormulaType.CELL, sheet, row.getRowNum());
          assertThat(describe(ours)).as("%s, %s!%s: %s", what, s.getSheetName(), c.getAddress(), text)
              .containsExactlyElementsOf(describe(poi));
        }
      }
    }
    assertThat(formulas).as(what).isGreaterThan(0);
    return left;
  }

  @Test
  void everyFormulaOfTheExampleAndOfANationWithAnotherSeedParsesAsPoiParsesIt() throws Exception {
    Footprint ex = Examples.staffordshireAndStokeOnTrent();
    try (XSSFWorkbook wb = TemplateWriter.DEFAULT.build(ex, EngineFigures.from(StpEngine.DEFAULT.run(ex)))) {
      assertThat(sameTokensAsPoi(wb, "the example")).as("formulas left to POI").isZero();
    }
    List<Footprint> nation = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 4242, 1);
    for (int i = 0; i < nation.size(); i += 11) {
      Footprint fp = nation.get(i);
      try (XSSFWorkbook wb = TemplateWriter.DEFAULT.build(fp, i % 2 == 0 ? null
          : EngineFigures.from(StpEngine.DEFAULT.run(fp)))) {
        assertThat(sameTokensAsPoi(wb, fp.name())).as("formulas left to POI").isZero();
      }
    }
  }

  @Test
  void aBlankFootprintsTemplateAndANationsAggregateParseAsPoiParsesThem() throws Exception {
    Footprint ex = Examples.staffordshireAndStokeOnTrent();
    BlankTemplate blank = new BlankTemplate(9, "Blank", ex.region(), ex.period(), ex.organisations());
    try (XSSFWorkbook wb = TemplateWriter.DEFAULT.build(blank.footprint(), null)) {
      assertThat(sameTokensAsPoi(wb, "a blank footprint")).isZero();
    }
    List<FootprintResult> results = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 99, 1).stream()
        .map(StpEngine.DEFAULT::run).toList();
    try (XSSFWorkbook wb = AggregateWorkbook.build(Aggregation.england(results), results.get(0).period(), "N")) {
      sameTokensAsPoi(wb, "the aggregate");
    }
  }

  /** Formulas written by hand: what it knows is POI's to the token; what it does not is left to POI. */
  @Test
  void handWrittenFormulasParseAsPoiParsesThemOrAreLeftToPoi() throws Exception {
    try (XSSFWorkbook wb = PlainStrings.newWorkbook()) {
      wb.createSheet("Sheet one");
      wb.createSheet("It's");
      var name = wb.createName();
      name.setNameName("Rate");
      name.setRefersToFormula("'Sheet one'!$B$2");
      var dotted = wb.createName();
      dotted.setNameName("Lists.Codes");
      dotted.setRefersToFormula("'Sheet one'!$A$1:$A$3");
      FormulaParsingWorkbook book = XSSFEvaluationWorkbook.create(wb);
      String[] known = {"1+2*3-4/5", "-1", "--1", "+7", "-A1", "-(1)", "0.25", "70000", "007", "A1&\"x\"\"y\"",
          "IF(A1>=2,\"a\",IF(B2<>3,,\"c\"))", "IF(A1,1)", "IF(A1,,)", "SUM(A1:B3)", "SUM(A1,B2)", "SUM(B3:A1)",
          "$A$1+A$1+$A1", "'Sheet one'!$A$1:B2*'It''s'!C3", "Rate*2", "IFERROR(1/0,\"none\")",
          "SUMIFS(A1:A3,B1:B3,\"x\")", "MAX(,1)", "INDEX(A1:B2,1,2)", "(A1<B1)=(C1<=D1)", "ROWS(A1:A9)",
          "LEN(\"\")", "XFD1048576", "_xlfn.IFERROR(1,2)"};
      for (String f : known) {
        Ptg[] ours = FormulaTokens.parse(f, book, 0);
        assertThat(ours).as(f).isNotNull();
        assertThat(describe(ours)).as(f)
            .containsExactlyElementsOf(describe(FormulaParser.parse(f, book, FormulaType.CELL, 0, 0)));
      }
      String[] left = {"A1 + 1", "2^3", "50%", "a1", "A:A", "1:1", "Sheet2!A1", "{1,2}", "#N/A", "TRUE",
          "Unknown+1", "LOG10(100)+LOG10", "IF(1,2,3,4)", "IF(1)", "LEFT()", "\"" + "x".repeat(256) + "\"",
          "1E3", ".5", "(A1,B1)", "XFE1", "A1048577", "SUM(A1", "", "NOFUNCTION(1)", "'Sheet one'!Rate",
          "ROWS(Lists.Codes)", "\\Rate", "SUM (A1)", "A01"};
      for (String f : left) {
        assertThat(FormulaTokens.parse(f, book, 0)).as(f).isNull();
      }
      // nested deeper than the thread's stack: left to POI, which meets it as before
      assertThat(FormulaTokens.parse("(".repeat(200_000) + "1" + ")".repeat(200_000), book, 0)).isNull();
    }
  }
}
