package org.stptoolkit.reports.internal.workbook;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.formula.eval.ConcatEval;
import org.apache.poi.ss.formula.function.FunctionMetadataRegistry;
import org.apache.poi.ss.formula.eval.PercentEval;
import org.apache.poi.ss.formula.eval.RelationalOperationEval;
import org.apache.poi.ss.formula.eval.TwoOperandNumericOperation;
import org.apache.poi.ss.formula.eval.UnaryMinusEval;
import org.apache.poi.ss.formula.eval.UnaryPlusEval;
import org.apache.poi.ss.formula.functions.AggregateFunction;
import org.apache.poi.ss.formula.functions.BooleanFunction;
import org.apache.poi.ss.formula.functions.Count;
import org.apache.poi.ss.formula.functions.Countblank;
import org.apache.poi.ss.formula.functions.Countif;
import org.apache.poi.ss.formula.functions.Function;
import org.apache.poi.ss.formula.functions.IfFunc;
import org.apache.poi.ss.formula.functions.Index;
import org.apache.poi.ss.formula.functions.LogicalFunction;
import org.apache.poi.ss.formula.functions.Match;
import org.apache.poi.ss.formula.functions.NumericFunction;
import org.apache.poi.ss.formula.functions.Rows;
import org.apache.poi.ss.formula.functions.Substitute;
import org.apache.poi.ss.formula.functions.Sumif;
import org.apache.poi.ss.formula.functions.Sumproduct;
import org.apache.poi.ss.formula.functions.TextFunction;
import org.apache.poi.ss.formula.functions.Value;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.AddPtg;
import org.apache.poi.ss.formula.ptg.ConcatPtg;
import org.apache.poi.ss.formula.ptg.DividePtg;
import org.apache.poi.ss.formula.ptg.EqualPtg;
import org.apache.poi.ss.formula.ptg.GreaterEqualPtg;
import org.apache.poi.ss.formula.ptg.GreaterThanPtg;
import org.apache.poi.ss.formula.ptg.LessEqualPtg;
import org.apache.poi.ss.formula.ptg.LessThanPtg;
import org.apache.poi.ss.formula.ptg.MultiplyPtg;
import org.apache.poi.ss.formula.ptg.NotEqualPtg;
import org.apache.poi.ss.formula.ptg.OperationPtg;
import org.apache.poi.ss.formula.ptg.PercentPtg;
import org.apache.poi.ss.formula.ptg.PowerPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.SubtractPtg;
import org.apache.poi.ss.formula.ptg.UnaryMinusPtg;
import org.apache.poi.ss.formula.ptg.UnaryPlusPtg;

/**
 * The functions and operators the {@link FormulaInterpreter} evaluates: POI's own implementations, the very
 * objects (or objects of the very classes) POI's {@code FunctionEval} and {@code OperationEvaluatorFactory}
 * use for them, taken here one by one instead of through POI's table of all ~300 functions. A function not
 * listed here makes the interpreter leave the whole workbook to POI's evaluator.
 */
final class InterpretedFunctions {

  private InterpretedFunctions() {}

  /** More than the largest index of a built-in function (COUNTBLANK is 347; 255 calls an add-in by name). */
  private static final int FUNCTION_INDEXES = 1024;

  /** Built-in functions by name (the name POI's function metadata gives a function token). */
  private static final Map<String, Function> BY_NAME = new HashMap<>();

  /** Operators by token class. */
  private static final Map<Class<?>, Function> BY_OPERATOR = new HashMap<>();

  /** Functions POI calls by name through its add-in finder (the Analysis ToolPak): IFERROR, SUMIFS, COUNTIFS. */
  static final Set<String> ADD_INS = Set.of("IFERROR", "SUMIFS", "COUNTIFS");

