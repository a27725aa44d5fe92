package org.stptoolkit.reports.internal.workbook;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.eval.FunctionNameEval;
import org.apache.poi.ss.formula.function.FunctionMetadataRegistry;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtg;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.BoolPtg;
import org.apache.poi.ss.formula.ptg.ErrPtg;
import org.apache.poi.ss.formula.ptg.FuncPtg;
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

/**
 * Which formula tokens the {@link FormulaInterpreter} evaluates, and what the ones that depend on the
 * workbook stand for in one workbook: a defined name (only one naming a single cell or area of one of its
 * sheets), an add-in function called by name (IFERROR, SUMIFS, COUNTIFS, when no defined name is spelt like
 * it), a reference to another sheet (which must exist). Everything else (a union or range operator, an array
 * constant, a reference to another workbook or across sheets, a whole-column reference, a function not in
 * {@link InterpretedFunctions}) is unknown, and the workbook is left to POI.
 */
final class InterpretedTokens {

  private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private final Evaluation.ParsedOnce parsed;
  /** Sheet indexes by name as written in a reference. */
  private final Map<String, Integer> sheetIndexes = new HashMap<>();
  /** What each name or add-in token stands for in this workbook (a reference token, or a function name). */
  private final Map<Ptg, Object> resolved = new IdentityHashMap<>();
  /** Token arrays already checked. */
  private final Map<Ptg[], Boolean> checked = new IdentityHashMap<>();

  InterpretedTokens(Evaluation.ParsedOnce parsed) {
    this.parsed = parsed;
  }

  /** True when every token is one the interpreter evaluates as POI does, in this workbook. */
  boolean known(Ptg[] tokens) {
    Boolean known = checked.get(tokens);
    if (known != null) {
      return known;
    }
    boolean ok = true;
    for (Ptg t : tokens) {
      if (!supported(t)) {
        ok = false;
        break;
      }
    }
    checked.put(tokens, ok);
    return ok;
  }

  private boolean supported(Ptg t) {
    if (t instanceof AttrPtg a) {
      return a.isSum() || a.isOptimizedIf() || a.isSkip();
    }
    if (t instanceof AbstractFunctionPtg f) {
      if (!(t instanceof FuncPtg || t instanceof FuncVarPtg)) {
        return false;
      }
      return f.getFunctionIndex() == FunctionMetadataRegistry.FUNCTION_INDEX_EXTERNAL
          ? t instanceof FuncVarPtg : InterpretedFunctions.function(f) != null;
    }
    if (t instanceof OperationPtg) {
      return InterpretedFunctions.isOperator(t);
    }
    if (t instanceof NamePtg n) {
      return target(n) != null;
    }
    if (t instanceof NameXPxg n) {
      return addIn(n) != null;
    }
    if (t instanceof Ref3DPxg r) {
      return r.getExternalWorkbookNumber() <= 0 && r.getLastSheetName() == null && sheetIndex(r.getSheetName()) >= 0;
    }
    if (t instanceof Area3DPxg a) {
      return a.getExternalWorkbookNumber() <= 0 && a.getLastSheetName() == null && sheetIndex(a.getSheetName()) >= 0
          && a.getLastRow() < LAST_ROW;
    }
    if (t instanceof AreaPtg a) {
      return a.getClass() == AreaPtg.class && a.getLastRow() < LAST_ROW;
    }
    Class<?> c = t.getClass();
    return c == RefPtg.class || c == IntPtg.class || c == NumberPtg.class || c == StringPtg.class
        || c == BoolPtg.class || c == ErrPtg.class || c == ParenthesisPtg.class;
  }

  /** A defined name's single cell or area reference on one sheet of this workbook, or null. */
  Ptg target(NamePtg n) {
    if (resolved.containsKey(n)) {
      return (Ptg) resolved.get(n);
    }
    Ptg out = null;
    EvaluationName name = parsed.getName(n);
    if (name != null && !name.isFunctionName() && name.hasFormula()) {
      Ptg[] definition = name.getNameDefinition();
      if (definition.length == 1 && (definition[0] instanceof Ref3DPxg || definition[0] instanceof Area3DPxg)
          && supported(definition[0])) {
        out = definition[0];
      }
    }
    resolved.put(n, out);
    return out;
  }

  /** The add-in function an add-in token calls (IFERROR, SUMIFS, COUNTIFS), as POI names it, or null. */
  FunctionNameEval addIn(NameXPxg n) {
    if (resolved.containsKey(n)) {
      return (FunctionNameEval) resolved.get(n);
    }
    FunctionNameEval out = null;
    String name = n.getNameName();
    if (n.getSheetName() == null && n.getExternalWorkbookNumber() <= 0 && InterpretedFunctions.ADD_INS.contains(name)
        && parsed.getName(name, -1) == null && parsed.getUDFFinder().findFunction(name) != null) {
      out = new FunctionNameEval(name);
    }
    resolved.put(n, out);
    return out;
  }

  /** The index of the sheet of that name (as a reference spells it), or -1. */
  int sheetIndex(String name) {
    Integer i = sheetIndexes.get(name);
    if (i == null) {
      i = parsed.getSheetIndex(name);
      sheetIndexes.put(name, i);
    }
    return i;
  }
}
