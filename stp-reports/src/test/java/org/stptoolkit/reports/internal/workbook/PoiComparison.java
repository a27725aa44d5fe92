package org.stptoolkit.reports.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
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
   * evaluator ({@link Evaluation#evaluator}, itself held to the former by ParsedOnceEvaluationTest).
   *
   * @param what the workbook, as failures name it
   * @param wb the workbook
   * @param pure whether to compare with POI's own evaluator
   * @return the number of formula cells compared
   */
  public static int interpretedAsPoi(String what, XSSFWorkbook wb, boolean pure) {
    Map<Cell, CellValue> ours = interpreted(what, wb);
    FormulaEvaluator poi = pure ? new XSSFFormulaEvaluator(wb) : Evaluation.evaluator(wb);
    return sameAsPoi(what, ours, poi::evaluate);
  }

  /**
   * Evaluates every formula of {@code wb} with the interpreter, which must take the workbook (not leave it
   * to POI), and returns each formula cell's value as it stored it.
   *
   * @param what the workbook, as failures name it
   * @param wb the workbook
   * @return each formula cell's stored value, in the workbook's order
   */
  public static Map<Cell, CellValue> interpreted(String what, XSSFWorkbook wb) {
    assertThat(Evaluation.interpretAll(wb)).as("%s takes the interpreter's path (%s)", what,
        Evaluation.reasonLeftToPoi(wb)).isTrue();
    Map<Cell, CellValue> out = new LinkedHashMap<>();
    for (Sheet s : wb) {
      for (Row row : s) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            out.put(cell, switch (cell.getCachedFormulaResultType()) {
              case NUMERIC -> new CellValue(cell.getNumericCellValue());
              case STRING -> new CellValue(cell.getStringCellValue());
              case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
              case ERROR -> CellValue.getError(cell.getErrorCellValue());
              default -> throw new AssertionError(what + " " + cell.getAddress() + ": no value stored");
            });
          }
        }
      }
    }
    return out;
  }

  /**
   * Compares each of {@code ours} with POI's value of the same cell: the same type, the same bits of the
   * double, the same text, truth value or error code.
   *
   * @param what the workbook, as failures name it
   * @param ours the interpreter's values ({@link #interpreted})
   * @param poi POI's value of a formula cell
   * @return the number of formula cells compared
   */
  public static int sameAsPoi(String what, Map<Cell, CellValue> ours, Function<Cell, CellValue> poi) {
    for (Map.Entry<Cell, CellValue> e : ours.entrySet()) {
      Cell cell = e.getKey();
      CellValue mine = e.getValue();
      CellValue expected = poi.apply(cell);
      String where = what + " " + cell.getSheet().getSheetName() + "!" + cell.getAddress() + " "
          + cell.getCellFormula();
      assertThat(mine.getCellType()).as(where).isEqualTo(expected.getCellType());
      switch (expected.getCellType()) {
        case NUMERIC -> assertThat(Double.doubleToRawLongBits(mine.getNumberValue())).as(where)
            .isEqualTo(Double.doubleToRawLongBits(expected.getNumberValue()));
        case STRING -> assertThat(mine.getStringValue()).as(where).isEqualTo(expected.getStringValue());
        case BOOLEAN -> assertThat(mine.getBooleanValue()).as(where).isEqualTo(expected.getBooleanValue());
        case ERROR -> assertThat(mine.getErrorValue()).as(where).isEqualTo(expected.getErrorValue());
        default -> throw new AssertionError(where + ": " + expected);
      }
    }
    return ours.size();
  }
}
