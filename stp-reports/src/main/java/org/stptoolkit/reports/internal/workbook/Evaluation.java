package org.stptoolkit.reports.internal.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.atp.AnalysisToolPak;
import org.apache.poi.ss.formula.ptg.AddPtg;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaErrPtg;
import org.apache.poi.ss.formula.ptg.AreaPtg;
import org.apache.poi.ss.formula.ptg.AttrPtg;
import org.apache.poi.ss.formula.ptg.BoolPtg;
import org.apache.poi.ss.formula.ptg.ConcatPtg;
import org.apache.poi.ss.formula.ptg.DividePtg;
import org.apache.poi.ss.formula.ptg.EqualPtg;
import org.apache.poi.ss.formula.ptg.ErrPtg;
import org.apache.poi.ss.formula.ptg.FuncPtg;
import org.apache.poi.ss.formula.ptg.FuncVarPtg;
import org.apache.poi.ss.formula.ptg.GreaterEqualPtg;
import org.apache.poi.ss.formula.ptg.GreaterThanPtg;
import org.apache.poi.ss.formula.ptg.IntPtg;
import org.apache.poi.ss.formula.ptg.IntersectionPtg;
import org.apache.poi.ss.formula.ptg.LessEqualPtg;
import org.apache.poi.ss.formula.ptg.LessThanPtg;
import org.apache.poi.ss.formula.ptg.MemAreaPtg;
import org.apache.poi.ss.formula.ptg.MemFuncPtg;
import org.apache.poi.ss.formula.ptg.MissingArgPtg;
import org.apache.poi.ss.formula.ptg.MultiplyPtg;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.NotEqualPtg;
import org.apache.poi.ss.formula.ptg.NumberPtg;
import org.apache.poi.ss.formula.ptg.ParenthesisPtg;
import org.apache.poi.ss.formula.ptg.PercentPtg;
import org.apache.poi.ss.formula.ptg.PowerPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.RangePtg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefErrorPtg;
import org.apache.poi.ss.formula.ptg.RefPtg;
import org.apache.poi.ss.formula.ptg.StringPtg;
import org.apache.poi.ss.formula.ptg.SubtractPtg;
import org.apache.poi.ss.formula.ptg.UnaryMinusPtg;
import org.apache.poi.ss.formula.ptg.UnaryPlusPtg;
import org.apache.poi.ss.formula.ptg.UnionPtg;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaParsingWorkbook;
import org.apache.poi.ss.formula.FormulaType;
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
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's formula evaluation with each formula parsed once. {@code XSSFFormulaEvaluator} parses a cell's
 * formula text twice for every evaluation (once to compute it, once more to look for links to other
 * workbooks), and the parser was the largest single cost of writing a template (a quarter of
 * {@code stp national}'s CPU). Here the parsed tokens are kept per cell for the life of one evaluator; the
 * evaluation itself is POI's {@link WorkbookEvaluator}, unchanged, so the values are POI's to the bit. A
 * formula is parsed by the toolkit's own parser where it knows the formula ({@link FormulaTokens}: POI's
 * tokens but for their operand classes, which no evaluator reads), else by POI's.
 *
 * <p>{@link #evaluateAll} (and an evaluator's {@code evaluateAll}) first offers the workbook to the toolkit's
 * own {@link FormulaInterpreter}, which computes every formula with POI's functions on the same tokens
 * without POI's evaluator (in about half its time); it takes only a workbook all of whose formulas it knows
 * to the token, else POI evaluates it as before. After it, the evaluator answers from the values it stored.
 *
 * <p>For a workbook whose formulas and defined names do not change while it is evaluated (the toolkit's
 * writers evaluate a finished workbook once, just before saving it; a changed formula is taken up once the
 * evaluator is told, {@code notifySetFormula}). Not thread-safe: one evaluator per workbook and thread.
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
   * Evaluates every formula cell of {@code wb} with the toolkit's own interpreter ({@link FormulaInterpreter})
   * only, never with POI's evaluator: for the tests that hold the interpreter to POI's results, and that the
   * toolkit's workbooks take its path.
   *
   * @param wb the workbook
   * @return true when every formula cell's value was computed and stored; false when the interpreter left
   *     the workbook to POI (nothing stored)
   */
  public static boolean interpretAll(XSSFWorkbook wb) {
    return new Evaluator(wb).interpretAll();
  }

  /**
   * Evaluates every formula of {@code wb}, whose sheets keep their cells ({@link StreamedSheet}), with the
   * toolkit's interpreter, storing each value in its cell as POI's evaluator would; or stores nothing and
   * answers false when the interpreter leaves the workbook to POI (its cells must then be copied into POI's,
   * {@link StreamedSheet#materialize}, and evaluated by {@link #evaluator}).
   *
   * @param wb the workbook, every sheet a {@link StreamedSheet}
   * @return whether every formula's value was computed and stored
   */
  public static boolean interpretKept(XSSFWorkbook wb) {
    return FormulaInterpreter.evaluateKept(wb, new ParsedOnce(wb));
  }

  /** Why {@link #interpretAll} leaves {@code wb} to POI, or null when it does not (for the tests). */
  static String reasonLeftToPoi(XSSFWorkbook wb) {
    return FormulaInterpreter.reasonLeftToPoi(wb, new ParsedOnce(wb));
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
    /**
     * Every formula cell's value when {@link #evaluateAll} was the interpreter's (what POI's evaluator would
     * have cached), until a cell is said to have changed; else null.
     */
    private Map<XSSFCell, CellValue> interpreted;

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
      // the kept evaluation cell for it, through its evaluation sheet (which keeps one per cell)
      return parsed.getSheet(book.getSheetIndex(cell.getSheet())).getCell(cell.getRowIndex(),
          cell.getColumnIndex());
    }

    @Override
    public void evaluateAll() {
      // the toolkit's interpreter when it knows every formula of the workbook, else POI's evaluator
      if (!interpretAll()) {
        evaluateAllFormulaCells(book, this);
      }
    }

    /** Every formula cell evaluated and stored by the interpreter; false when it leaves the workbook to POI. */
    boolean interpretAll() {
      Map<XSSFCell, CellValue> values = FormulaInterpreter.evaluate(book, parsed);
      if (values == null) {
        return false;
      }
      // stored as POI's evaluateFormulaCell stores each value
      values.forEach(this::setCellValue);
      interpreted = values;
      return true;
    }

    @Override
    protected CellValue evaluateFormulaCellValue(Cell cell) {
      CellValue v = interpreted == null ? null : interpreted.get(cell);
      return v != null ? v : super.evaluateFormulaCellValue(cell);
    }

    @Override
    public void clearAllCachedResultValues() {
      interpreted = null;
      super.clearAllCachedResultValues();
    }

    @Override
    public void notifySetFormula(Cell cell) {
      notifyUpdateCell(cell);
    }

    @Override
    public void notifyDeleteCell(Cell cell) {
      interpreted = null;
      parsed.forget(cell);
      EvaluationCell e = toEvaluationCell(cell);
      forgetValue(e);
      _bookEvaluator.notifyDeleteCell(e);
    }

    @Override
    public void notifyUpdateCell(Cell cell) {
      interpreted = null;
      parsed.forget(cell);
      EvaluationCell e = toEvaluationCell(cell);
      forgetValue(e);
      _bookEvaluator.notifyUpdateCell(e);
    }

    private static void forgetValue(EvaluationCell e) {
      if (e instanceof KeptCell k) {
        k.forget();
      }
    }
  }

  /**
   * Parsed formulas shared by every workbook of the JVM, by formula text: the toolkit writes the same
   * formulas into many templates (the 44 footprints of a national run hold 121,000 formula cells and 14,500
   * different formulas), and parsing was a quarter of writing each. Only formulas whose tokens mean the
   * same in any workbook are kept ({@link #sameInEveryWorkbook}): cell and area references (with or without
   * a sheet name, in this workbook), constants, operators and functions, including the functions POI
   * evaluates as add-ins by name (SUMIFS, COUNTIFS), used again only in a workbook that has no defined name
   * of the same spelling (where POI would have parsed the name instead), and defined names (whose token
   * holds the name's index: used again only in a workbook with the same name, defined once and for the
   * whole workbook, at the same index). A formula naming another workbook or a table is parsed for each
   * workbook as before. Tokens are only read during evaluation, so one array serves every thread.
   */
  private static final ConcurrentHashMap<String, Shared> SHARED = new ConcurrentHashMap<>();

  /**
   * A shared parse: its tokens, the add-in functions it calls by name, and the defined names it refers to
   * (each name token's index, with the name's spelling in the workbook first parsed).
   */
  private record Shared(Ptg[] tokens, List<String> functions, Map<Integer, String> names) {}

  /** At most this many shared parses (a few megabytes); beyond it formulas are parsed per workbook. */
  private static final int SHARED_LIMIT = 50_000;

  /** The token classes whose meaning does not depend on the workbook they were parsed for. */
  private static final Set<Class<?>> PORTABLE = Set.of(RefPtg.class, AreaPtg.class, RefErrorPtg.class,
      AreaErrPtg.class, IntPtg.class, NumberPtg.class, StringPtg.class, BoolPtg.class, ErrPtg.class,
      MissingArgPtg.class, FuncPtg.class, FuncVarPtg.class, AttrPtg.class, ParenthesisPtg.class,
      MemFuncPtg.class, MemAreaPtg.class, UnionPtg.class, RangePtg.class, IntersectionPtg.class,
      AddPtg.class, SubtractPtg.class, MultiplyPtg.class, DividePtg.class, PowerPtg.class, ConcatPtg.class,
      EqualPtg.class, NotEqualPtg.class, LessThanPtg.class, LessEqualPtg.class, GreaterThanPtg.class,
      GreaterEqualPtg.class, UnaryPlusPtg.class, UnaryMinusPtg.class, PercentPtg.class);

  /**
   * The formula text of a plain formula cell of an .xlsx (what POI parses for it), or null for anything
   * else: a shared or array formula, whose text POI derives from another cell.
   */
  private static String plainFormula(EvaluationCell cell) {
    // an .xlsx evaluation cell's identity is its XSSFCell
    if (!(cell.getIdentityKey() instanceof XSSFCell x)) {
      return null;
    }
    CTCellFormula f = x.getCTCell().getF();
    if (f == null || f.getT() != STCellFormulaType.NORMAL) {
      return null;
    }
    String text = f.getStringValue();
    // a structured reference ("Table1[[#This Row],[x]]") is parsed against the cell's row
    return text == null || text.indexOf('[') >= 0 ? null : text;
  }

  /**
   * True when every token means the same whichever workbook parses the same text, given the same defined
   * names at the same indexes and no defined name spelt like an add-in function it calls.
   */
  static boolean sameInEveryWorkbook(Ptg[] tokens) {
    for (Ptg t : tokens) {
      if (t instanceof Ref3DPxg r ? r.getExternalWorkbookNumber() > 0
          : t instanceof Area3DPxg a ? a.getExternalWorkbookNumber() > 0
          : t instanceof NameXPxg n ? !addIn(n)
          : !(t instanceof NamePtg) && !PORTABLE.contains(t.getClass())) {
        return false;
      }
    }
    return true;
  }

  /** True for a call of an add-in function by name (SUMIFS), which POI resolves by its name when evaluating. */
  private static boolean addIn(NameXPxg n) {
    return n.getSheetName() == null && n.getExternalWorkbookNumber() <= 0
        && AnalysisToolPak.instance.findFunction(n.getNameName()) != null;
  }

  /** The add-in functions {@code tokens} call by name. */
  private static List<String> functions(Ptg[] tokens) {
    List<String> out = new ArrayList<>();
    for (Ptg t : tokens) {
      if (t instanceof NameXPxg n) {
        out.add(n.getNameName());
      }
    }
    return List.copyOf(out);
  }

  /**
   * POI's evaluation workbook ({@link XSSFEvaluationWorkbook}), every call passed on, except that each
   * cell's parsed formula is kept (and a plain formula's parse shared between workbooks).
   */
  static final class ParsedOnce implements EvaluationWorkbook, FormulaParsingWorkbook {
    private final XSSFEvaluationWorkbook poi;
    private final Map<Object, Ptg[]> tokens = new IdentityHashMap<>();

    private final XSSFWorkbook book;
    /** See {@link #singleNames()}; null until first asked. */
    private Map<Integer, String> singleNames;
    /** The sheets as evaluated, by index ({@link KeptSheet}). */
    private final Map<Integer, KeptSheet> sheets = new HashMap<>();
    /** Defined names as evaluated, by index, each definition parsed once ({@link KeptName}). */
    private final Map<Integer, EvaluationName> namesByIndex = new HashMap<>();

    ParsedOnce(XSSFWorkbook book) {
      this.book = book;
      poi = XSSFEvaluationWorkbook.create(book);
    }

    /** Names looked up, by spelling: of the whole workbook, and by sheet index. */
    private final Map<String, EvaluationName> bookNames = new HashMap<>();
    private final Map<Integer, Map<String, EvaluationName>> sheetNames = new HashMap<>();

    void forget(Cell cell) {
      tokens.remove(cell);
    }

    @Override
    public Ptg[] getFormulaTokens(EvaluationCell cell) {
      Object key = cell.getIdentityKey();
      Ptg[] t = tokens.get(key);
      if (t == null) {
        t = parse(cell);
        tokens.put(key, t);
      }
      return t;
    }

    /**
     * The cell's tokens: from the shared parses when its formula is a plain one (not part of a shared or
     * array formula) that another workbook has already parsed, else parsed by POI.
     */
    private Ptg[] parse(EvaluationCell cell) {
      String text = plainFormula(cell);
      if (text == null) {
        return poi.getFormulaTokens(cell instanceof KeptCell k ? k.poi : cell);
      }
      XSSFCell x = (XSSFCell) cell.getIdentityKey();
      return parsePlain(book.getSheetIndex(x.getSheet()), x.getRowIndex(), text);
    }

    /**
     * The tokens of a plain formula cell ({@code text}, the cell's formula, not part of a shared or array
     * formula), kept for the cell as {@link #getFormulaTokens} keeps them.
     */
    Ptg[] plainFormulaTokens(Object cell, int sheetIndex, int row, String text) {
      Ptg[] t = tokens.get(cell);
      if (t == null) {
        t = parsePlain(sheetIndex, row, text);
        tokens.put(cell, t);
      }
      return t;
    }

    private Ptg[] parsePlain(int sheetIndex, int row, String text) {
      Shared shared = SHARED.get(text);
      if (shared != null && noNameCalled(shared.functions()) && sameNames(shared.names())) {
        return shared.tokens();
      }
      // parsed by the toolkit's parser where it knows the formula (the same tokens, FormulaTokens), else as
      // POI's evaluation workbook parses it (getFormulaTokens); either way with this workbook's kept name
      // lookups: POI reads every defined name's XML for each name in the formula
      Ptg[] t = FormulaTokens.parse(text, this, sheetIndex);
      if (t == null) {
        t = FormulaParser.parse(text, this, FormulaType.CELL, sheetIndex, row);
      }
      if (shared == null && SHARED.size() < SHARED_LIMIT && sameInEveryWorkbook(t)) {
        List<String> called = functions(t);
        Map<Integer, String> names = new HashMap<>();
        boolean single = true;
        for (Ptg p : t) {
          if (p instanceof NamePtg n) {
            String spelling = singleNames().get(n.getIndex());
            single &= spelling != null;
            names.put(n.getIndex(), spelling);
          }
        }
        if (single && noNameCalled(called)) {
          SHARED.putIfAbsent(text, new Shared(t, called, Map.copyOf(names)));
        }
      }
      return t;
    }

    /**
     * The names defined once (no other name of the same spelling, whatever the case) and for the whole
     * workbook, by index: the only names a shared parse may refer to, as POI finds such a name at its index
     * whichever sheet the formula is on.
     */
    private Map<Integer, String> singleNames() {
      if (singleNames == null) {
        Map<String, Integer> count = new HashMap<>();
        // in index order, the index a name token holds (POI's getNameAt)
        List<XSSFName> all = book.getAllNames();
        int n = all.size();
        String[] spelling = new String[n];
        boolean[] global = new boolean[n];
        for (int i = 0; i < n; i++) {
          XSSFName name = all.get(i);
          spelling[i] = name.getNameName();
          global[i] = name.getSheetIndex() == -1;
          count.merge(spelling[i].toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        singleNames = new HashMap<>();
        for (int i = 0; i < n; i++) {
          if (global[i] && count.get(spelling[i].toLowerCase(Locale.ROOT)) == 1) {
            singleNames.put(i, spelling[i]);
          }
        }
      }
      return singleNames;
    }

    /** True when each of {@code names} (index and spelling) is a name defined once here at that index. */
    private boolean sameNames(Map<Integer, String> names) {
      for (Map.Entry<Integer, String> e : names.entrySet()) {
        if (!e.getValue().equals(singleNames().get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void clearAllCachedResultValues() {
      poi.clearAllCachedResultValues();
      tokens.clear();
      sheets.values().forEach(KeptSheet::clearAllCachedResultValues);
      bookNames.clear();
      sheetNames.clear();
      namesByIndex.clear();
      singleNames = null;
    }

    @Override
    public String getSheetName(int sheetIndex) {
      return poi.getSheetName(sheetIndex);
    }

    @Override
    public int getSheetIndex(EvaluationSheet sheet) {
      return sheet instanceof KeptSheet k ? k.index : poi.getSheetIndex(sheet);
    }

    @Override
    public int getSheetIndex(String sheetName) {
      return poi.getSheetIndex(sheetName);
    }

    @Override
    public EvaluationSheet getSheet(int sheetIndex) {
      KeptSheet k = sheets.get(sheetIndex);
      if (k == null) {
        k = new KeptSheet(poi.getSheet(sheetIndex), sheetIndex);
        sheets.put(sheetIndex, k);
      }
      return k;
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
      // POI parses a name's definition again each time a formula refers to it
      EvaluationName kept = namesByIndex.get(namePtg.getIndex());
      if (kept == null) {
        kept = new KeptName(poi.getName(namePtg));
        namesByIndex.put(namePtg.getIndex(), kept);
      }
      return kept;
    }

    @Override
    public EvaluationName getName(String name, int sheetIndex) {
      // POI looks a name up by reading every defined name's XML, on every evaluation of a cell that calls
      // an add-in function (SUMIFS); the names do not change while the workbook is evaluated
      Map<String, EvaluationName> names = sheetIndex == -1 ? bookNames
          : sheetNames.computeIfAbsent(sheetIndex, k -> new HashMap<>());
      if (names.containsKey(name)) {
        return names.get(name);
      }
      EvaluationName found = poi.getName(name, sheetIndex);
      EvaluationName kept = found == null ? null : new KeptName(found);
      names.put(name, kept);
      return kept;
    }

    /** True when this workbook has no defined name spelt like one of {@code functions}. */
    private boolean noNameCalled(List<String> functions) {
      for (String f : functions) {
        if (getName(f, -1) != null || poi.getUDFFinder().findFunction(f) == null) {
          return false;
        }
      }
      return true;
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

  /** A defined name as POI evaluates it, its definition parsed once. */
  private static final class KeptName implements EvaluationName {
    private final EvaluationName poi;
    private Ptg[] definition;

    KeptName(EvaluationName poi) {
      this.poi = poi;
    }

    @Override
    public String getNameText() {
      return poi.getNameText();
    }

    @Override
    public boolean isFunctionName() {
      return poi.isFunctionName();
    }

    @Override
    public boolean hasFormula() {
      return poi.hasFormula();
    }

    @Override
    public Ptg[] getNameDefinition() {
      if (definition == null) {
        definition = poi.getNameDefinition();
      }
      return definition;
    }

    @Override
    public boolean isRange() {
      return poi.isRange();
    }

    @Override
    public NamePtg createPtg() {
      return poi.createPtg();
    }
  }

  /**
   * POI's evaluation sheet, giving {@link KeptCell}s: one per cell of POI's, made when the cell is first
   * asked for.
   */
  private static final class KeptSheet implements EvaluationSheet {
    private final EvaluationSheet poi;
    private final int index;
    private final Map<EvaluationCell, KeptCell> cells = new IdentityHashMap<>();

    KeptSheet(EvaluationSheet poi, int index) {
      this.poi = poi;
      this.index = index;
    }

    @Override
    public EvaluationCell getCell(int rowIndex, int columnIndex) {
      // POI's lookup (which sees cells made since it was last asked); its cell wrapped once
      EvaluationCell c = poi.getCell(rowIndex, columnIndex);
      if (c == null) {
        return null;
      }
      KeptCell k = cells.get(c);
      if (k == null) {
        k = new KeptCell(c, this);
        cells.put(c, k);
      }
      return k;
    }

    @Override
    public void clearAllCachedResultValues() {
      cells.clear();
      poi.clearAllCachedResultValues();
    }

    @Override
    public int getLastRowNum() {
      return poi.getLastRowNum();
    }

    @Override
    public boolean isRowHidden(int rowIndex) {
      return poi.isRowHidden(rowIndex);
    }
  }

  /**
   * POI's evaluation cell with what the evaluator reads of it kept: POI reads a cell's type, and a value
   * cell's number or text, from the cell's XML each time a formula refers to it (a third of evaluating a
   * template). A formula cell's own cached result is always read from the cell (the evaluator writes it
   * there). Kept until the evaluator is told the cell changed ({@link #forget}), like POI's own cache of
   * formula results.
   */
  private static final class KeptCell implements EvaluationCell {
    private final EvaluationCell poi;
    private final KeptSheet sheet;
    private final int row;
    private final int column;
    private CellType type;
    private boolean hasNumber;
    private double number;
    private boolean hasText;
    private String text;

    KeptCell(EvaluationCell poi, KeptSheet sheet) {
      this.poi = poi;
      this.sheet = sheet;
      this.row = poi.getRowIndex();
      this.column = poi.getColumnIndex();
    }

    void forget() {
      type = null;
      hasNumber = false;
      hasText = false;
      text = null;
    }

    @Override
    public Object getIdentityKey() {
      return poi.getIdentityKey();
    }

    @Override
    public EvaluationSheet getSheet() {
      return sheet;
    }

    @Override
    public int getRowIndex() {
      return row;
    }

    @Override
    public int getColumnIndex() {
      return column;
    }

    @Override
    public CellType getCellType() {
      if (type == null) {
        type = poi.getCellType();
      }
      return type;
    }

    @Override
    public double getNumericCellValue() {
      if (getCellType() == CellType.FORMULA) {
        return poi.getNumericCellValue();
      }
      if (!hasNumber) {
        number = poi.getNumericCellValue();
        hasNumber = true;
      }
      return number;
    }

    @Override
    public String getStringCellValue() {
      if (getCellType() == CellType.FORMULA) {
        return poi.getStringCellValue();
      }
      if (!hasText) {
        text = poi.getStringCellValue();
        hasText = true;
      }
      return text;
    }

    @Override
    public boolean getBooleanCellValue() {
      return poi.getBooleanCellValue();
    }

    @Override
    public int getErrorCellValue() {
      return poi.getErrorCellValue();
    }

    @Override
    public CellRangeAddress getArrayFormulaRange() {
      return poi.getArrayFormulaRange();
    }

    @Override
    public boolean isPartOfArrayFormulaGroup() {
      return poi.isPartOfArrayFormulaGroup();
    }

    @Override
    public CellType getCachedFormulaResultType() {
      return poi.getCachedFormulaResultType();
    }
  }
}