  static {
    BY_NAME.put("IF", new IfFunc());
    BY_NAME.put("AND", BooleanFunction.AND);
    BY_NAME.put("OR", BooleanFunction.OR);
    BY_NAME.put("ISNUMBER", LogicalFunction.ISNUMBER);
    BY_NAME.put("ISBLANK", LogicalFunction.ISBLANK);
    BY_NAME.put("FIND", TextFunction.FIND);
    BY_NAME.put("LEN", TextFunction.LEN);
    BY_NAME.put("LEFT", TextFunction.LEFT);
    BY_NAME.put("MID", TextFunction.MID);
    BY_NAME.put("LOWER", TextFunction.LOWER);
    BY_NAME.put("VALUE", new Value());
    BY_NAME.put("SUBSTITUTE", new Substitute());
    BY_NAME.put("MATCH", new Match());
    BY_NAME.put("INDEX", new Index());
    BY_NAME.put("ROWS", new Rows());
    BY_NAME.put("SUM", AggregateFunction.SUM);
    BY_NAME.put("MIN", AggregateFunction.MIN);
    BY_NAME.put("MAX", AggregateFunction.MAX);
    BY_NAME.put("SUMPRODUCT", new Sumproduct());
    BY_NAME.put("SUMIF", new Sumif());
    BY_NAME.put("COUNT", new Count());
    BY_NAME.put("COUNTIF", new Countif());
    BY_NAME.put("COUNTBLANK", new Countblank());
    BY_NAME.put("ABS", NumericFunction.ABS);

    BY_OPERATOR.put(AddPtg.class, TwoOperandNumericOperation.AddEval);
    BY_OPERATOR.put(SubtractPtg.class, TwoOperandNumericOperation.SubtractEval);
    BY_OPERATOR.put(MultiplyPtg.class, TwoOperandNumericOperation.MultiplyEval);
    BY_OPERATOR.put(DividePtg.class, TwoOperandNumericOperation.DivideEval);
    BY_OPERATOR.put(PowerPtg.class, TwoOperandNumericOperation.PowerEval);
    BY_OPERATOR.put(ConcatPtg.class, ConcatEval.instance);
    BY_OPERATOR.put(EqualPtg.class, RelationalOperationEval.EqualEval);
    BY_OPERATOR.put(NotEqualPtg.class, RelationalOperationEval.NotEqualEval);
    BY_OPERATOR.put(LessThanPtg.class, RelationalOperationEval.LessThanEval);
    BY_OPERATOR.put(LessEqualPtg.class, RelationalOperationEval.LessEqualEval);
    BY_OPERATOR.put(GreaterThanPtg.class, RelationalOperationEval.GreaterThanEval);
    BY_OPERATOR.put(GreaterEqualPtg.class, RelationalOperationEval.GreaterEqualEval);
    BY_OPERATOR.put(UnaryMinusPtg.class, UnaryMinusEval.instance);
    BY_OPERATOR.put(UnaryPlusPtg.class, UnaryPlusEval.instance);
    BY_OPERATOR.put(PercentPtg.class, PercentEval.instance);
  }

  /** The built-in functions by POI's function index (the index a function token holds). */
  private static final Function[] BY_INDEX = new Function[FUNCTION_INDEXES];

  static {
    for (Map.Entry<String, Function> e : BY_NAME.entrySet()) {
      BY_INDEX[FunctionMetadataRegistry.lookupIndexByName(e.getKey())] = e.getValue();
    }
  }

  /** The built-in function of that name, or null when the interpreter does not evaluate it. */
  static Function function(String name) {
    return BY_NAME.get(name);
  }

  /**
   * The built-in function a function token calls, or null when the interpreter does not evaluate it (or
   * the token calls an add-in function by name).
   */
  static Function function(AbstractFunctionPtg token) {
    int index = token.getFunctionIndex();
    return index >= 0 && index < FUNCTION_INDEXES && index != FunctionMetadataRegistry.FUNCTION_INDEX_EXTERNAL
        ? BY_INDEX[index] : null;
  }

  /** The operators by token id, as POI's {@code OperationEvaluatorFactory} finds them. */
  private static final Function[] BY_SID = new Function[0x20];

  static {
    for (Map.Entry<Class<?>, Function> e : BY_OPERATOR.entrySet()) {
      try {
        BY_SID[((Ptg) e.getKey().getField("instance").get(null)).getSid()] = e.getValue();
      } catch (ReflectiveOperationException x) {
        throw new IllegalStateException(x);
      }
    }
  }

  /** True when the token is an operator the interpreter evaluates. */
  static boolean isOperator(Ptg token) {
    return BY_OPERATOR.containsKey(token.getClass());
  }

  /**
   * The operator a token the interpreter has checked ({@link #isOperator}) stands for, found by the token's
   * id as POI finds it.
   */
  static Function operator(OperationPtg token) {
    return BY_SID[token.getSid()];
  }

  /** The names of the built-in functions evaluated (for the tests). */
  static Set<String> functionNames() {
    return Set.copyOf(BY_NAME.keySet());
  }

  /** The operator token classes evaluated (for the tests). */
  static Set<Class<?>> operatorClasses() {
    return Set.copyOf(BY_OPERATOR.keySet());
  }
}
