package org.stptoolkit.reports.internal.workbook;

import static org.stptoolkit.reports.internal.workbook.ImportRules.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.reports.workbook.layout.CellKind;
import org.stptoolkit.reports.workbook.layout.CellProblem;
import org.stptoolkit.reports.workbook.layout.Column;
import org.stptoolkit.reports.workbook.layout.Field;
import org.stptoolkit.reports.workbook.layout.RowProblem;
import org.stptoolkit.reports.workbook.layout.RowValues;
import org.stptoolkit.reports.workbook.layout.SheetLayout;
import org.stptoolkit.reports.workbook.layout.TableLayout;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

/**
 * Reads the input sheets of an opened workbook back into a footprint by walking {@link TemplateLayout},
 * the description the writer used. It reads typed values and the cached values of formulas only (it
 * never evaluates a formula from the file) and reports every problem as a finding located at its cell:
 * {@code 'Solutions'!E7: expected a number in £'000, found "tbc"}.
 */
public final class InputSheetReader {

  private static final int MAX_LABEL_SCAN = 500;
  /** How far below its title a table's header row is looked for (rows an analyst inserted between them). */
  private static final int MAX_ROWS_INSERTED_ABOVE_HEADER = 5;

  private final Workbook wb;
  private final String file;
  private final List<ValidationFinding> findings = new ArrayList<>();
  private final Set<String> sheetsItMayLack;
  private final Map<String, List<?>> tables = new HashMap<>();
  private final Map<String, List<String>> rowPlaces = new HashMap<>();
  private String baseYear = "";

  /**
   * A reader for one workbook.
   *
   * @param wb the opened workbook
   * @param file the file name for findings
   */
  public InputSheetReader(Workbook wb, String file) {
    this(wb, file, Set.of());
  }

  /**
   * A reader for one workbook of an earlier template version.
   *
   * @param wb the opened workbook
   * @param file the file name for findings
   * @param sheetsItMayLack input sheets its version predates: when absent, their tables read as empty
   */
  public InputSheetReader(Workbook wb, String file, Set<String> sheetsItMayLack) {
    this.wb = wb;
    this.file = file;
    this.sheetsItMayLack = Set.copyOf(sheetsItMayLack);
  }

  /**
   * The findings so far.
   *
   * @return the findings so far
   */
  public List<ValidationFinding> findings() {
    return findings;
  }

