package org.stptoolkit.reports.internal.workbook;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.SheetIdentifier;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Table;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.BaseXSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's formula evaluation with each formula parsed once. {@code XSSFFormulaEvaluator} parses a cell's
 * formula text twice for every evaluation (once to compute it, once more to look for links to other
 * workbooks), and the parser was the largest single cost of writing a template (a quarter of
 * {@code stp national}'s CPU). Here the parsed tokens are kept per cell for the life of one evaluator; the
 * evaluation itself is POI's {@link WorkbookEvaluator}, unchanged, so the values are POI's to the bit.
 *
 * <p>For a workbook whose formulas do not change while it is evaluated (the toolkit's writers evaluate a
 * finished workbook once, just before saving it). Not thread-safe: one evaluator per workbook and thread.
 */
public final class Evaluation {

  private Evaluation() {}

  /**
   * Evaluates every formula cell of {@code wb} and stores each result as the cell's cached value, as
   * {@code XSSFFormulaEvaluator.evaluateAllFormulaCells} does.
   *
   * @param wb the workbook
   */
  public static void evaluateAll(XSSFWorkbook wb) {
    new Evaluator(wb).evaluateAll();
  }

  /**
   * A new evaluator of {@code wb} that parses each formula once.
   *
   * @param wb the workbook
   * @return the evaluator (no value cached yet)
   */
  public static org.apache.poi.ss.usermodel.FormulaEvaluator evaluator(XSSFWorkbook wb) {
    return new Evaluator(wb);
  }

  /** The evaluator: POI's, with the parsed-once workbook below it. */
  private static final class Evaluator extends BaseXSSFFormulaEvaluator {
    private final XSSFWorkbook book;
    private final ParsedOnce parsed;

    Evaluator(XSSFWorkbook book) {
      this(book, new ParsedOnce(book));
    }

    private Evaluator(XSSFWorkbook book, ParsedOnce parsed) {
      super(new WorkbookEvaluator(parsed, null, null));
      this.book = book;
      this.parsed = parsed;
    }

    @Override
    protected EvaluationCell toEvaluationCell(Cell cell) {
      if (!(cell instanceof XSSFCell)) {
        throw new IllegalArgumentException("only cells of an .xlsx workbook can be evaluated here");
      }
      // POI's own evaluation cell for it, through its evaluation sheet (which keeps one per cell)
      return parsed.getSheet(book.getSheetIndex(cell.getSheet())).getCell(cell.getRowIndex(),
          cell.getColumnIndex());
    }

    @Override
    public void evaluateAll() {
      evaluateAllFormulaCells(book, this);
    }

    @Override
    public void notifySetFormula(Cell cell) {
      notifyUpdateCell(cell);
    }

    @Override
    public void notifyDeleteCell(Cell cell) {
      parsed.forget(cell);
      _bookEvaluator.notifyDeleteCell(toEvaluationCell(cell));
    }

    @Override
    public void notifyUpdateCell(Cell cell) {
      parsed.forget(cell);
      _bookEvaluator.notifyUpdateCell(toEvaluationCell(cell));
    }
  }

  /**
   * POI's evaluation workbook ({@link XSSFEvaluationWorkbook}), every call passed on, except that each
   * cell's parsed formula is kept.
   */
  private static final class ParsedOnce implements EvaluationWorkbook, FormulaParsingWorkbook {
    private final XSSFEvaluationWorkbook poi;
    private final Map<Object, Ptg[]> tokens = new IdentityHashMap<>();

    ParsedOnce(XSSFWorkbook book) {
      poi = XSSFEvaluationWorkbook.create(book);
    }

    void forget(Cell cell) {
      tokens.remove(cell);
    }

    @Override
    public Ptg[] getFormulaTokens(EvaluationCell cell) {
      return tokens.computeIfAbsent(cell.getIdentityKey(), k -> poi.getFormulaTokens(cell));
    }

    @Override
    public void clearAllCachedResultValues() {
      poi.clearAllCachedResultValues();
      tokens.clear();
    }

    @Override
    public String getSheetName(int sheetIndex) {
      return poi.getSheetName(sheetIndex);
    }

    @Override
    public int getSheetIndex(EvaluationSheet sheet) {
      return poi.getSheetIndex(sheet);
    }

    @Override
    public int getSheetIndex(String sheetName) {
      return poi.getSheetIndex(sheetName);
    }

    @Override
    public EvaluationSheet getSheet(int sheetIndex) {
      return poi.getSheet(sheetIndex);
    }

    @Override
    public ExternalSheet getExternalSheet(int externSheetIndex) {
      return poi.getExternalSheet(externSheetIndex);
    }

    @Override
    public ExternalSheet getExternalSheet(String firstSheetName, String lastSheetName, int externalWorkbookNumber) {
      return poi.getExternalSheet(firstSheetName, lastSheetName, externalWorkbookNumber);
    }

    @Override
    public int convertFromExternSheetIndex(int externSheetIndex) {
      return poi.convertFromExternSheetIndex(externSheetIndex);
    }

    @Override
    public ExternalName getExternalName(int externSheetIndex, int externNameIndex) {
      return poi.getExternalName(externSheetIndex, externNameIndex);
    }

    @Override
    public ExternalName getExternalName(String nameName, String sheetName, int externalWorkbookNumber) {
      return poi.getExternalName(nameName, sheetName, externalWorkbookNumber);
    }

    @Override
    public EvaluationName getName(NamePtg namePtg) {
      return poi.getName(namePtg);
    }

    @Override
    public EvaluationName getName(String name, int sheetIndex) {
      return poi.getName(name, sheetIndex);
    }

    @Override
    public String resolveNameXText(NameXPtg ptg) {
      return poi.resolveNameXText(ptg);
    }

    @Override
    public UDFFinder getUDFFinder() {
      return poi.getUDFFinder();
    }

    @Override
    public SpreadsheetVersion getSpreadsheetVersion() {
      return poi.getSpreadsheetVersion();
    }

    @Override
    public Name createName() {
      return poi.createName();
    }

    @Override
    public Table getTable(String name) {
      return poi.getTable(name);
    }

    @Override
    public Ptg getNameXPtg(String name, SheetIdentifier sheet) {
      return poi.getNameXPtg(name, sheet);
    }

    @Override
    public Ptg get3DReferencePtg(CellReference cell, SheetIdentifier sheet) {
      return poi.get3DReferencePtg(cell, sheet);
    }

    @Override
    public Ptg get3DReferencePtg(AreaReference area, SheetIdentifier sheet) {
      return poi.get3DReferencePtg(area, sheet);
    }

    @Override
    public int getExternalSheetIndex(String sheetName) {
      return poi.getExternalSheetIndex(sheetName);
    }

    @Override
    public int getExternalSheetIndex(String workbookName, String sheetName) {
      return poi.getExternalSheetIndex(workbookName, sheetName);
    }
  }
}
