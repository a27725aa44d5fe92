package org.stptoolkit.reports.internal.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.NameIdentifier;
import org.apache.poi.ss.formula.SheetIdentifier;
import org.apache.poi.ss.formula.function.FunctionMetadata;
import org.apache.poi.ss.formula.function.FunctionMetadataRegistry;
import org.apache.poi.ss.formula.ptg.AddPtg;
import org.apache.poi.ss.formula.ptg.AreaPtg;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.ConcatPtg;
import org.apache.poi.ss.formula.ptg.DividePtg;
import org.apache.poi.ss.formula.ptg.EqualPtg;
import org.apache.poi.ss.formula.ptg.FuncPtg;
import org.apache.poi.ss.formula.ptg.FuncVarPtg;
import org.apache.poi.ss.formula.ptg.GreaterEqualPtg;
import org.apache.poi.ss.formula.ptg.GreaterThanPtg;
import org.apache.poi.ss.formula.ptg.IntPtg;
import org.apache.poi.ss.formula.ptg.LessEqualPtg;
import org.apache.poi.ss.formula.ptg.LessThanPtg;
import org.apache.poi.ss.formula.ptg.MissingArgPtg;
import org.apache.poi.ss.formula.ptg.MultiplyPtg;
import org.apache.poi.ss.formula.ptg.NotEqualPtg;
import org.apache.poi.ss.formula.ptg.NumberPtg;
import org.apache.poi.ss.formula.ptg.ParenthesisPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.RefPtg;
import org.apache.poi.ss.formula.ptg.StringPtg;
import org.apache.poi.ss.formula.ptg.SubtractPtg;
import org.apache.poi.ss.formula.ptg.UnaryMinusPtg;
import org.apache.poi.ss.formula.ptg.UnaryPlusPtg;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * Parses a cell formula of the kind the toolkit writes into the tokens POI's {@code FormulaParser} gives for
 * it, in reverse Polish order, but for their operand classes (reference, value or array), which POI sets
 * and neither POI's evaluator nor the toolkit's interpreter ({@link FormulaInterpreter}) reads. Parsing the
 * ~2,800 formulas of a template with POI's parser was a sixth of a cold {@code stp template}'s main thread:
 * a general parser, with regular expressions, run cold.
 *
 * <p>It knows a small grammar: numbers, texts, cell and area references on the formula's sheet or on a quoted
 * sheet, defined names, the arithmetic, text and comparison operators, parentheses, and calls of POI's
 * built-in functions and of add-in functions POI knows (IFERROR, SUMIFS), with POI's encodings of IF (its
 * jumps) and of SUM with one argument. Anything else (white space outside a text or a sheet name, {@code ^},
 * {@code %}, a union, a whole column, an unquoted sheet name, an array constant, an error literal, a name of
 * other characters than letters, digits and underscores or one the workbook does not define, a function
 * called with a number of arguments POI refuses, any failure) makes {@link #parse} answer null, and the
 * caller has POI's parser parse the formula, as before. {@code FormulaTokensTest} holds the
 * tokens to POI's for every formula of templates nobody here wrote.
 */
final class FormulaTokens {

  /** Thrown (and caught in {@link #parse}) when the formula is left to POI's parser. */
  private static final class LeftToPoi extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LeftToPoi() {
      super(null, null, false, false);
    }
  }

  private static final LeftToPoi LEFT_TO_POI = new LeftToPoi();
  /** The byte size of IF's function token, which its jumps count. */
  private static final int FUNC_VAR_SIZE = 4;
  /** The byte size of a jump token. */
  private static final int ATTR_SIZE = 4;

  private final String text;
  private final FormulaParsingWorkbook book;
  private final int sheetIndex;
  private final List<Ptg> out = new ArrayList<>();
  private int pos;

  private FormulaTokens(String text, FormulaParsingWorkbook book, int sheetIndex) {
    this.text = text;
    this.book = book;
    this.sheetIndex = sheetIndex;
  }

  /**
   * The tokens of the cell formula {@code text} (without its "="), or null when this class leaves it to POI's
   * parser.
   *
   * @param text the formula
   * @param book the workbook it is parsed against (its names, sheets and add-in functions)
   * @param sheetIndex the index of the formula's sheet
   * @return the tokens, or null
   */
  static Ptg[] parse(String text, FormulaParsingWorkbook book, int sheetIndex) {
    FormulaTokens p = new FormulaTokens(text, book, sheetIndex);
    try {
      p.comparison();
      if (p.pos != text.length()) {
        return null;
      }
      return p.out.toArray(new Ptg[0]);
    } catch (RuntimeException | StackOverflowError e) {
      return null; // anything unexpected (a formula nested too deep, a name POI's lookup refuses): POI's parser
      // parses it, and meets any failure in its own words, as before
    }
  }

  private char look() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private static LeftToPoi leftToPoi() {
    return LEFT_TO_POI;
  }

  private void comparison() {
    concat();
    while (true) {
      char c = look();
      Ptg op;
      if (c == '=') {
        pos++;
        op = EqualPtg.instance;
      } else if (c == '>') {
        pos++;
        if (look() == '=') {
          pos++;
          op = GreaterEqualPtg.instance;
        } else {
          op = GreaterThanPtg.instance;
        }
      } else if (c == '<') {
        pos++;
        if (look() == '=') {
          pos++;
          op = LessEqualPtg.instance;
        } else if (look() == '>') {
          pos++;
          op = NotEqualPtg.instance;
        } else {
          op = LessThanPtg.instance;
        }
      } else {
        return;
      }
      concat();
      out.add(op);
    }
  }

  private void concat() {
    additive();
    while (look() == '&') {
      pos++;
      additive();
      out.add(ConcatPtg.instance);
    }
  }

  private void additive() {
    level(this::term, '+', AddPtg.instance, '-', SubtractPtg.instance);
  }

  private void term() {
    level(this::factor, '*', MultiplyPtg.instance, '/', DividePtg.instance);
  }

  /** Operands of one level of precedence joined by its two operators, left to right. */
  private void level(Runnable operand, char first, Ptg firstOperator, char second, Ptg secondOperator) {
    operand.run();
    while (true) {
      char c = look();
      if (c != first && c != second) {
        return;
      }
      pos++;
      operand.run();
      out.add(c == first ? firstOperator : secondOperator);
    }
  }

  /** A factor, then a check that no power or percent operator follows (those are left to POI). */
  private void factor() {
    simpleFactor();
    char c = look();
    if (c == '^' || c == '%') {
      throw leftToPoi();
    }
  }

  private void simpleFactor() {
    char c = look();
    if (c == '-' || c == '+') {
      pos++;
      unary(c == '+');
    } else if (c == '(') {
      pos++;
      comparison();
      expect(')');
      out.add(ParenthesisPtg.instance);
    } else if (c == '"') {
      String s = stringLiteral();
      if (s.length() > 255) {
        throw leftToPoi();
      }
      out.add(new StringPtg(s));
    } else if (c == '\'') {
      sheetReference();
    } else if (c >= '0' && c <= '9') {
      number();
    } else if (Character.isLetter(c) || c == '_' || c == '\\' || c == '$') {
      identifier();
    } else {
      throw leftToPoi();
    }
  }

  /** A sign, then its factor: a number directly after a minus is one negative number, as POI makes it. */
  private void unary(boolean plus) {
    char c = look();
    boolean numberFollows = (c >= '0' && c <= '9') || c == '.';
    int before = out.size();
    factor();
    if (numberFollows && out.size() == before + 1) {
      Ptg t = out.get(before);
      if (t instanceof NumberPtg n) {
        if (!plus) {
          out.set(before, new NumberPtg(-n.getValue()));
        }
        return;
      }
      if (t instanceof IntPtg n) {
        if (!plus) {
          out.set(before, new NumberPtg(-n.getValue()));
        }
        return;
      }
    }
    out.add(plus ? UnaryPlusPtg.instance : UnaryMinusPtg.instance);
  }

  private void expect(char c) {
    if (look() != c) {
      throw leftToPoi();
    }
    pos++;
  }

  private String stringLiteral() {
    return quoted('"');
  }

  /** What stands between an opening {@code quote} and its closing one, a doubled one standing for one. */
  private String quoted(char quote) {
    pos++; // the opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw leftToPoi();
      }
      char c = text.charAt(pos++);
      if (c == quote) {
        if (look() != quote) {
          return sb.toString();
        }
        pos++;
      }
      sb.append(c);
    }
  }

  /** Digits, as POI makes them: a whole number up to 65,535 as an integer token, any other as a number. */
  private void number() {
    int start = pos;
    while (look() >= '0' && look() <= '9') {
      pos++;
    }
    boolean whole = true;
    if (look() == '.') {
      whole = false;
      pos++;
      int fraction = pos;
      while (look() >= '0' && look() <= '9') {
        pos++;
      }
      if (pos == fraction) {
        throw leftToPoi();
      }
    }
    char c = look();
    if (c == 'E' || c == 'e' || c == ':' || c == '$' || Character.isLetter(c) || c == '_' || c == '.') {
      throw leftToPoi(); // an exponent, a row range, a name starting with digits: left to POI
    }
    String digits = text.substring(start, pos);
    if (whole) {
      try {
        int v = Integer.parseInt(digits);
        if (IntPtg.isInRange(v)) {
          out.add(new IntPtg(v));
          return;
        }
      } catch (NumberFormatException e) {
        // too long for an int: a number, as POI makes it
      }
    }
    out.add(new NumberPtg(digits));
  }

  /** {@code 'Sheet'!A1} or {@code 'Sheet'!A1:B2}. */
  private void sheetReference() {
    String name = quoted('\'');
    expect('!');
    SheetIdentifier sheet = new SheetIdentifier(null, new NameIdentifier(name, true));
    String first = run();
    CellReference a = cell(first);
    if (look() == ':') {
      pos++;
      CellReference b = cell(run());
      out.add(book.get3DReferencePtg(new AreaReference(a, b, SpreadsheetVersion.EXCEL2007), sheet));
    } else {
      out.add(book.get3DReferencePtg(a, sheet));
    }
  }

  /** The run of characters POI reads as one name or reference part here. */
  private String run() {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$' || c == '\\' || c == '?') {
        pos++;
      } else {
        break;
      }
    }
    return text.substring(start, pos);
  }

  /**
   * A cell reference such as {@code $AB$12}, in capitals, within Excel 2007's grid; anything else is left to
   * POI (a name that looks like a cell, a whole column or row, a reference beyond the grid).
   */
  private static CellReference cell(String s) {
    int[] shape = cellShape(s);
    if (shape == null || shape[1] - shape[0] > 3 || shape[3] - shape[2] > 7 || s.charAt(shape[2]) == '0') {
      throw leftToPoi();
    }
    for (int i = shape[0]; i < shape[1]; i++) {
      if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
        throw leftToPoi();
      }
    }
    CellReference ref = new CellReference(s);
    if (ref.getCol() >= SpreadsheetVersion.EXCEL2007.getMaxColumns()
        || ref.getRow() >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
      throw leftToPoi();
    }
    return ref;
  }

  /**
   * Where the letters and the digits of {@code s} are ({from, to, from, to}) when it is letters then digits,
   * either maybe after a {@code $}, as POI reads a cell reference; else null.
   */
  private static int[] cellShape(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && s.charAt(i) == '$') {
      i++;
    }
    int letters = i;
    while (i < n && Character.isLetter(s.charAt(i))) {
      i++;
    }
    int lettersEnd = i;
    if (i < n && s.charAt(i) == '$') {
      i++;
    }
    int digits = i;
    while (i < n && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i == n && lettersEnd > letters && i > digits ? new int[] {letters, lettersEnd, digits, i} : null;
  }

  /** A function call, a cell or area reference on this sheet, or a defined name. */
  private void identifier() {
    String name = run();
    char next = look();
    if (next == '(') {
      function(name);
      return;
    }
    if (next == '!' || next == '[' || name.isEmpty()) {
      throw leftToPoi();
    }
    if (cellShape(name) != null) {
      CellReference a = cell(name);
      if (FunctionMetadataRegistry.getFunctionByName(name.toUpperCase(Locale.ROOT)) != null) {
        throw leftToPoi(); // a function's name used as a reference (LOG10): left to POI's rule
      }
      if (look() == ':') {
        pos++;
        CellReference b = cell(run());
        out.add(new AreaPtg(new AreaReference(a, b, SpreadsheetVersion.EXCEL2007)));
      } else {
        out.add(new RefPtg(a));
      }
      return;
    }
    if (!plainName(name) || name.equalsIgnoreCase("TRUE") || name.equalsIgnoreCase("FALSE")) {
      throw leftToPoi(); // a name with a dot POI reads as a range, or with other characters: left to POI
    }
    EvaluationName defined = book.getName(name, sheetIndex);
    if (defined == null || !defined.isRange()) {
      throw leftToPoi();
    }
    out.add(defined.createPtg());
  }

  /** A name of ASCII letters, digits and underscores, not starting with a digit. */
  private static boolean plainName(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private void function(String name) {
    pos++; // the opening parenthesis
    String upper = name.toUpperCase(Locale.ROOT);
    FunctionMetadata fm = FunctionMetadataRegistry.getFunctionByName(upper);
    Ptg addIn = null;
    if (fm == null) {
      // an add-in function POI knows (IFERROR, SUMIFS): its name token is its first operand
      if (book.getName(name, sheetIndex) != null) {
        throw leftToPoi();
      }
      addIn = book.getNameXPtg(name, null);
      if (addIn == null) {
        throw leftToPoi();
      }
      out.add(addIn);
    }
    boolean isIf = fm != null && fm.getIndex() == FunctionMetadataRegistry.FUNCTION_INDEX_IF;
    int args = 0;
    int[] jumps = new int[3];
    if (look() != ')') {
      while (true) {
        if (isIf && args > 0) {
          if (args > 2) {
            throw leftToPoi(); // IF takes at most three arguments: POI refuses more, in its own words
          }
          jumps[args - 1] = out.size();
          out.add(null); // the jump before this argument, set once the arguments' sizes are known
        }
        char c = look();
        if (c == ',' || c == ')') {
          out.add(MissingArgPtg.instance);
        } else {
          comparison();
        }
        args++;
        if (look() == ')') {
          break;
        }
        expect(',');
      }
    }
    pos++; // the closing parenthesis
    if (fm == null) {
      out.add(FuncVarPtg.create(name, args + 1));
      return;
    }
    if (fm.getIndex() == FunctionMetadataRegistry.FUNCTION_INDEX_SUM && args == 1) {
      out.add(AttrPtg.getSumSingle());
      return;
    }
    if (args < fm.getMinParams() || args > maxArgs(fm)) {
      throw leftToPoi(); // POI refuses it, in its own words
    }
    if (isIf) {
      ifJumps(jumps, args);
    }
    out.add(fm.hasFixedArgsLength() ? FuncPtg.create(fm.getIndex()) : FuncVarPtg.create(name, args));
  }

  private static int maxArgs(FunctionMetadata fm) {
    return fm.hasUnlimitedVarags() ? SpreadsheetVersion.EXCEL2007.getMaxFunctionArgs() : fm.getMaxParams();
  }

  /**
   * IF's jumps, as POI encodes them: after the condition, the distance to the false argument (or to the
   * function); after the true argument, one less than the distance to the end of the function; after the
   * false argument, one less than the size of the function token.
   */
  private void ifJumps(int[] jumps, int args) {
    int afterCondition = jumps[0];
    if (args == 2) {
      int afterTrue = out.size();
      out.add(null);
      out.set(afterCondition, AttrPtg.createIf(sizes(afterCondition + 1, afterTrue) + ATTR_SIZE));
      out.set(afterTrue, AttrPtg.createSkip(FUNC_VAR_SIZE - 1));
      return;
    }
    int afterTrue = jumps[1];
    int afterFalse = out.size();
    out.add(null);
    out.set(afterCondition, AttrPtg.createIf(sizes(afterCondition + 1, afterTrue) + ATTR_SIZE));
    out.set(afterTrue, AttrPtg.createSkip(sizes(afterTrue + 1, afterFalse) + ATTR_SIZE + FUNC_VAR_SIZE - 1));
    out.set(afterFalse, AttrPtg.createSkip(FUNC_VAR_SIZE - 1));
  }

  private int sizes(int from, int to) {
    int sum = 0;
    for (int i = from; i < to; i++) {
      sum += out.get(i).getSize();
    }
    return sum;
  }
}
