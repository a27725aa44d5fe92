package org.stptoolkit.reports.internal.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.formula.OperationEvaluationContext;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.AreaEval;
import org.apache.poi.ss.formula.eval.BlankEval;
import org.apache.poi.ss.formula.eval.BoolEval;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.EvaluationException;
import org.apache.poi.ss.formula.eval.FunctionNameEval;
import org.apache.poi.ss.formula.eval.MissingArgEval;
import org.apache.poi.ss.formula.eval.NumberEval;
import org.apache.poi.ss.formula.eval.StringEval;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.function.FunctionMetadataRegistry;
import org.apache.poi.ss.formula.functions.ArrayFunction;
import org.apache.poi.ss.formula.functions.ArrayMode;
import org.apache.poi.ss.formula.functions.FreeRefFunction;
import org.apache.poi.ss.formula.functions.Function;
import org.apache.poi.ss.formula.functions.IfFunc;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtg;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.BoolPtg;
import org.apache.poi.ss.formula.ptg.ErrPtg;
import org.apache.poi.ss.formula.ptg.FuncVarPtg;
import org.apache.poi.ss.formula.ptg.IntPtg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.NumberPtg;
import org.apache.poi.ss.formula.ptg.OperationPtg;
import org.apache.poi.ss.formula.ptg.ParenthesisPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtg;
import org.apache.poi.ss.formula.ptg.StringPtg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;

/**
 * Computes every formula cell of a workbook the toolkit has just built, with POI's results to the bit and
 * without POI's {@link WorkbookEvaluator}: the formula's parsed tokens (shared by {@link Evaluation}) run
 * on a stack exactly as {@code WorkbookEvaluator.evaluateFormula} runs them (its IF and skip jumps, its
 * array-mode rule, its final dereference), and each function and operator is POI's own
 * ({@link InterpretedFunctions}), given references ({@link InterpretedRefs}) that read the cells from a
 * snapshot taken once: of POI's cells ({@link #evaluate}), or of the cells a template's sheets keep
 * themselves ({@link #evaluateKept}, {@link StreamedSheet}), which it then stores the values in. What POI's
 * evaluator spends on every formula (dependency tracking, cache entries, looking cells up through the
 * workbook) is not spent.
 *
 * <p>Safe by construction: the whole workbook is checked first, and any formula the interpreter does not
 * know to the token (a shared or array formula, a function or operator not in {@link InterpretedFunctions},
 * a reference to another workbook or across sheets, a union or range operator, a defined name other than
 * one sheet's cell or area, a whole-column reference) makes {@link #evaluate} answer null (and
 * {@link #evaluateKept} false), as does anything
 * unexpected while evaluating (a circular reference, an exception): the caller then has POI evaluate the
 * whole workbook, exactly as before. Not thread-safe: one interpreter per workbook and thread.
 */
final class FormulaInterpreter implements InterpretedRefs.Cells {

  /** Thrown (and flagged) when the interpreter gives the workbook up to POI. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** A formula cell: where it is, its tokens, and its result once evaluated. */
  private static final class Formula {
    /** The cell: POI's ({@link XSSFCell}) or a kept one ({@link SheetCell}). */
    final Object cell;
    final int sheet;
    final int row;
    final int column;
    final String text;
    Ptg[] tokens;
    ValueEval value;
    boolean evaluating;

    Formula(Object cell, int sheet, int row, int column, String text) {
      this.cell = cell;
      this.sheet = sheet;
      this.row = row;
      this.column = column;
      this.text = text;
    }

    /** Where it is, e.g. "Bridge!C7", for the reason the workbook was left to POI. */
    String where(XSSFWorkbook book) {
      return book.getSheetName(sheet) + "!" + new org.apache.poi.ss.util.CellReference(row, column).formatAsString();
    }
  }

  private final XSSFWorkbook book;
  private final Evaluation.ParsedOnce parsed;
  /**
   * Each sheet's cells by row and column: a {@link Formula}, a value cell ({@link XSSFCell} or {@link
   * SheetCell} until a formula first reads it, then its {@link ValueEval}), or null for no cell.
   */
  private final Object[][][] cells;
  private final List<Formula> formulas = new ArrayList<>();
  /** What the tokens stand for in this workbook. */
  private final InterpretedTokens known;
  private boolean gaveUp;
  /** Why the workbook was left to POI (the first reason met), for the tests. */
  private String reason;

