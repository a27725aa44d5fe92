package org.stptoolkit.reports.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The interpreter's values against POI's, formula cell by formula cell (for the tests). */
public final class PoiComparison {
  private PoiComparison() {}

  /**
   * Evaluates every formula of {@code wb} with the interpreter (which must take the workbook), then each
   * formula cell again with POI's evaluator, and compares: the number of formula cells compared.
   * {@code pure}: POI's own {@code XSSFFormulaEvaluator}; else the toolkit's parsed-once use of POI's
   * evaluator ({@link Evaluation#evaluator}, itself held to the former by ParsedOnceEvaluationTest), which
   * is faster for the 48 templates.
   *
   * @param what the workbook, as failures name it
   * @param wb the workbook
   * @param pure whether to compare with POI's own evaluator
   * @return the number of formula cells compared
   */
  public static int interpretedAsPoi(String what, XSSFWorkbook wb, boolean pure) {
    assertThat(Evaluation.interpretAll(wb)).as("%s takes the interpreter's path (%s)", what,
        Evaluation.reasonLeftToPoi(wb)).isTrue();
    FormulaEvaluator poi = pure ? new XSSFFormulaEvaluator(wb) : Evaluation.evaluator(wb);
    int compared = 0;
    for (Sheet s : wb) {
      for (Row row : s) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.FORMULA) {
            continue;
          }
          String where = what + " " + s.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
          CellValue expected = poi.evaluate(cell);
          assertThat(cell.getCachedFormulaResultType()).as(where).isEqualTo(expected.getCellType());
          switch (expected.getCellType()) {
            case NUMERIC -> assertThat(Double.doubleToRawLongBits(cell.getNumericCellValue())).as(where)
                .isEqualTo(Double.doubleToRawLongBits(expected.getNumberValue()));
            case STRING -> assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected.getStringValue());
            case BOOLEAN -> assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(expected.getBooleanValue());
            case ERROR -> assertThat(cell.getErrorCellValue()).as(where).isEqualTo(expected.getErrorValue());
            default -> throw new AssertionError(where + ": " + expected);
          }
          compared++;
        }
      }
    }
    return compared;
  }
}
