package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.reports.internal.workbook.Evaluation;
import org.stptoolkit.reports.internal.workbook.PoiComparison;

/**
 * The toolkit's formula interpreter ({@code FormulaInterpreter}, behind {@link Evaluation#evaluateAll})
 * against POI's own evaluator on the workbooks the toolkit writes: the example's template and three
 * footprints of another seed than the nation's, templates of footprints with optional parts missing, a blank template ({@code stp new}), the national aggregate workbook and the analyst-edited
 * workbooks of the LibreOffice tests as LibreOffice saved them (cells emptied, rows deleted, text in number
 * cells). Every formula cell
 * must get POI's result type and exactly POI's value (the same bits of the double, the same text, the same
 * error code), and every workbook must take the interpreter's path ({@link Evaluation#interpretAll} true),
 * so the comparison cannot pass by falling back to POI. The footprints of the synthetic nation (the 44 of
 * seed 2016, the ×10 nation's and jqwik's generated ones) are compared in {@link WorkbookAgreesWithEngineTest},
 * with the POI evaluation it makes of them anyway.
 */
class InterpreterMatchesPoiTest {

  @Test
  void theExampleAndFootprintsOfAnotherSeedAsPoiComputesThem() throws Exception {
    Footprint example = Examples.staffordshireAndStokeOnTrent();
    try (XSSFWorkbook wb = TemplateWriter.DEFAULT.assemble(example, EngineFigures.from(StpEngine.DEFAULT.run(example)),
        false)) {
      // ~2,250 formulas
      assertThat(PoiComparison.interpretedAsPoi(example.name(), wb, true)).isGreaterThan(1_500);
    }
    for (Footprint fp : SyntheticNation.generate(3, 77L, 1)) {
      try (XSSFWorkbook wb = TemplateWriter.DEFAULT.assemble(fp, EngineFigures.from(StpEngine.DEFAULT.run(fp)), false)) {
        assertThat(PoiComparison.interpretedAsPoi(fp.name(), wb, false)).isGreaterThan(1_500);
      }
    }
  }

  @Test
  void footprintsWithoutTheirOptionalPartsAsPoiComputesThem() throws Exception {
    Footprint full = Examples.staffordshireAndStokeOnTrent();
    List<Footprint> cases = List.of(
        full.toBuilder().risks(List.of()).build(),
        full.toBuilder().activity(null).build(),
        full.toBuilder().indicators(List.of()).indicatorDefinitions(List.of()).build(),
        full.toBuilder().solutions(List.of()).build(),
        AnalystWorkbooks.blank().footprint());
    for (Footprint fp : cases) {
      try (XSSFWorkbook wb = TemplateWriter.DEFAULT.assemble(fp, null, false)) {
        assertThat(PoiComparison.interpretedAsPoi(fp.name(), wb, false)).isGreaterThan(200);
      }
    }
  }

  @Test
  void theBlankTemplateAndTheAnalystsEditedWorkbooksAsPoiComputesThem() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(AnalystWorkbooks.blank().write()))) {
      assertThat(PoiComparison.interpretedAsPoi("stp new", wb, false)).isGreaterThan(200);
    }
    // the analysts' edits as LibreOffice saved them (see AnalystWorkbooks): emptied and deleted rows, text
    // and dates in number cells, hidden and inserted sheets
    for (String name : List.of("as-written", "blank-from-stp-new", "date-in-money-cell", "driver-row-deleted",
        "driver-row-emptied", "pay-inflation-50-percent", "phasing-2020-21-left-blank", "rate-typed-as-whole-number",
        "rows-deleted-inserted-sheets-hidden", "text-in-money-cell")) {
      try (InputStream in = getClass().getResourceAsStream("/libreoffice/" + name + ".xlsx");
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        assertThat(PoiComparison.interpretedAsPoi(name, wb, false)).as(name).isGreaterThan(200);
      }
    }
  }

  @Test
  void theNationalAggregateWorkbookAsPoiComputesIt() throws Exception {
    List<FootprintResult> results = new ArrayList<>();
    for (Footprint fp : SyntheticNation.generate(44, 2016L, 1)) {
      results.add(StpEngine.DEFAULT.run(fp));
    }
    try (XSSFWorkbook wb = AggregateWorkbook.build(Aggregation.england(results), results.get(0).period(),
        "England")) {
      assertThat(PoiComparison.interpretedAsPoi("aggregate", wb, true)).isGreaterThan(150);
    }
  }
}