  /**
   * The footprint, or empty when any ERROR was found.
   *
   * @return the footprint, or empty when any ERROR was found
   */
  public Optional<Footprint> read() {
    Map<String, Sheet> sheets = new HashMap<>();
    for (SheetLayout sl : TemplateLayout.sheets()) {
      Sheet s = wb.getSheet(sl.name());
      if (s == null && sheetsItMayLack.contains(sl.name())) {
        continue;
      }
      if (s == null) {
        List<String> present = new ArrayList<>();
        wb.forEach(x -> present.add(x.getSheetName()));
        error(SHEET_MISSING, Refs.sheet(sl.name()).replace("!", ""), "a sheet named " + sl.name(),
            "sheets " + present);
      } else {
        sheets.put(sl.name(), s);
        SheetVisibility visibility = wb.getSheetVisibility(wb.getSheetIndex(s));
        if (visibility != SheetVisibility.VISIBLE) {
          findings.add(ValidationFinding.warning(SHEET_HIDDEN, new Location(file, Refs.sheet(sl.name()) + "A1"),
              "a visible input sheet",
              (visibility == SheetVisibility.VERY_HIDDEN
                  ? "a very hidden sheet (Format > Sheet > Unhide does not list it)"
                  : "a hidden sheet") + "; its cells were read as they are, check them before you submit"));
        }
      }
    }
    RowValues fields = new RowValues();
    for (SheetLayout sl : TemplateLayout.sheets()) {
      Sheet s = sheets.get(sl.name());
      if (s != null) {
        Map<String, Integer> labels = labels(s);
        for (Field f : sl.fields()) {
          Integer row = labels.get(norm(f.label()));
          if (row == null) {
            error(FIELD_MISSING, Refs.sheet(s.getSheetName()) + "A", "a row labelled \"" + f.label() + "\" in column A",
                "no such label");
            continue;
          }
          Object v = readCell(s, row, 1, f.asColumn(), null, null);
          fields.put(f.key(), v);
        }
      }
    }
    FinancialYear base = fields.year(TemplateLayout.BASE_YEAR_FIELD.key());
    FinancialYear first = fields.year(TemplateLayout.FIRST_YEAR_FIELD.key());
    FinancialYear last = fields.year(TemplateLayout.LAST_YEAR_FIELD.key());
    if (base == null || first == null || last == null) {
      return Optional.empty();
    }
    PlanPeriod period;
    try {
      period = new PlanPeriod(base, first, last);
    } catch (IllegalArgumentException e) {
      error(INVALID_ROW, Refs.sheet(TemplateLayout.COVER) + "B", "a valid plan period", e.getMessage());
      return Optional.empty();
    }
    TemplateLayout layout = TemplateLayout.of(period);
    baseYear = base.toString();
    for (SheetLayout sl : TemplateLayout.sheets()) {
      Sheet s = sheets.get(sl.name());
      if (s == null) {
        continue;
      }
      Map<String, Integer> labels = labels(s);
      List<Integer> titleRows = new ArrayList<>();
      for (TableLayout<?> t : sl.tables()) {
        Integer r = labels.get(norm(t.title()));
        if (r != null) {
          titleRows.add(r);
        }
      }
      for (TableLayout<?> t : sl.tables()) {
        Integer r = labels.get(norm(t.title()));
        if (r == null) {
          error(TABLE_MISSING, Refs.sheet(s.getSheetName()) + "A", "a table titled \"" + t.title() + "\" in column A",
              "no such title");
          continue;
        }
        int end = s.getLastRowNum();
        for (int tr : titleRows) {
          if (tr > r && tr - 1 < end) {
            end = tr - 1;
          }
        }
        List<String> places = new ArrayList<>();
        tables.put(t.name(), readTable(s, t, layout, r, end, places));
        rowPlaces.put(t.name(), places);
        if (t == TemplateLayout.DRIVERS && !findings.stream().anyMatch(ValidationFinding::isError)) {
          java.util.Set<Driver> given = java.util.EnumSet.noneOf(Driver.class);
          for (Object row : tables.get(t.name())) {
            given.add(((TemplateLayout.DriverRow) row).driver());
          }
          boolean repeated = given.size() < tables.get(t.name()).size();   // the assembly names the repeat
          for (Driver d : Driver.values()) {
            if (!given.contains(d) && !repeated) {
              error(BLANK_YEAR, Refs.place(s.getSheetName(), r, 0), "a row of \"" + t.title() + "\" for "
                  + d.label().toLowerCase(Locale.ROOT) + " with a percentage for every plan year (enter 0% where there is none)",
                  "no such row (was it deleted?)");
            }
          }
        }
      }
    }
    if (findings.stream().anyMatch(ValidationFinding::isError)) {
      return Optional.empty();
    }
    try {
      return Optional.of(layout.assemble(new TemplateLayout.Assembly() {
        @Override
        public RowValues fields() {
          return fields;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> rows(TableLayout<T> table) {
          return (List<T>) tables.getOrDefault(table.name(), List.of());
        }
      }));
    } catch (RowProblem p) {
      List<String> places = rowPlaces.getOrDefault(p.table(), List.of());
      String place = p.row() < places.size() ? places.get(p.row()) : Refs.sheet(TemplateLayout.COVER) + "A1";
      String earlier = p.earlierRow() >= 0 && p.earlierRow() < places.size()
          ? " (first given at " + places.get(p.earlierRow()) + ")" : "";
      error(INVALID_ROW, place, p.expected(), p.found() + earlier);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      error(INVALID_FOOTPRINT, Refs.sheet(TemplateLayout.COVER) + "A1", "a complete footprint", e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The first cell of the row a finding of the footprint validator or the engine is about, found from
   * its description ("SSSFT 2015/16 Mental Health", "solution number 12", "organisation VIRGIN"), or
   * null when it names no row that was read. Call after {@link #read()}.
   *
   * @param description the finding's description
   * @return the first cell of the row a finding of the footprint validator or the engine is about, found
   *     from its description ("SSSFT 2015/16 Mental Health", "solution number 12", "organisation VIRGIN"),
   *     or null when it names no row that was read
   */
  public String placeOf(String description) {
    String best = null;
    int bestLength = -1;
    for (TableLayout<?> t : List.of(TemplateLayout.ORGANISATIONS, TemplateLayout.NORMALISATION,
        TemplateLayout.SERVICE_LINES, TemplateLayout.SOLUTIONS_TABLE, TemplateLayout.OVERRIDES,
        TemplateLayout.PRESSURES, TemplateLayout.COST_POOLS, TemplateLayout.PUBLISHED_DO_NOTHING,
        TemplateLayout.INDICATOR_VALUES, TemplateLayout.POD_ACTIVITY)) {
      List<?> items = tables.getOrDefault(t.name(), List.of());
      List<String> places = rowPlaces.getOrDefault(t.name(), List.of());
      for (int i = 0; i < Math.min(items.size(), places.size()); i++) {
        for (String key : describe(items.get(i))) {
          if (key.length() > bestLength && (description.equals(key) || description.startsWith(key + " "))) {
            best = places.get(i);
            bestLength = key.length();
          }
        }
      }
    }
    return best;
  }

  /** How the validator and the engine describe an item of an input table. */
  private List<String> describe(Object item) {
    if (item instanceof org.stptoolkit.model.Organisation o) {
      return List.of("organisation " + o.code());
    } else if (item instanceof org.stptoolkit.model.finance.NormalisationEntry n) {
      return List.of(n.organisationCode() + " " + baseYear, "normalisation " + n.organisationCode());
    } else if (item instanceof org.stptoolkit.model.finance.ServiceLine l) {
      return List.of(l.organisationCode() + " " + baseYear + " " + l.name(),
          "service line " + l.organisationCode() + " " + l.name());
    } else if (item instanceof org.stptoolkit.model.solution.Solution s) {
      return List.of("solution " + s.label(), "solution number " + s.number());
    } else if (item instanceof TemplateLayout.OverrideRow o) {
      return List.of("assumption override " + o.organisation() + " " + o.driver().label().toLowerCase(Locale.ROOT),
          "assumption override for " + o.organisation(), "assumption override " + o.organisation());
    } else if (item instanceof org.stptoolkit.model.finance.CostPressure p) {
      return List.of("pressure " + p.name());
    } else if (item instanceof org.stptoolkit.model.finance.CostPool p) {
      return List.of("cost pool " + p.id());
    } else if (item instanceof org.stptoolkit.model.finance.DoNothingTrajectory d) {
      return List.of("do-nothing " + d.scope());
    } else if (item instanceof org.stptoolkit.model.indicator.IndicatorValue v) {
      return List.of("indicator " + v.indicatorId() + " " + v.areaCode() + " " + v.period());
    } else if (item instanceof org.stptoolkit.model.activity.PodActivity a) {
      return List.of("activity " + a.organisationCode() + " " + a.pod());
    }
    return List.of();
  }

  /** The table's items in row order; {@code places} receives each item's first cell ('Sheet'!A7). */
  private <T> List<T> readTable(Sheet s, TableLayout<T> t, TemplateLayout layout, int titleRow, int end,
      List<String> places) {
    List<String> expectedHeaders = new ArrayList<>();
    Map<String, Integer> cols = new HashMap<>();
    int c = 0;
    for (Column<T> col : t.columns()) {
      cols.put(col.key(), c);
      expectedHeaders.addAll(col.kind().byYear() ? layout.yearLabels(col.kind()) : List.of(col.header()));
      c += layout.span(col);
    }
    // the header row is the one under the title, or a few rows lower when rows were inserted between them
    int header = titleRow + 1;
    for (int h = titleRow + 1; h <= Math.min(end, titleRow + 1 + MAX_ROWS_INSERTED_ABOVE_HEADER); h++) {
      if (norm(text(s, h, 0)).equals(norm(expectedHeaders.get(0)))) {
        header = h;
        break;
      }
    }
    int mismatches = 0;
    int firstBad = -1;
    for (int k = 0; k < expectedHeaders.size(); k++) {
      if (!norm(expectedHeaders.get(k)).equals(norm(text(s, header, k)))) {
        mismatches++;
        firstBad = firstBad < 0 ? k : firstBad;
      }
    }
    List<T> items = new ArrayList<>();
    if (mismatches > 0) {
      String found = text(s, header, firstBad);
      error(HEADER_MISMATCH, Refs.place(s.getSheetName(), header, firstBad),
          "the header \"" + expectedHeaders.get(firstBad) + "\" of the table \"" + t.title()
              + "\" (its columns as the template wrote them; was a column inserted, deleted or moved?)",
          (found.isEmpty() ? "an empty cell" : "\"" + found + "\"")
              + (mismatches > 1 ? ", and " + (mismatches - 1) + " more header cell(s) of the table differ" : "")
              + "; the table was not read");
      return items;
    }
    for (int r = header + 1; r <= end; r++) {
      Row row = s.getRow(r);
      if (row == null || blank(s, r, t, cols, layout)) {
        continue;
      }
      int before = errorCount();
      RowValues values = new RowValues();
      for (Column<T> col : t.columns()) {
        if (col.kind() != CellKind.CALCULATED) {
          values.put(col.key(), readCell(s, r, cols.get(col.key()), col, layout, t));
        }
      }
      if (errorCount() > before) {
        continue;
      }
      if (values.get("driver") instanceof Driver d && cols.containsKey("rates")) {
        plausible(s, r, cols.get("rates"), d, layout);
      }
      try {
        items.add(t.factory().apply(values));
        places.add(Refs.place(s.getSheetName(), r, 0));
      } catch (CellProblem p) {
        Integer pc = cols.get(p.key());
        error(INVALID_ROW, Refs.place(s.getSheetName(), r, pc == null ? 0 : pc), p.expected(), p.found());
      } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
        error(INVALID_ROW, Refs.place(s.getSheetName(), r, 0), "a valid row of " + t.title(), String.valueOf(e.getMessage()));
      }
    }
    return items;
  }

  private boolean blank(Sheet s, int r, TableLayout<?> t, Map<String, Integer> cols, TemplateLayout layout) {
    for (Column<?> col : t.columns()) {
      if (col.kind() == CellKind.CALCULATED) {
        continue;
      }
      int first = cols.get(col.key());
      for (int k = 0; k < layout.span(col); k++) {
        Cell cell = cell(s, r, first + k);
        if (cell != null && !isEmpty(cell)) {
          return false;
        }
      }
    }
    return true;
  }

  private Object readCell(Sheet s, int r, int c, Column<?> col, TemplateLayout layout, TableLayout<?> table) {
    if (col.kind().byYear()) {
      List<String> labels = layout.yearLabels(col.kind());
      boolean rates = col.kind() == CellKind.RATES_BY_YEAR;
      int firstPlan = rates ? 1 : 0;
      TemplateLayout.YearBlanks rule = table == null ? TemplateLayout.YearBlanks.ALLOWED
          : TemplateLayout.yearBlanks(table, col);
      TreeMap<FinancialYear, Double> m = new TreeMap<>();
      List<Integer> blanks = new ArrayList<>();
      boolean started = false;
      for (int k = 0; k < labels.size(); k++) {
        Cell cell = cell(s, r, c + k);
        boolean empty = cell == null || isEmpty(cell);
        Object v = scalar(s, r, c + k, rates ? CellKind.RATE : CellKind.GBPK, col);
        if (v != null) {
          m.put(FinancialYear.parse(labels.get(k)), (Double) v);
          started |= k >= firstPlan;
        } else if (empty && k >= firstPlan && (rule == TemplateLayout.YearBlanks.EVERY_PLAN_YEAR
            || rule == TemplateLayout.YearBlanks.MISSING_AFTER_FIRST && started)) {
          blanks.add(k);
        }
      }
      String what = rates ? "a percentage" : "an amount in £'000";
      String zero = rates ? "0%" : "0";
      if (rule == TemplateLayout.YearBlanks.EVERY_PLAN_YEAR && blanks.size() == labels.size() - firstPlan) {
        error(BLANK_YEAR, Refs.sheet(s.getSheetName()) + Refs.cell(r, c + firstPlan) + ":" + Refs.cell(r, c + labels.size() - 1),
            what + " for every plan year " + labels.get(firstPlan) + " to " + labels.get(labels.size() - 1)
                + (text(s, r, 0).isEmpty() ? " of this row" : " of " + text(s, r, 0)) + " (enter " + zero
                + " where there is none)", "empty cells (a blank is not read as " + zero + ")");
        return null;
      }
      for (int k : blanks) {
        error(BLANK_YEAR, Refs.place(s.getSheetName(), r, c + k), what + " for " + labels.get(k) + " in "
            + col.header() + " (enter " + zero + " if there is none)", "an empty cell (a blank is not read as " + zero + ")");
      }
      if (!blanks.isEmpty()) {
        return null;
      }
      if (m.isEmpty()) {
        if (col.required()) {
          error(REQUIRED_CELL, Refs.place(s.getSheetName(), r, c), col.kind().expected() + " in at least one year of "
              + col.header(), "empty");
        }
        return null;
      }
      try {
        return col.kind() == CellKind.RATES_BY_YEAR ? new YearlyRates(m) : new YearlyAmounts(m);
      } catch (IllegalArgumentException e) {
        error(CELL_TYPE, Refs.place(s.getSheetName(), r, c), col.kind().expected(), e.getMessage());
        return null;
      }
    }
    Object v = scalar(s, r, c, col.kind(), col);
    if (v == null && col.required() && !hasError(s, r, c)) {
      error(REQUIRED_CELL, Refs.place(s.getSheetName(), r, c), col.header() + ": " + col.kind().expected()
          + (col.kind().numeric() ? " (enter 0 if there is none)" : ""), "an empty cell");
    }
    return v;
  }

  private boolean hasError(Sheet s, int r, int c) {
    String place = Refs.place(s.getSheetName(), r, c);
    return findings.stream().anyMatch(f -> f.isError() && f.location().place().equals(place));
  }

  /** One cell's typed value, or null when empty or wrong (a finding then says why). */
  private Object scalar(Sheet s, int r, int c, CellKind kind, Column<?> col) {
    Cell cell = cell(s, r, c);
    if (cell == null || isEmpty(cell)) {
      return null;
    }
    String place = Refs.place(s.getSheetName(), r, c);
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      findings.add(ValidationFinding.warning(INPUT_FORMULA, new Location(file, place),
          "a typed value in an input cell", "the formula =" + cell.getCellFormula()
              + "; its cached value was used without recalculation"));
      type = cell.getCachedFormulaResultType();
    }
    if (type == CellType.ERROR) {
      error(CELL_TYPE, place, kind.expected(), "the error " + errorText(cell));
      return null;
    }
    if (kind.numeric()) {
      double d;
      if (type == CellType.NUMERIC) {
        d = cell.getNumericCellValue();
        if (dateFormatted(cell)) {
          error(DATE_IN_NUMBER_CELL, place, kind.expected() + " (clear the cell's date format and type the figure)",
              "the date " + dateText(d) + "; a date is stored as a day count, so it is not read as a figure");
          return null;
        }
      } else if (type == CellType.STRING) {
        String t = cell.getStringCellValue();
        Double parsed = parseNumber(t, kind == CellKind.RATE);
        if (parsed == null) {
          error(CELL_TYPE, place, kind.expected(), quote(t));
          return null;
        }
        d = parsed;
      } else {
        error(CELL_TYPE, place, kind.expected(), type == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue()) : type.name());
        return null;
      }
      if (!Double.isFinite(d)) {
        error(CELL_TYPE, place, kind.expected(), String.valueOf(d));
        return null;
      }
      if (kind == CellKind.RATE && Math.abs(d) > 1) {
        error(RATE_AS_WHOLE_NUMBER, place, "a percentage such as 2% (typed 2% or 0.02)",
            plain(d) + ", which reads as " + percent(d) + " a year (for " + plain(d) + " per cent, type " + plain(d) + "%)");
        return null;
      }
      if (kind == CellKind.INTEGER) {
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
          error(CELL_TYPE, place, kind.expected(), plain(d));
          return null;
        }
        return (int) d;
      }
      return d == 0 ? 0.0 : d;
    }
    String t;
    if (type == CellType.STRING) {
      t = cell.getStringCellValue();
    } else if (type == CellType.NUMERIC) {
      t = plain(cell.getNumericCellValue());
    } else if (type == CellType.BOOLEAN) {
      t = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
    } else {
      return null;
    }
    if (t.isBlank()) {
      return null;
    }
    switch (kind) {
      case TEXT, RULE_PARAMETERS:
        return t;
      case TEXT_LIST: {
        List<String> out = new ArrayList<>();
        for (String part : t.split(",")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
        return List.copyOf(out);
      }
      case YEAR:
        try {
          return FinancialYear.parse(t);
        } catch (IllegalArgumentException e) {
          error(CELL_TYPE, place, kind.expected(), quote(t));
          return null;
        }
      case YES_NO: {
        String l = t.strip().toLowerCase(Locale.ROOT);
        if (l.equals("yes") || l.equals("true") || l.equals("y")) {
          return Boolean.TRUE;
        }
        if (l.equals("no") || l.equals("false") || l.equals("n")) {
          return Boolean.FALSE;
        }
        error(CELL_TYPE, place, kind.expected(), quote(t));
        return null;
      }
      case CHOICE: {
        Optional<?> v = col.choices().parse(t);
        if (v.isEmpty()) {
          error(CELL_TYPE, place, "one of " + col.choices().labels(), quote(t));
          return null;
        }
        return v.get();
      }
      default:
        throw new IllegalStateException("no reader for " + kind);
    }
  }

  /** Warns at each cell of a driver's rates that lies outside {@link TemplateLayout#plausibleRange(Driver)}. */
  private void plausible(Sheet s, int r, int c, Driver driver, TemplateLayout layout) {
    double[] range = TemplateLayout.plausibleRange(driver);
    List<String> labels = layout.yearLabels(CellKind.RATES_BY_YEAR);
    for (int k = 0; k < labels.size(); k++) {
      Cell cell = cell(s, r, c + k);
      if (cell == null) {
        continue;
      }
      CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
      Double d = type == CellType.NUMERIC ? Double.valueOf(cell.getNumericCellValue())
          : type == CellType.STRING ? parseNumber(cell.getStringCellValue(), true) : null;
      if (d != null && (d < range[0] || d > range[1])) {
        findings.add(ValidationFinding.warning(IMPLAUSIBLE_DRIVER, new Location(file, Refs.place(s.getSheetName(), r, c + k)),
            driver.label().toLowerCase(Locale.ROOT) + " for " + labels.get(k) + " between " + percent(range[0]) + " and "
                + percent(range[1]) + " a year", percent(d) + " a year, which no plan assumes (a slip, such as 50% typed for 5%?)"));
      }
    }
  }

  private static boolean dateFormatted(Cell cell) {
    try {
      return DateUtil.isCellDateFormatted(cell);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String dateText(double serial) {
    try {
      return DateUtil.getLocalDateTime(serial).toLocalDate().format(DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ROOT));
    } catch (RuntimeException e) {
      return plain(serial);
    }
  }

  private static String percent(double rate) {
    return BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** Plain, grouped or bracketed numbers ("1234.5", "1,234", "(1,234)", "-5"); rates may end in %. */
  static Double parseNumber(String text, boolean percentAllowed) {
    String t = text.strip();
    boolean percent = false;
    if (percentAllowed && t.endsWith("%")) {
      percent = true;
      t = t.substring(0, t.length() - 1).strip();
    }
    boolean negative = false;
    if (t.startsWith("(") && t.endsWith(")")) {
      negative = true;
      t = t.substring(1, t.length() - 1).strip();
    }
    if (!t.matches("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?([eE][-+]?\\d{1,3})?")) {
      return null;
    }
    double d = Double.parseDouble(t.replace(",", ""));
    d = negative ? -d : d;
    return percent ? d / 100 : d;
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String quote(String t) {
    String shown = t.length() > 60 ? t.substring(0, 60) + "…" : t;
    return "\"" + shown + "\"";
  }

  private static String errorText(Cell cell) {
    try {
      return FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (RuntimeException e) {
      return "#ERROR";
    }
  }

  private static boolean isEmpty(Cell cell) {
    CellType t = cell.getCellType();
    return t == CellType.BLANK || t == CellType.STRING && cell.getStringCellValue().isBlank();
  }

  private static Cell cell(Sheet s, int r, int c) {
    Row row = s.getRow(r);
    return row == null ? null : row.getCell(c);
  }

  private static String text(Sheet s, int r, int c) {
    Cell cell = cell(s, r, c);
    if (cell == null) {
      return "";
    }
    CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (t) {
      case STRING -> cell.getStringCellValue().strip();
      case NUMERIC -> plain(cell.getNumericCellValue());
      default -> "";
    };
  }

  /** Column-A texts to their first row. */
  private static Map<String, Integer> labels(Sheet s) {
    Map<String, Integer> out = new HashMap<>();
    int last = Math.min(s.getLastRowNum(), MAX_LABEL_SCAN + 10_000);
    for (int r = InputSheetWriter.FIRST_FIELD_ROW; r <= last; r++) {
      String t = text(s, r, 0);
      if (!t.isEmpty()) {
        out.putIfAbsent(norm(t), r);
      }
    }
    return out;
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private int errorCount() {
    return (int) findings.stream().filter(ValidationFinding::isError).count();
  }

  private void error(String rule, String place, String expected, String found) {
    findings.add(ValidationFinding.error(rule, new Location(file, place), expected, found));
  }
}