  private FormulaInterpreter(XSSFWorkbook book, Evaluation.ParsedOnce parsed) {
    this.book = book;
    this.parsed = parsed;
    this.cells = new Object[book.getNumberOfSheets()][][];
    this.known = new InterpretedTokens(parsed);
  }

  /**
   * The value of every formula cell of {@code book}, in POI's order (sheet by sheet, row by row, cell by
   * cell), as POI's evaluator would store them; or null when the interpreter leaves the workbook to POI.
   *
   * @param book the workbook, not changed
   * @param parsed its parsed formulas
   * @return each formula cell with its value, or null
   */
  @SuppressWarnings("unchecked")
  static Map<XSSFCell, CellValue> evaluate(XSSFWorkbook book, Evaluation.ParsedOnce parsed) {
    // every key is the formula's XSSFCell: the cells were read from POI's sheets
    return (Map<XSSFCell, CellValue>) (Map<?, CellValue>) new FormulaInterpreter(book, parsed).attempt(false);
  }

  /**
   * Evaluates every formula of {@code book}, whose sheets keep their cells ({@link StreamedSheet}), and
   * stores each value in its cell (as POI's evaluator would store it); or stores nothing and answers false
   * when the interpreter leaves the workbook to POI.
   *
   * @param book the workbook, every sheet a {@link StreamedSheet} holding its cells
   * @param parsed its parsed formulas
   * @return whether every formula's value was computed and stored
   */
  static boolean evaluateKept(XSSFWorkbook book, Evaluation.ParsedOnce parsed) {
    Map<Object, CellValue> values = new FormulaInterpreter(book, parsed).attempt(true);
    if (values == null) {
      return false;
    }
    values.forEach((cell, v) -> ((SheetCell) cell).cached = v);
    return true;
  }

  /**
   * Why the interpreter leaves {@code book} to POI (the first formula or exception met), or null when it
   * evaluates it: for the tests' messages.
   */
  static String reasonLeftToPoi(XSSFWorkbook book, Evaluation.ParsedOnce parsed) {
    FormulaInterpreter interpreter = new FormulaInterpreter(book, parsed);
    return interpreter.attempt(false) == null ? String.valueOf(interpreter.reason) : null;
  }

  private Map<Object, CellValue> attempt(boolean kept) {
    try {
      return everyFormula(kept);
    } catch (RuntimeException | StackOverflowError e) {
      if (reason == null) {
        reason = e.toString();
      }
      return null;
    }
  }

  /** Every formula cell's value, or null. */
  private Map<Object, CellValue> everyFormula(boolean kept) {
    if (!(kept ? snapshotKept() : snapshot())) {
      reason = "a shared or array formula, or one with a structured reference";
      return null;
    }
    for (Formula f : formulas) {
      if (!known.known(f.tokens)) {
        reason = "a formula it does not know: " + f.where(book) + " " + f.text;
        return null;
      }
    }
    Map<Object, CellValue> out = new LinkedHashMap<>();
    for (Formula f : formulas) {
      ValueEval v = value(f);
      CellValue cv;
      if (v instanceof NumberEval n) {
        cv = new CellValue(n.getNumberValue());
      } else if (v instanceof BoolEval b) {
        cv = CellValue.valueOf(b.getBooleanValue());
      } else if (v instanceof StringEval s) {
        cv = new CellValue(s.getStringValue());
      } else if (v instanceof ErrorEval e) {
        cv = CellValue.getError(e.getErrorCode());
      } else {
        reason = "a result that is not a value: " + f.where(book) + " " + v;
        return null;
      }
      out.put(f.cell, cv);
    }
    return gaveUp ? null : out;
  }

  /** Reads every cell; false when a formula is not a plain one or cannot be parsed here. */
  private boolean snapshot() {
    for (int s = 0; s < cells.length; s++) {
      XSSFSheet sheet = book.getSheetAt(s);
      Object[][] rows = new Object[Math.max(sheet.getLastRowNum() + 1, 0)][];
      cells[s] = rows;
      for (Row r : sheet) {
        Object[] row = new Object[Math.max(r.getLastCellNum(), 0)];
        int rowIndex = r.getRowNum();
        rows[rowIndex] = row;
        for (Cell c : r) {
          XSSFCell x = (XSSFCell) c;
          Object value;
          if (x.getCellType() == CellType.FORMULA) {
            value = formula(x, s, rowIndex);
            if (value == null) {
              return false;
            }
          } else {
            // a value cell is read when a formula first refers to it
            value = x;
          }
          row[x.getColumnIndex()] = value;
        }
      }
    }
    return true;
  }

