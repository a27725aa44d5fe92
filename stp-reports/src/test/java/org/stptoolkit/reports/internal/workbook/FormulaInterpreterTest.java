package org.stptoolkit.reports.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.formula.eval.FunctionEval;
import org.apache.poi.ss.formula.function.FunctionMetadataRegistry;
import org.apache.poi.ss.formula.functions.Function;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's tricky cases against POI's own evaluator on small hand-built workbooks: coercions of
 * blanks, text and booleans, error propagation, FIND/MID/LEFT/SUBSTITUTE/VALUE edge cases, MATCH not
 * found, INDEX out of range, criteria in SUMIF(S)/COUNTIF(S) (operators, wildcards, case, blanks), IFERROR,
 * division by zero, IF without a false branch, array mode before INDEX, defined names, another sheet. And
 * its fallback: a workbook with anything it does not know (a function, an array formula, a circular
 * reference, a union, a whole-column reference, a name that is a formula) is left to POI, whose results
 * {@link Evaluation#evaluateAll} then stores.
 */
class FormulaInterpreterTest {

  /** The formulas compared, one a row on sheet "F" (column A; column B refers to column A's results). */
  private static final List<String> FORMULAS = List.of(
      // operators and coercions
      "D!A1+D!A2", "D!A1*D!A3", "D!A1/D!A3", "D!A1/D!A4", "D!A2&D!A1", "D!A1&\"\"", "0.1+0.2", "D!A8^2",
      "-D!A8", "D!A1%", "D!A5+1", "D!A6+1", "D!A7+1", "\"a\"<\"B\"", "\"a\"=\"A\"", "D!A1>D!A2", "D!A3=0",
      "D!A3=\"\"", "D!A4=D!A3", "D!A5=TRUE", "1/3*3", "2^0.5", "D!A8&\"x\"", "1/3&\"\"", "D!A5&D!A3",
      "D!A1<>D!A6", "D!A7=1", "D!A1>=10", "D!A1<=9.999", "+D!A6", "D!A7&\"x\"", "D!A1-D!A2-D!A8",
      // IF
      "IF(D!A1>5,\"big\",\"small\")", "IF(D!A6,1,2)", "IF(D!A3,1,2)", "IF(D!A7,1,2)", "IF(D!A1>100,1)",
      "IF(D!A2,1,2)", "IF(D!A1,D!A3,1)", "IF(TRUE,D!A9)", "IF(D!A1>5,IF(D!A6=\"abc\",D!A6,0),1/0)",
      "IF(\"TRUE\",1,2)", "IF(0,1,2)",
      // text
      "FIND(\"b\",D!A6)", "FIND(\"z\",D!A6)", "FIND(\"\",D!A6)", "FIND(\"b\",D!A6,3)", "FIND(\"b\",D!A6,0)",
      "FIND(\"b\",D!A6,10)", "FIND(1,D!A1)", "FIND(\"a\",D!A3)", "FIND(\"B\",D!A6)", "FIND(\".\",D!A8)",
      "MID(D!A6,2,1)", "MID(D!A6,0,1)", "MID(D!A6,5,2)", "MID(D!A6,2,-1)", "MID(D!A6,2,100)", "MID(D!A1,1,1)",
      "MID(D!A3,1,1)", "LEFT(D!A6,2)", "LEFT(D!A6)", "LEFT(D!A6,0)", "LEFT(D!A6,-1)", "LEFT(D!A8,3)",
      "LEN(D!A1)", "LEN(D!A8)", "LEN(D!A3)", "LEN(0.1+0.2)", "LEN(1/3)", "LEN(D!A5)", "LEN(D!A7)",
      "VALUE(D!A2)", "VALUE(D!A10)", "VALUE(D!A11)", "VALUE(D!A6)", "VALUE(D!A3)", "VALUE(\"$1,000\")",
      "VALUE(\"50%\")", "VALUE(\" \")", "VALUE(\"1/2/2020\")", "VALUE(\"-1.5e-3\")", "VALUE(\"(12)\")",
      "VALUE(D!A5)", "SUBSTITUTE(D!A6,\"b\",\"X\")", "SUBSTITUTE(D!A6,\"\",\"X\")",
      "SUBSTITUTE(\"aaa\",\"a\",\"b\",2)", "SUBSTITUTE(D!A1,0,\"z\")", "SUBSTITUTE(D!A3,\"a\",\"b\")",
      "LOWER(D!A12)", "LOWER(D!A1)", "LOWER(D!A5)",
      // information and logic
      "ISNUMBER(D!A1)", "ISNUMBER(D!A2)", "ISNUMBER(D!A7)", "ISBLANK(D!A3)", "ISBLANK(D!A4)", "ISBLANK(D!A9)",
      "ISBLANK(F!A1)", "AND(D!A1>1,D!A5)", "AND(D!A6,TRUE)", "OR(D!A3,D!A4)", "OR(D!A7,TRUE)",
      "OR(D!A1:A3)", "AND(D!A1:A6)", "OR(D!A2=\"12\",1/0)", "AND(1,0)",
      // aggregates
      "SUM(D!A1:A13)", "SUM(D!A1,D!A2)", "SUM(\"12\",1)", "SUM(D!A1:A6)", "MIN(D!A1:A13)", "MAX(D!A8,D!A3)",
      "MIN(D!A3:A4)", "MAX(D!A7,1)", "COUNT(D!A1:A13)", "COUNT(D!A2,\"3\",D!A5)", "ABS(D!A8)", "ABS(D!A6)",
      "ABS(D!A3)", "SUM(O!B1:B6)", "MAX(O!B1:C6)", "MIN(O!B1:B6,-100)",
      "ROWS(D!A1:A13)", "ROWS(O!B1:B5)",
      // lookups
      "MATCH(\"abc\",D!A1:A13,0)", "MATCH(\"ABC\",D!A1:A13,0)", "MATCH(\"zz\",D!A1:A13,0)",
      "MATCH(12,D!A1:A13,0)", "MATCH(\"a*\",D!A1:A13,0)", "MATCH(\"x?y\",D!A1:A13,0)",
      "MATCH(5,O!B1:B5,1)", "MATCH(2.5,O!B1:B5)", "MATCH(0,O!B1:B5,1)", "MATCH(D!A3,D!A1:A13,0)",
      "MATCH(TRUE,D!A1:A13,0)", "INDEX(D!A1:A13,3)", "INDEX(D!A1:A13,20)", "INDEX(O!A1:C5,2,2)",
      "INDEX(D!A1:A13,MATCH(\"abc\",D!A1:A13,0))", "INDEX(O!B1:B5*2,2)", "INDEX(O!A1:C5,0,2)",
      "INDEX(D!A1:A13,MATCH(\"none\",D!A1:A13,0))",
      // products and criteria
      "SUMPRODUCT(O!B1:B5,O!C1:C5)", "SUMPRODUCT(O!B1:B5,O!C1:C4)", "SUMPRODUCT(D!A1:A13)",
      "SUMPRODUCT(O!A1:A5,O!B1:B5)",
      "SUMIF(O!A1:A6,\"x\",O!B1:B6)", "SUMIF(O!B1:B6,\">2\")", "SUMIF(O!A1:A6,\"<>x\",O!B1:B6)",
      "SUMIF(O!A1:A6,\"x*\",O!B1:B6)", "SUMIF(O!A1:A6,\"?\",O!B1:B6)", "SUMIF(O!A1:A6,\"\",O!B1:B6)",
      "SUMIF(O!A1:A6,\"=\",O!B1:B6)", "SUMIF(O!B1:B6,D!A1,O!C1:C6)", "SUMIF(O!A1:A6,\"X\",O!B1:B6)",
      "SUMIF(O!A1:A6,\"~*\",O!B1:B6)", "SUMIF(O!B1:B6,\"<=3\",O!C1:C6)", "SUMIF(O!B1:B6,\"3\",O!C1:C6)",
      "SUMIF(O!A1:A6,D!A3,O!B1:B6)", "SUMIF(O!A1:A6,\"x\",O!B1:B3)",
      "SUMIFS(O!B1:B6,O!A1:A6,\"x\",O!C1:C6,\">1\")", "SUMIFS(O!B1:B6,O!A1:A6,\"<>y\")",
      "SUMIFS(O!B1:B6,O!A1:A6,\"x\",O!C1:C5,\">1\")", "COUNTIFS(O!A1:A6,\"x\",O!B1:B6,\"<>0\")",
      "COUNTIFS(O!A1:A6,\"*\")", "COUNTIF(O!A1:A6,\"x\")", "COUNTIF(O!A1:A6,\"<>\")",
      "COUNTIF(O!A1:A6,\"\")", "COUNTIF(O!B1:B6,\">=2\")", "COUNTBLANK(O!A1:A7)", "COUNTBLANK(D!A1:A13)",
      // errors
      "IFERROR(1/0,\"d\")", "IFERROR(D!A6,\"n\")", "IFERROR(D!A7,D!A3)", "IFERROR(D!A3,1)",
      "IFERROR(FIND(\"q\",D!A6),0)", "IFERROR(D!A1:A3,0)", "1/0", "D!A7",
      // names
      "Rate*2", "SUM(Pool)", "INDEX(Pool,2)", "Rate&\"\"",
      // formulas of formulas
      "F!A1+1", "F!B1&F!B2", "SUM(F!A1:A20)", "ISBLANK(F!B3)");

  /** Builds the workbook: values on "D" and "O", formulas on "F". */
  private static XSSFWorkbook workbook(List<String> formulas) {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet d = wb.createSheet("D");
    Object[] values = {10.0, "12", null, "missing", true, "abc", FormulaError.DIV0, -3.5, "", " 1,234.5 ", "1e3",
        "Abc*", "x?y"};
    for (int i = 0; i < values.length; i++) {
      if ("missing".equals(values[i])) {
        continue;
      }
      Cell c = d.createRow(i).createCell(0);
      Object v = values[i];
      if (v instanceof Double n) {
        c.setCellValue(n);
      } else if (v instanceof String s) {
        c.setCellValue(s);
      } else if (v instanceof Boolean b) {
        c.setCellValue(b);
      } else if (v instanceof FormulaError e) {
        c.setCellErrorValue(e.getCode());
      } else {
        c.setBlank();
      }
    }
    Sheet o = wb.createSheet("O");
    Object[][] other = {{"x", 1.0, 2.0}, {"y", 2.0, 0.5}, {"X", 3.0, "4"}, {"*", 4.0, 1.5}, {null, 5.0, -1.0},
        {"xx", "3", 7.0}};
    for (int i = 0; i < other.length; i++) {
      Row r = o.createRow(i);
      for (int j = 0; j < 3; j++) {
        Object v = other[i][j];
        if (v instanceof Double n) {
          r.createCell(j).setCellValue(n);
        } else if (v instanceof String s) {
          r.createCell(j).setCellValue(s);
        }
      }
    }
    var rate = wb.createName();
    rate.setNameName("Rate");
    rate.setRefersToFormula("O!$C$2");
    var pool = wb.createName();
    pool.setNameName("Pool");
    pool.setRefersToFormula("O!$B$1:$B$5");
    var two = wb.createName();
    two.setNameName("Two");
    two.setRefersToFormula("1+1");
    Sheet f = wb.createSheet("F");
    for (int i = 0; i < formulas.size(); i++) {
      Row r = f.createRow(i);
      r.createCell(0).setCellFormula(formulas.get(i));
    }
    for (int i = formulas.size(); i < 3; i++) {
      f.createRow(i);
    }
    f.getRow(0).createCell(1).setCellFormula("\"\"");
    f.getRow(1).createCell(1).setCellFormula("F!A33");
    f.getRow(2).createCell(1).setCellFormula("D!A3");
    return wb;
  }

  @Test
  void everyTrickyFormulaHasPoisValue() throws Exception {
    try (XSSFWorkbook wb = workbook(FORMULAS)) {
      assertThat(PoiComparison.interpretedAsPoi("hand-built", wb, true)).isEqualTo(FORMULAS.size() + 3);
    }
  }

  @Test
  void theComparisonSeesADifferentValue() throws Exception {
    // the comparison itself fails when a stored value is not POI's (so the equivalence tests can fail)
    try (XSSFWorkbook wb = workbook(List.of("0.1+0.2"))) {
      assertThat(Evaluation.interpretAll(wb)).isTrue();
      Cell c = wb.getSheet("F").getRow(0).getCell(0);
      c.setCellValue(0.3);
      XSSFFormulaEvaluator poi = new XSSFFormulaEvaluator(wb);
      assertThat(Double.doubleToRawLongBits(poi.evaluate(c).getNumberValue()))
          .isNotEqualTo(Double.doubleToRawLongBits(c.getNumericCellValue()));
    }
  }

  @Test
  void theFunctionsAreTheOnesPoiCalls() throws Exception {
    for (String name : InterpretedFunctions.functionNames()) {
      int index = FunctionMetadataRegistry.lookupIndexByName(name);
      Function poi = FunctionEval.getBasicFunction(index);
      assertThat(InterpretedFunctions.function(name).getClass()).as(name).isEqualTo(poi.getClass());
    }
    Class<?> factory = Class.forName("org.apache.poi.ss.formula.OperationEvaluatorFactory");
    Field f = factory.getDeclaredField("_instancesByPtgClass");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<Byte, Function> poi = (Map<Byte, Function>) f.get(null);
    for (Class<?> c : InterpretedFunctions.operatorClasses()) {
      Ptg token = (Ptg) c.getField("instance").get(null);
      assertThat(InterpretedFunctions.operator((org.apache.poi.ss.formula.ptg.OperationPtg) token)).as(c.getName())
          .isSameAs(poi.get(token.getSid()));
    }
  }

  @Test
  void whatTheInterpreterDoesNotKnowIsLeftToPoi() throws Exception {
    List<String> unknown = List.of("ROUND(D!A1/3,2)", "SUM((D!A1,D!A8))", "SUM(D!A:A)", "Two*3",
        "INDIRECT(\"D!A1\")", "SUM(D!A1:D!A3)", "CHOOSE(2,D!A1,D!A8)", "D!A1:A8 D!A1", "TODAY()>0");
    for (String formula : unknown) {
      List<String> formulas = new ArrayList<>(List.of("D!A1*2", formula));
      try (XSSFWorkbook ours = workbook(formulas); XSSFWorkbook pois = workbook(formulas)) {
        assertThat(Evaluation.interpretAll(ours)).as(formula).isFalse();
        // nothing stored by the interpreter
        assertThat(ours.getSheet("F").getRow(0).getCell(0).getNumericCellValue()).as(formula).isZero();
        // POI's result, or POI's exception (a union, or SUMPRODUCT of a comparison outside array mode)
        String thrown = thrown(() -> XSSFFormulaEvaluator.evaluateAllFormulaCells(pois));
        assertThat(thrown(() -> Evaluation.evaluateAll(ours))).as(formula).isEqualTo(thrown);
        if (thrown == null) {
          sameCachedValues(formula, ours, pois);
        }
      }
    }
  }

  /** The exception's class and its cause's message, or null when {@code r} ends normally. */
  private static String thrown(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RuntimeException e) {
      String cause = e.getCause() == null ? null : e.getCause().getMessage();
      // without the object identities a message may name
      return e.getClass().getName() + ": " + (cause == null ? null : cause.replaceAll("@[0-9a-f]+", "@"));
    }
  }

  @Test
  void aFormulaPoisFunctionsThrowOnIsLeftToPoi() throws Exception {
    // on row 10, outside the rows of O!B1:B5, the comparison (not in array mode: no INDEX follows) is
    // #VALUE!, and POI's SUMPRODUCT throws on it; the interpreter runs the same function, gives the workbook
    // up, and POI throws as it did before
    List<String> formulas = new ArrayList<>(java.util.Collections.nCopies(9, "1"));
    formulas.add("SUMPRODUCT((O!B1:B5>2)*O!C1:C5)");
    try (XSSFWorkbook ours = workbook(formulas); XSSFWorkbook pois = workbook(formulas)) {
      assertThat(Evaluation.interpretAll(ours)).isFalse();
      assertThat(Evaluation.reasonLeftToPoi(ours)).contains("SUMPRODUCT");
      String thrown = thrown(() -> XSSFFormulaEvaluator.evaluateAllFormulaCells(pois));
      assertThat(thrown).contains("SUMPRODUCT");
      assertThat(thrown(() -> Evaluation.evaluateAll(ours))).isEqualTo(thrown);
    }
  }

  @Test
  void aCircularReferenceOrAnArrayFormulaIsLeftToPoi() throws Exception {
    for (int k = 0; k < 2; k++) {
      XSSFWorkbook[] books = {workbook(List.of("D!A1*2", "F!A4+1", "3", "F!A2*2")),
          workbook(List.of("D!A1*2", "F!A4+1", "3", "F!A2*2"))};
      for (XSSFWorkbook wb : books) {
        if (k == 1) {
          wb.getSheet("F").getRow(1).getCell(0).setCellFormula("F!A3+1");
          wb.getSheet("F").setArrayFormula("D!A1:D!A2*2", CellRangeAddress.valueOf("C1:C2"));
        }
      }
      try (XSSFWorkbook ours = books[0]; XSSFWorkbook pois = books[1]) {
        assertThat(Evaluation.interpretAll(ours)).isFalse();
        Evaluation.evaluateAll(ours);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(pois);
        sameCachedValues(k == 0 ? "circular" : "array", ours, pois);
        if (k == 0) {
          assertThat(ours.getSheet("F").getRow(1).getCell(0).getCachedFormulaResultType()).isEqualTo(CellType.ERROR);
        }
      }
    }
  }

  @Test
  void theEvaluatorGivesTheInterpretedValuesAfterwards() throws Exception {
    try (XSSFWorkbook wb = workbook(List.of("D!A1*2", "\"a\"&D!A1"))) {
      var ev = Evaluation.evaluator(wb);
      ev.evaluateAll();
      Cell a = wb.getSheet("F").getRow(0).getCell(0);
      assertThat(ev.evaluate(a).getNumberValue()).isEqualTo(20.0);
      assertThat(ev.evaluate(wb.getSheet("F").getRow(1).getCell(0)).getStringValue()).isEqualTo("a10");
      // a change the evaluator is told of is evaluated again
      wb.getSheet("D").getRow(0).getCell(0).setCellValue(4);
      ev.notifyUpdateCell(wb.getSheet("D").getRow(0).getCell(0));
      assertThat(ev.evaluate(a).getNumberValue()).isEqualTo(8.0);
    }
  }

  private static void sameCachedValues(String what, XSSFWorkbook ours, XSSFWorkbook pois) {
    for (Sheet s : ours) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() != CellType.FORMULA) {
            continue;
          }
          Cell p = pois.getSheet(s.getSheetName()).getRow(r.getRowNum()).getCell(c.getColumnIndex());
          String where = what + " " + s.getSheetName() + "!" + c.getAddress();
          assertThat(c.getCachedFormulaResultType()).as(where).isEqualTo(p.getCachedFormulaResultType());
          switch (c.getCachedFormulaResultType()) {
            case NUMERIC -> assertThat(Double.doubleToRawLongBits(c.getNumericCellValue())).as(where)
                .isEqualTo(Double.doubleToRawLongBits(p.getNumericCellValue()));
            case STRING -> assertThat(c.getStringCellValue()).as(where).isEqualTo(p.getStringCellValue());
            case BOOLEAN -> assertThat(c.getBooleanCellValue()).as(where).isEqualTo(p.getBooleanCellValue());
            case ERROR -> assertThat(c.getErrorCellValue()).as(where).isEqualTo(p.getErrorCellValue());
            default -> throw new AssertionError(where);
          }
        }
      }
    }
  }
}
