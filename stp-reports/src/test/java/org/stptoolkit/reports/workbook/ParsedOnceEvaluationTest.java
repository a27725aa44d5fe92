package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.reports.internal.workbook.Evaluation;

/**
 * The toolkit's parsed-once use of POI's evaluator ({@link Evaluation#evaluator}, what a user's workbook is
 * evaluated with, and any workbook the toolkit's interpreter leaves to POI) against POI's own
 * {@code XSSFFormulaEvaluator}:
 * every formula cell of the template of the example and of three synthetic footprints gets the same cached
 * value, bit for bit, and the same type.
 */
class ParsedOnceEvaluationTest {

  @Test
  void everyFormulaCellHasTheValuePoisOwnEvaluatorGives() throws Exception {
    List<Footprint> footprints = new ArrayList<>(SyntheticNation.generate(3, 77L, 1));
    footprints.add(Examples.staffordshireAndStokeOnTrent());
    int compared = 0;
    for (Footprint fp : footprints) {
      EngineFigures figures = EngineFigures.from(StpEngine.DEFAULT.run(fp));
      try (XSSFWorkbook ours = TemplateWriter.DEFAULT.assemble(fp, figures);
          XSSFWorkbook pois = TemplateWriter.DEFAULT.assemble(fp, figures)) {
        // each cell through the parsed-once POI evaluator (Evaluation.evaluateAll now takes the toolkit's
        // interpreter for these workbooks: InterpreterMatchesPoiTest holds that one to POI)
        var ev = Evaluation.evaluator(ours);
        for (Sheet sheet : ours) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              if (cell.getCellType() == CellType.FORMULA) {
                ev.evaluateFormulaCell(cell);
              }
            }
          }
        }
        XSSFFormulaEvaluator.evaluateAllFormulaCells(pois);
        for (int s = 0; s < ours.getNumberOfSheets(); s++) {
          Sheet a = ours.getSheetAt(s);
          Sheet b = pois.getSheetAt(s);
          for (Row row : a) {
            for (Cell cell : row) {
              if (cell.getCellType() != CellType.FORMULA) {
                continue;
              }
              Cell other = b.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
              String where = fp.name() + " " + a.getSheetName() + "!" + cell.getAddress();
              assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(other.getCachedFormulaResultType());
              switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> assertThat(Double.doubleToRawLongBits(cell.getNumericCellValue())).as(where)
                    .isEqualTo(Double.doubleToRawLongBits(other.getNumericCellValue()));
                case STRING -> assertThat(cell.getStringCellValue()).as(where).isEqualTo(other.getStringCellValue());
                case BOOLEAN -> assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(other.getBooleanCellValue());
                case ERROR -> assertThat(cell.getErrorCellValue()).as(where).isEqualTo(other.getErrorCellValue());
                default -> { }
              }
              compared++;
            }
          }
        }
      }
    }
    // thousands of formulas in four workbooks, not a vacuous comparison
    assertThat(compared).isGreaterThan(4_000);
  }

  @Test
  void aChangedFormulaIsParsedAgainAfterTheEvaluatorIsTold() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("S");
      Row r = s.createRow(0);
      r.createCell(0).setCellValue(2);
      Cell f = r.createCell(1);
      f.setCellFormula("A1*3");
      var ev = Evaluation.evaluator(wb);
      assertThat(ev.evaluate(f).getNumberValue()).isEqualTo(6.0);
      f.setCellFormula("A1+10");
      ev.notifySetFormula(f);
      assertThat(ev.evaluate(f).getNumberValue()).isEqualTo(12.0);
    }
  }

  @Test
  void aChangedValueIsReadAgainAfterTheEvaluatorIsTold() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("S");
      Row r = s.createRow(0);
      Cell v = r.createCell(0);
      v.setCellValue(2);
      Cell t = r.createCell(1);
      t.setCellValue("a");
      Cell f = r.createCell(2);
      f.setCellFormula("A1*3");
      Cell g = r.createCell(3);
      g.setCellFormula("B1&\"!\"");
      var ev = Evaluation.evaluator(wb);
      assertThat(ev.evaluate(f).getNumberValue()).isEqualTo(6.0);
      assertThat(ev.evaluate(g).getStringValue()).isEqualTo("a!");
      v.setCellValue(5);
      t.setCellValue("b");
      ev.notifyUpdateCell(v);
      ev.notifyUpdateCell(t);
      assertThat(ev.evaluate(f).getNumberValue()).isEqualTo(15.0);
      assertThat(ev.evaluate(g).getStringValue()).isEqualTo("b!");
    }
  }

  @Test
  void aFormulaWithADefinedNameIsParsedForItsOwnWorkbook() throws Exception {
    // The same text "RATE*100" in workbooks whose names are defined in a different order: the parsed
    // name token holds the name's index in its own workbook, so sharing the first parse with the second
    // workbook would read the wrong name (0.5 instead of 0.25). The third defines them in the first one's
    // order, with other values: the parse can be shared, the definitions must still be its own.
    double[] got = new double[3];
    for (int k = 0; k < 3; k++) {
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        Sheet s = wb.createSheet("S");
        Row r = s.createRow(0);
        r.createCell(0).setCellValue(k == 2 ? 0.75 : 0.25);
        r.createCell(1).setCellValue(0.5);
        String[] order = k != 1 ? new String[] {"RATE", "OTHER"} : new String[] {"OTHER", "RATE"};
        for (String n : order) {
          var name = wb.createName();
          name.setNameName(n);
          name.setRefersToFormula(n.equals("RATE") ? (k != 1 ? "S!$A$1" : "S!$B$1") : (k != 1 ? "S!$B$1" : "S!$A$1"));
        }
        Cell f = r.createCell(2);
        f.setCellFormula("RATE*100");
        Cell plain = r.createCell(3);
        plain.setCellFormula("S!A1+B1*100");
        Evaluation.evaluateAll(wb);
        got[k] = f.getNumericCellValue();
        assertThat(plain.getNumericCellValue()).isEqualTo(k == 2 ? 50.75 : 50.25);
      }
    }
    assertThat(got).containsExactly(25.0, 50.0, 75.0);
  }
}