  /** Reads every kept cell of the workbook's {@link StreamedSheet}s; false when a formula cannot be parsed here. */
  private boolean snapshotKept() {
    for (int s = 0; s < cells.length; s++) {
      StreamedSheet sheet = (StreamedSheet) book.getSheetAt(s);
      Object[][] rows = new Object[sheet.lastKeptRow() + 1][];
      cells[s] = rows;
      for (Map.Entry<Integer, java.util.TreeMap<Integer, SheetCell>> r : sheet.keptRows().entrySet()) {
        int rowIndex = r.getKey();
        Object[] row = new Object[r.getValue().lastKey() + 1];
        rows[rowIndex] = row;
        for (SheetCell c : r.getValue().values()) {
          Object value = c;
          if (c.isFormula()) {
            if (c.text.indexOf('[') >= 0) {
              return false;
            }
            Formula formula = new Formula(c, s, rowIndex, c.column, c.text);
            formula.tokens = parsed.plainFormulaTokens(c, s, rowIndex, c.text);
            formulas.add(formula);
            value = formula;
          }
          row[c.column] = value;
        }
      }
    }
    return true;
  }

  /** The formula cell with its tokens, or null when it is not a plain formula. */
  private Formula formula(XSSFCell x, int sheet, int row) {
    CTCellFormula f = x.getCTCell().getF();
    if (f == null || f.getT() != STCellFormulaType.NORMAL || x.isPartOfArrayFormulaGroup()) {
      return null;
    }
    String text = f.getStringValue();
    if (text == null || text.indexOf('[') >= 0) {
      return null;
    }
    Formula formula = new Formula(x, sheet, row, x.getColumnIndex(), text);
    formula.tokens = parsed.plainFormulaTokens(x, sheet, row, text);
    formulas.add(formula);
    return formula;
  }

  /** The formula's result, evaluated once. */
  private ValueEval value(Formula f) {
    if (f.value != null) {
      return f.value;
    }
    if (f.evaluating) {
      // a circular reference: POI reports it in its own way
      reason = "a circular reference at " + f.where(book);
      throw giveUp();
    }
    f.evaluating = true;
    f.value = run(f);
    f.evaluating = false;
    return f.value;
  }

  private GiveUp giveUp() {
    gaveUp = true;
    if (reason == null) {
      reason = "an operand or a call it cannot evaluate as POI does";
    }
    return new GiveUp();
  }

  @Override
  public ValueEval valueAt(int sheet, int row, int column) {
    if (sheet < 0 || sheet >= cells.length) {
      throw giveUp();
    }
    Object[][] rows = cells[sheet];
    Object[] r = row >= 0 && row < rows.length ? rows[row] : null;
    Object o = r != null && column >= 0 && column < r.length ? r[column] : null;
    if (o == null) {
      return BlankEval.instance;
    }
    if (o instanceof Formula f) {
      return value(f);
    }
    if (o instanceof XSSFCell x) {
      ValueEval v = constant(x);
      r[column] = v;
      return v;
    }
    if (o instanceof SheetCell k) {
      ValueEval v = constant(k);
      r[column] = v;
      return v;
    }
    return (ValueEval) o;
  }

  /** A value cell as POI's {@code WorkbookEvaluator.getValueFromNonFormulaCell} reads it. */
  private ValueEval constant(XSSFCell x) {
    return switch (x.getCellType()) {
      case NUMERIC -> new NumberEval(x.getNumericCellValue());
      case STRING -> new StringEval(x.getStringCellValue());
      case BOOLEAN -> BoolEval.valueOf(x.getBooleanCellValue());
      case BLANK -> BlankEval.instance;
      case ERROR -> ErrorEval.valueOf(x.getErrorCellValue());
      default -> throw giveUp();
    };
  }

  /** A kept value cell as POI would read the same cell written through it. */
  private ValueEval constant(SheetCell k) {
    return switch (k.kind) {
      case NUMBER -> new NumberEval(k.number);
      case TEXT -> new StringEval(k.text);
      case BLANK -> BlankEval.instance;
      case ERROR -> ErrorEval.valueOf(org.apache.poi.ss.usermodel.FormulaError.forString(k.text).getCode());
      case FORMULA -> throw giveUp();
    };
  }

  @Override
  public boolean isSubTotal(int sheet, int row, int column) {
    Object[][] rows = cells[sheet];
    Object[] r = row >= 0 && row < rows.length ? rows[row] : null;
    Object o = r != null && column >= 0 && column < r.length ? r[column] : null;
    if (o instanceof Formula f) {
      for (Ptg t : f.tokens) {
        if (t instanceof FuncVarPtg v && "SUBTOTAL".equals(v.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public boolean isRowHidden(int sheet, int row) {
    XSSFRow r = book.getSheetAt(sheet).getRow(row);
    return r != null && r.getZeroHeight();
  }

  /**
   * The formula's tokens run as {@code WorkbookEvaluator.evaluateFormula} runs them for a cell that is not
   * part of an array formula, then dereferenced to a single value as POI does.
   */
  private ValueEval run(Formula f) {
    Ptg[] tokens = f.tokens;
    int sheet = f.sheet;
    int row = f.row;
    int column = f.column;
    ValueEval[] stack = new ValueEval[tokens.length + 2];
    int sp = 0;
    for (int i = 0, n = tokens.length; i < n; i++) {
      Ptg ptg = tokens[i];
      if (ptg instanceof AttrPtg attr) {
        if (attr.isSum()) {
          ptg = FuncVarPtg.SUM;
        } else if (attr.isOptimizedIf()) {
          ValueEval arg0 = stack[--sp];
          boolean predicate;
          try {
            predicate = IfFunc.evaluateFirstArg(arg0, row, column);
          } catch (EvaluationException e) {
            stack[sp++] = e.getErrorEval();
            i += skipped(tokens, i, attr.getData());
            attr = (AttrPtg) tokens[i];
            i += skipped(tokens, i, attr.getData() + 1);
            continue;
          }
          if (!predicate) {
            i += skipped(tokens, i, attr.getData());
            Ptg next = tokens[i + 1];
            if (tokens[i] instanceof AttrPtg && next instanceof FuncVarPtg v
                && v.getFunctionIndex() == FunctionMetadataRegistry.FUNCTION_INDEX_IF) {
              stack[sp++] = arg0;
              stack[sp++] = BoolEval.FALSE;
            }
          }
          continue;
        } else if (attr.isSkip()) {
          i += skipped(tokens, i, attr.getData() + 1);
          if (stack[sp - 1] == MissingArgEval.instance) {
            stack[sp - 1] = BlankEval.instance;
          }
          continue;
        } else {
          throw giveUp();
        }
      }
      if (ptg instanceof ParenthesisPtg) {
        continue;
      }
      ValueEval result;
      if (ptg instanceof OperationPtg op) {
        int count = op.getNumberOfOperands();
        ValueEval[] ops = new ValueEval[count];
        boolean areaArg = false;
        for (int j = count - 1; j >= 0; j--) {
          ValueEval p = stack[--sp];
          ops[j] = p;
          areaArg |= p instanceof AreaEval;
        }
        result = operate(op, ops, areaArg && arrayModeAhead(tokens, i), sheet, row, column);
      } else {
        result = operand(ptg, sheet);
      }
      if (result == null) {
        throw giveUp();
      }
      stack[sp++] = result;
    }
    if (sp != 1) {
      throw giveUp();
    }
    return WorkbookEvaluator.dereferenceResult(stack[0], row, column);
  }

  /**
   * True when POI would evaluate an operation with an area operand in array mode: the next variable-argument
   * function token from here on is a function POI marks for it (INDEX).
   */
  private static boolean arrayModeAhead(Ptg[] tokens, int from) {
    for (int i = from; i < tokens.length; i++) {
      if (tokens[i] instanceof FuncVarPtg f) {
        return f.getFunctionIndex() != FunctionMetadataRegistry.FUNCTION_INDEX_EXTERNAL
            && InterpretedFunctions.function(f) instanceof ArrayMode;
      }
    }
    return false;
  }

  /** An operator or function applied as POI's {@code OperationEvaluatorFactory} applies it. */
  private ValueEval operate(OperationPtg op, ValueEval[] args, boolean arrayMode, int sheet, int row, int column) {
    Function fn;
    if (op instanceof AbstractFunctionPtg f) {
      if (f.getFunctionIndex() == FunctionMetadataRegistry.FUNCTION_INDEX_EXTERNAL) {
        return addIn(args, arrayMode, sheet, row, column);
      }
      fn = InterpretedFunctions.function(f);
    } else {
      fn = InterpretedFunctions.operator(op);
    }
    if (fn == null) {
      throw giveUp();
    }
    if (arrayMode && fn instanceof ArrayFunction a) {
      return a.evaluateArray(args, row, column);
    }
    return fn.evaluate(args, row, column);
  }

  /** An add-in function (its name first among {@code args}) as POI's {@code UserDefinedFunction} calls it. */
  private ValueEval addIn(ValueEval[] args, boolean arrayMode, int sheet, int row, int column) {
    if (args.length < 1 || !(args[0] instanceof FunctionNameEval name)
        || !InterpretedFunctions.ADD_INS.contains(name.getFunctionName())) {
      throw giveUp();
    }
    FreeRefFunction fn = parsed.getUDFFinder().findFunction(name.getFunctionName());
    if (fn == null) {
      throw giveUp();
    }
    // the functions read only the cell's position from the context (IFERROR, SUMIFS, COUNTIFS)
    OperationEvaluationContext ec = new OperationEvaluationContext(null, parsed, sheet, row, column, null);
    ec.setArrayMode(arrayMode);
    return fn.evaluate(Arrays.copyOfRange(args, 1, args.length), ec);
  }

  /** The value of an operand token, as POI's {@code WorkbookEvaluator.getEvalForPtg} gives it. */
  private ValueEval operand(Ptg ptg, int sheet) {
    if (ptg instanceof NamePtg n) {
      Ptg target = known.target(n);
      if (target == null) {
        throw giveUp();
      }
      return operand(target, sheet);
    }
    if (ptg instanceof NameXPxg n) {
      FunctionNameEval target = known.addIn(n);
      if (target == null) {
        throw giveUp();
      }
      return target;
    }
    if (ptg instanceof IntPtg p) {
      return new NumberEval(p.getValue());
    }
    if (ptg instanceof NumberPtg p) {
      return new NumberEval(p.getValue());
    }
    if (ptg instanceof StringPtg p) {
      return new StringEval(p.getValue());
    }
    if (ptg instanceof BoolPtg p) {
      return BoolEval.valueOf(p.getValue());
    }
    if (ptg instanceof ErrPtg p) {
      return ErrorEval.valueOf(p.getErrorCode());
    }
    if (ptg instanceof Ref3DPxg p) {
      return new InterpretedRefs.Ref(this, new InterpretedRefs.Sheet(known.sheetIndex(p.getSheetName())), p.getRow(),
          p.getColumn());
    }
    if (ptg instanceof Area3DPxg p) {
      return new InterpretedRefs.Area(this, new InterpretedRefs.Sheet(known.sheetIndex(p.getSheetName())),
          p.getFirstRow(), p.getFirstColumn(), p.getLastRow(), p.getLastColumn());
    }
    if (ptg.getClass() == RefPtg.class) {
      RefPtg p = (RefPtg) ptg;
      return new InterpretedRefs.Ref(this, new InterpretedRefs.Sheet(sheet), p.getRow(), p.getColumn());
    }
    if (ptg.getClass() == AreaPtg.class) {
      AreaPtg p = (AreaPtg) ptg;
      return new InterpretedRefs.Area(this, new InterpretedRefs.Sheet(sheet), p.getFirstRow(), p.getFirstColumn(),
          p.getLastRow(), p.getLastColumn());
    }
    throw giveUp();
  }

  /** As POI's {@code WorkbookEvaluator.countTokensToBeSkipped}: how many tokens a jump of so many bytes passes. */
  private static int skipped(Ptg[] tokens, int start, int distance) {
    int remaining = distance;
    int index = start;
    while (remaining != 0) {
      index++;
      if (index >= tokens.length) {
        throw new IllegalStateException("Skip distance too far (ran out of formula tokens).");
      }
      remaining -= tokens[index].getSize();
      if (remaining < 0) {
        throw new IllegalStateException("Bad skip distance (wrong token size calculation).");
      }
    }
    return index - start;
  }
}
