package org.stptoolkit.reports.workbook.poi;

import static org.stptoolkit.reports.workbook.layout.TemplateLayout.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.OrganisationType;
import org.stptoolkit.model.YearlyAmounts;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.reports.workbook.EngineFigures;
import org.stptoolkit.reports.workbook.layout.Choices;
import org.stptoolkit.reports.workbook.layout.TableLayout;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

/**
 * The calculated sheets, every cell a formula over the input cells: Do-nothing (projection by service
 * line from the Assumptions drivers, pressures, the published trajectory where given), Bridge (one block
 * per scope: do-nothing, each solution's phased net effect, funding applied, do-something), Summary
 * (the three gaps, the bridge table as the seed prints it, sensitivities, a bridge chart) and Checks
 * (each check's difference and status and a master check). The hidden Lists sheet holds the dropdowns.
 *
 * <p>Formulas hold no assumption figures: rates and the check tolerance live on the Assumptions sheet.
 * The only literals are the structural 0 and 1 (growth as {@code (1+rate)}, MATCH's exact-match flag,
 * "no amount") and text labels. Every year column of a row carries the same formula (relative to its
 * column); the base-year column, where there is one, refers to the Baseline.
 */
public final class Workings {

  /** Do-nothing sheet name. */
  public static final String DO_NOTHING = "Do-nothing";
  /** Bridge sheet name. */
  public static final String BRIDGE = "Bridge";
  /** Summary sheet name. */
  public static final String SUMMARY = "Summary";
  /** Checks sheet name. */
  public static final String CHECKS = "Checks";
  /** Lists sheet name. */
  public static final String LISTS = "Lists";
  /** Label of the check tolerance on the Assumptions sheet. */
  public static final String TOLERANCE_LABEL = "Check tolerance (£'000)";
  /** The measures of a projected service line. */
  private static final String[] MEASURES = {"Income", "Staff", "Variable", "Fixed", "Continuing healthcare"};

  private final XSSFWorkbook wb;
  private final Styles styles;
  private final TemplateLayout layout;
  private final Placements p;
  private final Footprint fp;
  private final EngineFigures engine;
  private final int years;
  private final Map<String, Integer> doNothingUsedRow = new LinkedHashMap<>();
  private final Map<String, BridgeBlock> bridges = new LinkedHashMap<>();

  /**
   * Rows of one scope's bridge block (0-based); {@code publishedTotal} and {@code publishedDoSomething}
   * are -1 when the plan prints no such row for the scope.
   */
  private record BridgeBlock(int doNothing, int firstLine, int lastLine, int total, int publishedTotal,
      int doSomething, int publishedDoSomething, int conservation, int sheetsAgree, int engineDifference) {}

  /**
   * Workings for one workbook whose input sheets are written.
   *
   * @param wb the workbook
   * @param styles its styles
   * @param layout the layout
   * @param placements where the inputs went
   * @param fp the footprint written
   * @param engine the engine's figures, or null
   */
  public Workings(XSSFWorkbook wb, Styles styles, TemplateLayout layout, Placements placements, Footprint fp,
      EngineFigures engine) {
    this.wb = wb;
    this.styles = styles;
    this.layout = layout;
    this.p = placements;
    this.fp = fp;
    this.engine = engine;
    this.years = layout.period().size();
  }

  /** Writes the calculated sheets and the Lists sheet. */
  public void write() {
    doNothing();
    bridge();
    summary();
    checks();
    lists();
  }

  private String tolerance() {
    return p.field(TOLERANCE_LABEL).ref();
  }

  // ---------------------------------------------------------------- Do-nothing
  private static String scopeOf(Organisation o) {
    if (o == null) {
      return "OTHER";
    }
    if (o.type().isNhs()) {
      return DoNothingTrajectory.HEALTH;
    }
    return o.type() == OrganisationType.LOCAL_AUTHORITY ? o.code() : "OTHER";
  }

  /** The scopes in bridge order: HEALTH, then local authorities that have anything, in first-seen order. */
  private List<String> scopes() {
    Set<String> s = new LinkedHashSet<>();
    s.add(DoNothingTrajectory.HEALTH);
    for (Organisation o : fp.organisations()) {
      if (o.type() == OrganisationType.LOCAL_AUTHORITY) {
        s.add(o.code());
      }
    }
    fp.publishedDoNothing().forEach(t -> s.add(t.scope()));
    fp.solutions().forEach(x -> s.add(x.scope()));
    fp.funding().forEach(x -> s.add(x.scope()));
    return List.copyOf(s);
  }

  private String rate(Driver d, String org, int yearIndex) {
    var overrides = TemplateLayout.OVERRIDES.items().apply(fp);
    Placements.Table ot = p.table(TemplateLayout.OVERRIDES);
    for (int i = 0; i < overrides.size(); i++) {
      if (overrides.get(i).organisation().equals(org) && overrides.get(i).driver() == d) {
        return ot.refAcross(i, "rates", yearIndex + 1);
      }
    }
    return p.table(TemplateLayout.DRIVERS).refAcross(d.ordinal(), "rates", yearIndex + 1);
  }

  private String growth(String measure, Organisation o, String org) {
    // (1+rate) factors; rates are referenced column-relative so each year column uses its year's rate
    String act = "(1+" + rate(Driver.DEMOGRAPHIC_GROWTH, org, 0) + ")*(1+" + rate(Driver.NON_DEMOGRAPHIC_GROWTH, org, 0) + ")";
    OrganisationType type = o == null ? OrganisationType.OTHER : o.type();
    boolean ccg = type == OrganisationType.CCG;
    boolean la = type == OrganisationType.LOCAL_AUTHORITY;
    return switch (measure) {
      case "Income" -> ccg ? f1(Driver.ALLOCATION_GROWTH, org)
          : la ? f1(Driver.SOCIAL_CARE_FUNDING_GROWTH, org)
          : f1(Driver.TARIFF_UPLIFT, org) + "*" + act;
      case "Staff" -> la ? f1(Driver.SOCIAL_CARE_PRICE_GROWTH, org) + "*" + f1(Driver.SOCIAL_CARE_DEMAND_GROWTH, org)
          : ccg ? f1(Driver.PAY_INFLATION, org)
          : f1(Driver.PAY_INFLATION, org) + "*" + act;
      case "Variable" -> la ? f1(Driver.SOCIAL_CARE_PRICE_GROWTH, org) + "*" + f1(Driver.SOCIAL_CARE_DEMAND_GROWTH, org)
          : ccg ? f1(Driver.TARIFF_UPLIFT, org) + "*" + act
          : f1(Driver.NON_PAY_INFLATION, org) + "*" + act;
      case "Fixed" -> f1(Driver.NON_PAY_INFLATION, org);
      default -> f1(Driver.CONTINUING_HEALTHCARE_GROWTH, org);
    };
  }

  private String f1(Driver d, String org) {
    return "(1+" + rate(d, org, 0) + ")";
  }

  private void doNothing() {
    XSSFSheet s = wb.createSheet(DO_NOTHING);
    title(s, "Do-nothing projection", "Each plan year grows the year before with the drivers on the Assumptions"
        + " sheet; the bridge uses the published trajectory where one is given, else this projection. £'000.");
    int hr = 3;
    String[] heads = {"Organisation", "Line", "Measure", "Scope", layout.period().baseYear() + " (base)"};
    for (int i = 0; i < heads.length; i++) {
      text(s, hr, i, heads[i], Style.HEADER);
    }
    yearHeader(s, hr, 5);
    int r = hr + 1;
    int first = r;
    Placements.Table sl = p.table(TemplateLayout.SERVICE_LINES);
    String[] keys = {"income", "staff", "variable", "fixed", "chc"};
    List<ServiceLine> lines = fp.baseline().serviceLines();
    for (int i = 0; i < lines.size(); i++) {
      ServiceLine line = lines.get(i);
      Organisation o = fp.organisation(line.organisationCode()).orElse(null);
      int top = r;
      for (int m = 0; m < MEASURES.length; m++) {
        formula(s, r, 0, sl.ref(i, "organisation", 0), Style.CALC_TEXT);
        formula(s, r, 1, sl.ref(i, "serviceLine", 0), Style.CALC_TEXT);
        text(s, r, 2, MEASURES[m], Style.CALC_TEXT);
        text(s, r, 3, scopeOf(o), Style.CALC_TEXT);
        formula(s, r, 4, sl.ref(i, keys[m], 0), Style.CALC_GBPK);
        String g = growth(MEASURES[m], o, line.organisationCode());
        for (int y = 0; y < years; y++) {
          // rate references were built for year 0; shift them to this year's column
          formula(s, r, 5 + y, Refs.cell(r, 4 + y) + "*" + shift(g, y), Style.CALC_GBPK);
        }
        r++;
      }
      formula(s, r, 0, sl.ref(i, "organisation", 0), Style.CALC_TEXT);
      formula(s, r, 1, sl.ref(i, "serviceLine", 0), Style.CALC_TEXT);
      text(s, r, 2, "Surplus", Style.LABEL);
      text(s, r, 3, scopeOf(o), Style.CALC_TEXT);
      for (int y = 0; y <= years; y++) {
        int c = 4 + y;
        formula(s, r, c, Refs.cell(top, c) + "-" + Refs.cell(top + 1, c) + "-" + Refs.cell(top + 2, c) + "-"
            + Refs.cell(top + 3, c) + "-" + Refs.cell(top + 4, c), Style.TOTAL_GBPK);
      }
      r += 2;
    }
    Placements.Table pt = p.table(TemplateLayout.PRESSURES);
    List<CostPressure> pressures = fp.pressures();
    for (int i = 0; i < pressures.size(); i++) {
      Organisation o = fp.organisation(pressures.get(i).organisationCode()).orElse(null);
      formula(s, r, 0, pt.ref(i, "organisation", 0), Style.CALC_TEXT);
      formula(s, r, 1, pt.ref(i, "name", 0), Style.CALC_TEXT);
      text(s, r, 2, "Pressure", Style.CALC_TEXT);
      text(s, r, 3, scopeOf(o), Style.CALC_TEXT);
      for (int y = 0; y < years; y++) {
        String in = Refs.sheet(TemplateLayout.ASSUMPTIONS)
            + Refs.absRow(pt.itemRows().get(i), pt.col("impact") + y);
        formula(s, r, 5 + y, "IF(ISNUMBER(" + in + ")," + in + ",IF(" + pt.ref(i, "recurrent", 0) + "=\"Yes\","
            + Refs.cell(r, 4 + y) + ",0))", Style.CALC_GBPK);
      }
      r++;
    }
    int last = Math.max(first, r - 1);
    r += 1;
    text(s, r++, 0, "Do-nothing by scope", Style.TABLE_TITLE);
    Placements.Table pub = p.table(TemplateLayout.PUBLISHED_DO_NOTHING);
    for (String scope : scopes()) {
      int projected = r;
      text(s, r, 0, scope, Style.CALC_TEXT);
      text(s, r, 2, "Projected surplus", Style.LABEL);
      text(s, r, 3, scope, Style.CALC_TEXT);
      for (int y = 0; y < years; y++) {
        int c = 5 + y;
        String col = Refs.col(c) + "$" + (first + 1) + ":" + Refs.col(c) + "$" + (last + 1);
        String scopes = "$D$" + (first + 1) + ":$D$" + (last + 1);
        String measures = "$C$" + (first + 1) + ":$C$" + (last + 1);
        formula(s, r, c, "SUMIFS(" + col + "," + scopes + ",$D" + (r + 1) + "," + measures + ",\"Surplus\")+SUMIFS("
            + col + "," + scopes + ",$D" + (r + 1) + "," + measures + ",\"Pressure\")", Style.CALC_GBPK);
      }
      r++;
      int published = -1;
      for (int i = 0; i < fp.publishedDoNothing().size(); i++) {
        if (fp.publishedDoNothing().get(i).scope().equals(scope) && published < 0) {
          published = r;
          text(s, r, 0, scope, Style.CALC_TEXT);
          text(s, r, 2, "Published do-nothing", Style.LABEL);
          text(s, r, 3, scope, Style.CALC_TEXT);
          for (int y = 0; y < years; y++) {
            String in = pub.refAcross(i, "surplus", y);
            formula(s, r, 5 + y, "IF(ISNUMBER(" + in + ")," + in + ",\"\")", Style.CALC_GBPK);
          }
          r++;
        }
      }
      text(s, r, 0, scope, Style.CALC_TEXT);
      text(s, r, 2, "Do-nothing used in the bridge", Style.LABEL);
      text(s, r, 3, scope, Style.CALC_TEXT);
      for (int y = 0; y < years; y++) {
        int c = 5 + y;
        String f = published < 0 ? Refs.cell(projected, c)
            : "IF(ISNUMBER(" + Refs.cell(published, c) + ")," + Refs.cell(published, c) + "," + Refs.cell(projected, c) + ")";
        formula(s, r, c, f, Style.TOTAL_GBPK);
      }
      doNothingUsedRow.put(scope, r);
      r += 2;
    }
    finish(s, new int[] {14, 30, 22, 10, 14}, 5, 4);
  }

  /** Shifts every column-relative reference "X$n" in {@code f} right by {@code by} columns. */
  private static String shift(String f, int by) {
    if (by == 0) {
      return f;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![$A-Z])([A-Z]{1,3})\\$(\\d+)").matcher(f);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int col = org.apache.poi.ss.util.CellReference.convertColStringToIndex(m.group(1));
      m.appendReplacement(sb, Refs.col(col + by) + "\\$" + m.group(2));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  // ---------------------------------------------------------------- Bridge
  private void bridge() {
    XSSFSheet s = wb.createSheet(BRIDGE);
    title(s, "Financial bridge", "Do-nothing, then each solution's phased net effect and funding applied,"
        + " to the do-something position. Saving positive, cost negative, £'000.");
    Placements.Table sol = p.table(TemplateLayout.SOLUTIONS_TABLE);
    Placements.Table fund = p.table(TemplateLayout.FUNDING_LINES);
    int r = 3;
    for (String scope : scopes()) {
      text(s, r, 0, scope.equals(DoNothingTrajectory.HEALTH) ? "NHS system (HEALTH)" : "Social care: " + scope,
          Style.TABLE_TITLE);
      text(s, r, 1, scope, Style.CALC_TEXT);
      r++;
      text(s, r, 0, "£'000", Style.HEADER);
      yearHeader(s, r, 1);
      r++;
      int dn = r;
      text(s, r, 0, "Do-nothing deficit", Style.LABEL);
      for (int y = 0; y < years; y++) {
        formula(s, r, 1 + y, Refs.sheet(DO_NOTHING) + Refs.cell(doNothingUsedRow.get(scope), 5 + y), Style.TOTAL_GBPK);
      }
      r++;
      int firstLine = r;
      for (int i = 0; i < fp.solutions().size(); i++) {
        Solution x = fp.solutions().get(i);
        if (!x.scope().equals(scope)) {
          continue;
        }
        formula(s, r, 0, sol.ref(i, "number", 0) + "&\" \"&" + sol.ref(i, "name", 0), Style.CALC_TEXT);
        for (int y = 0; y < years; y++) {
          formula(s, r, 1 + y, "SUM(" + sol.refAcross(i, "phased", y) + ")", Style.CALC_GBPK);
        }
        r++;
      }
      for (int i = 0; i < fp.funding().size(); i++) {
        FundingLine fl = fp.funding().get(i);
        if (!fl.scope().equals(scope) || fl.committedNonRecurrent()) {
          continue;
        }
        formula(s, r, 0, fund.ref(i, "name", 0), Style.CALC_TEXT);
        for (int y = 0; y < years; y++) {
          formula(s, r, 1 + y, "SUM(" + fund.refAcross(i, "amounts", y) + ")", Style.CALC_GBPK);
        }
        r++;
      }
      if (r == firstLine) {
        text(s, r, 0, "(no solutions)", Style.CALC_TEXT);
        r++;
      }
      int lastLine = r - 1;
      int total = r;
      text(s, r, 0, "Total solution value", Style.LABEL);
      for (int y = 0; y < years; y++) {
        formula(s, r, 1 + y, "SUM(" + Refs.cell(firstLine, 1 + y) + ":" + Refs.cell(lastLine, 1 + y) + ")", Style.TOTAL_GBPK);
      }
      r++;
      int pubTotal = -1;
      if (printed(scope, "totalSolutionValue") >= 0) {
        pubTotal = r;
        publishedRow(s, r++, "As published: total solution value", printed(scope, "totalSolutionValue"),
            "totalSolutionValue");
      }
      int ds = r;
      text(s, r, 0, "Do-something deficit", Style.LABEL);
      for (int y = 0; y < years; y++) {
        formula(s, r, 1 + y, Refs.cell(dn, 1 + y) + "+" + Refs.cell(total, 1 + y), Style.TOTAL_GBPK);
      }
      r++;
      int pubDs = -1;
      if (printed(scope, "doSomething") >= 0) {
        pubDs = r;
        publishedRow(s, r++, "As published: do-something deficit", printed(scope, "doSomething"), "doSomething");
      }
      r += 1;
      int cons = r;
      text(s, r, 0, "Check: do-something less do-nothing less total", Style.NOTE);
      for (int y = 0; y < years; y++) {
        formula(s, r, 1 + y, Refs.cell(ds, 1 + y) + "-" + Refs.cell(dn, 1 + y) + "-" + Refs.cell(total, 1 + y), Style.CALC_GBPK);
      }
      r++;
      int agree = r;
      text(s, r, 0, "Check: total less Solutions and Funding sheets", Style.NOTE);
      for (int y = 0; y < years; y++) {
        formula(s, r, 1 + y, Refs.cell(total, 1 + y) + "-SUMIFS(" + sol.columnAcross("phased", y) + ","
            + sol.column("scope", 0) + ",$B$" + (dn - 1) + ")-SUMIFS(" + fund.columnAcross("amounts", y) + ","
            + fund.column("scope", 0) + ",$B$" + (dn - 1) + "," + fund.column("committed", 0) + ",\"No\")", Style.CALC_GBPK);
      }
      r++;
      int engineDiff = -1;
      if (engine != null && engine.doSomething().containsKey(scope)) {
        int er = r;
        text(s, r, 0, "Engine do-something (" + engine.source() + ")", Style.LABEL);
        prepopYears(s, r, 1, engine.doSomething().get(scope));
        r++;
        engineDiff = r;
        text(s, r, 0, "Check: template less engine", Style.NOTE);
        for (int y = 0; y < years; y++) {
          formula(s, r, 1 + y, Refs.cell(ds, 1 + y) + "-" + Refs.cell(er, 1 + y), Style.CALC_GBPK);
        }
        r++;
      }
      bridges.put(scope, new BridgeBlock(dn, firstLine, lastLine, total, pubTotal, ds, pubDs, cons, agree,
          engineDiff));
      r += 2;
    }
    finish(s, new int[] {52}, 1, 0);
  }

  /**
   * The row of the PublishedDoNothing table that prints {@code key} ("totalSolutionValue" or
   * "doSomething") for {@code scope}, or -1 when the plan prints no such row for it.
   */
  private int printed(String scope, String key) {
    List<DoNothingTrajectory> t = fp.publishedDoNothing();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).scope().equals(scope)) {
        YearlyAmounts a = key.equals("doSomething") ? t.get(i).publishedDoSomethingGbpK()
            : t.get(i).publishedTotalSolutionValueGbpK();
        return a.isEmpty() ? -1 : i;
      }
    }
    return -1;
  }

  /** The plan's printed row, read from its input cells, blank in years the plan does not print. */
  private void publishedRow(XSSFSheet s, int r, String label, int item, String key) {
    Placements.Table pub = p.table(TemplateLayout.PUBLISHED_DO_NOTHING);
    text(s, r, 0, label, Style.CALC_TEXT);
    for (int y = 0; y < years; y++) {
      String in = pub.refAcross(item, key, y);
      formula(s, r, 1 + y, "IF(ISNUMBER(" + in + ")," + in + ",\"\")", Style.CALC_GBPK);
    }
  }

  // ---------------------------------------------------------------- Summary
  private void summary() {
    XSSFSheet s = wb.createSheet(SUMMARY);
    title(s, "Summary", "The three gaps, the phased financial bridge and the sensitivities. £'000.");
    text(s, 2, 0, "Footprint", Style.LABEL);
    formula(s, 2, 1, p.field(NAME_FIELD.key()).ref(), Style.CALC_TEXT);
    String lastYear = layout.period().lastYear().toString();
    BridgeBlock health = bridges.get(DoNothingTrajectory.HEALTH);
    int lastCol = years; // last year column on the Bridge sheet
    String b = Refs.sheet(BRIDGE);
    int r = 4;
    text(s, r, 0, "The three gaps", Style.TABLE_TITLE);
    r++;
    text(s, r, 0, "Gap", Style.HEADER);
    text(s, r, 1, "Measure", Style.HEADER);
    text(s, r, 2, "Value", Style.HEADER);
    r++;
    String fin = Gap.FINANCE_AND_EFFICIENCY.label();
    r = gapRow(s, r, fin, "Health do-nothing deficit " + lastYear, b + Refs.abs(health.doNothing(), lastCol), Style.CALC_GBPK);
    r = gapRow(s, r, fin, "Health do-something position " + lastYear, b + Refs.abs(health.doSomething(), lastCol), Style.CALC_GBPK);
    r = gapRow(s, r, fin, "Cumulative health do-nothing deficit", "SUM(" + b + Refs.abs(health.doNothing(), 1) + ":"
        + Refs.abs(health.doNothing(), lastCol) + ")", Style.CALC_GBPK);
    List<String> la = new ArrayList<>();
    bridges.forEach((scope, blk) -> {
      if (!scope.equals(DoNothingTrajectory.HEALTH)) {
        la.add(b + Refs.abs(blk.doNothing(), lastCol));
      }
    });
    if (!la.isEmpty()) {
      r = gapRow(s, r, fin, "Social care do-nothing gap " + lastYear, String.join("+", la), Style.CALC_GBPK);
    }
    Placements.Table tc = p.table(TemplateLayout.TRANSFORMATION_COSTS);
    r = gapRow(s, r, fin, "Transformation costs, cumulative to " + lastYear, "SUM(" + tc.column("cumulative", years - 1) + ")", Style.CALC_GBPK);
    r = gapRow(s, r, fin, "Capital, all years", "SUM(" + TemplateLayout.CAPITAL_SCHEMES.definedName("amounts") + ")", Style.CALC_GBPK);
    String status = TemplateLayout.INDICATOR_VALUES.definedName("status");
    String gapCol = TemplateLayout.INDICATOR_VALUES.definedName("gap");
    r = gapRow(s, r, Gap.CARE_AND_QUALITY.label(), "Indicator values below their standard",
        "COUNTIF(" + status + ",\"Below\")", Style.CALC_NUMBER);
    r = gapRow(s, r, Gap.CARE_AND_QUALITY.label(), "Indicator values meeting their standard",
        "COUNTIF(" + status + ",\"Meets\")", Style.CALC_NUMBER);
    r = gapRow(s, r, Gap.HEALTH_AND_WELLBEING.label(), "Indicator values submitted",
        "COUNTIF(" + gapCol + "," + "\"" + Gap.HEALTH_AND_WELLBEING.label() + "\")", Style.CALC_NUMBER);
    r = gapRow(s, r, Gap.CARE_AND_QUALITY.label(), "Indicator values submitted",
        "COUNTIF(" + gapCol + "," + "\"" + Gap.CARE_AND_QUALITY.label() + "\")", Style.CALC_NUMBER);
    if (engine != null && engine.doSomething().containsKey(DoNothingTrajectory.HEALTH)) {
      text(s, r, 0, fin, Style.CALC_TEXT);
      text(s, r, 1, "Engine: health do-something " + lastYear, Style.CALC_TEXT);
      prepop(s, r, 2, engine.doSomething().get(DoNothingTrajectory.HEALTH).get(layout.period().lastYear()));
      r++;
    }

    r += 1;
    text(s, r, 0, "Phased financial bridge, do-something whole system", Style.TABLE_TITLE);
    r++;
    text(s, r, 0, "£'000", Style.HEADER);
    yearHeader(s, r, 1);
    r++;
    int firstBridge = r;
    int[] rows = bridgeRows(health);
    for (int br : rows) {
      boolean total = br == health.doNothing() || br == health.total() || br == health.doSomething();
      formula(s, r, 0, b + Refs.abs(br, 0), total ? Style.LABEL : Style.CALC_TEXT);
      for (int y = 0; y < years; y++) {
        formula(s, r, 1 + y, b + Refs.cell(br, 1 + y), total ? Style.TOTAL_GBPK : Style.CALC_GBPK);
      }
      r++;
    }
    int lastBridge = r - 1;
    if (health.publishedDoSomething() >= 0) {
      // Beside the formula's do-something, outside the chart's range: the plan's own printed row.
      formula(s, r, 0, b + Refs.abs(health.publishedDoSomething(), 0), Style.CALC_TEXT);
      for (int y = 0; y < years; y++) {
        formula(s, r, 1 + y, b + Refs.cell(health.publishedDoSomething(), 1 + y), Style.CALC_GBPK);
      }
      r++;
    }
    List<Integer> steps = new ArrayList<>();
    for (int k = 0; k < rows.length; k++) {
      if (rows[k] != health.total()) {
        steps.add(firstBridge + k); // the total solution value is the sum of the steps: not a step itself
      }
    }
    waterfall(s, steps, firstBridge - 1, lastYear, r + 1);
    r += 24;

    text(s, r, 0, "Sensitivities (" + lastYear + ")", Style.TABLE_TITLE);
    r++;
    text(s, r, 0, "Sensitivity", Style.HEADER);
    text(s, r, 1, "Published NHS impact", Style.HEADER);
    text(s, r, 2, "Published social care impact", Style.HEADER);
    if (engine != null) {
      text(s, r, 3, "Engine NHS impact", Style.HEADER);
      text(s, r, 4, "Engine social care impact", Style.HEADER);
    }
    r++;
    Placements.Table st = p.table(TemplateLayout.SENSITIVITIES_TABLE);
    for (int i = 0; i < fp.sensitivities().size(); i++) {
      Sensitivity x = fp.sensitivities().get(i);
      formula(s, r, 0, st.ref(i, "name", 0), Style.CALC_TEXT);
      formula(s, r, 1, "SUM(" + st.ref(i, "nhs", years - 1) + ")", Style.CALC_GBPK);
      formula(s, r, 2, "SUM(" + st.ref(i, "socialCare", years - 1) + ")", Style.CALC_GBPK);
      if (engine != null) {
        YearlyAmounts nhs = engine.sensitivityNhsImpact().get(x.name());
        YearlyAmounts sc = engine.sensitivitySocialCareImpact().get(x.name());
        if (nhs != null) {
          prepop(s, r, 3, nhs.get(layout.period().lastYear()));
        }
        if (sc != null) {
          prepop(s, r, 4, sc.get(layout.period().lastYear()));
        }
      }
      r++;
    }
    finish(s, new int[] {52, 40, 16, 16, 16}, 1, 0);
    s.setColumnWidth(1, 40 * 256);
  }

  private int[] bridgeRows(BridgeBlock blk) {
    List<Integer> rows = new ArrayList<>();
    rows.add(blk.doNothing());
    for (int i = blk.firstLine(); i <= blk.lastLine(); i++) {
      rows.add(i);
    }
    rows.add(blk.total());
    rows.add(blk.doSomething());
    return rows.stream().mapToInt(Integer::intValue).toArray();
  }

  private int gapRow(XSSFSheet s, int r, String gap, String measure, String formula, Style style) {
    text(s, r, 0, gap, Style.CALC_TEXT);
    text(s, r, 1, measure, Style.CALC_TEXT);
    formula(s, r, 2, formula, style);
    return r + 1;
  }

  /**
   * The bridge chart: a waterfall of the final year drawn as stacked bars. Beside the Summary's bridge
   * table, one row per step (the do-nothing, each bridge line, the do-something) holds where its bar runs
   * from and to (the do-nothing and do-something from zero, each line from where the one before it
   * ended), then splits that span into an undrawn base and the drawn parts below and above zero, which
   * is how stacked bars draw a floating bar on either side of the axis. All are formulas over the table.
   */
  private void waterfall(XSSFSheet s, List<Integer> stepRows, int headerRow, String year, int anchorRow) {
    int c0 = years + 2;
    text(s, headerRow, c0, "Waterfall workings (" + year + ")", Style.HEADER);
    String[] heads = {"From", "To", "Base (not drawn)", "Below zero", "Above zero"};
    for (int k = 0; k < heads.length; k++) {
      text(s, headerRow, c0 + 1 + k, heads[k], Style.HEADER);
    }
    int first = headerRow + 1;
    for (int i = 0; i < stepRows.size(); i++) {
      int r = first + i;
      int src = stepRows.get(i);
      boolean position = i == 0 || i == stepRows.size() - 1;
      formula(s, r, c0, Refs.cell(src, 0), Style.CALC_TEXT);
      String from = Refs.cell(r, c0 + 1);
      String to = Refs.cell(r, c0 + 2);
      formula(s, r, c0 + 1, position ? "0" : Refs.cell(r - 1, c0 + 2), Style.CALC_GBPK);
      formula(s, r, c0 + 2, position ? Refs.cell(src, years) : from + "+" + Refs.cell(src, years), Style.CALC_GBPK);
      String lo = "MIN(" + from + "," + to + ")";
      String hi = "MAX(" + from + "," + to + ")";
      formula(s, r, c0 + 3, "IF(" + hi + "<=0," + hi + ",IF(" + lo + ">=0," + lo + ",0))", Style.CALC_GBPK);
      formula(s, r, c0 + 4, "IF(" + hi + "<=0," + lo + "-" + hi + ",IF(" + lo + ">=0,0," + lo + "))", Style.CALC_GBPK);
      formula(s, r, c0 + 5, "IF(" + hi + "<=0,0,IF(" + lo + ">=0," + hi + "-" + lo + "," + hi + "))", Style.CALC_GBPK);
    }
    int last = first + stepRows.size() - 1;
    for (int k = 0; k <= heads.length; k++) {
      s.setColumnWidth(c0 + k, (k == 0 ? 40 : 14) * 256);
    }
    XSSFDrawing drawing = s.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 6, anchorRow + 22);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText("Bridge " + year + ", £'000: from the do-nothing through each solution to the do-something");
    chart.setTitleOverlay(false);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
    x.setOrientation(AxisOrientation.MAX_MIN); // the do-nothing at the top, as the table reads
    x.setTickLabelPosition(AxisTickLabelPosition.LOW); // names at the left edge, clear of the bars
    XDDFValueAxis v = chart.createValueAxis(AxisPosition.BOTTOM);
    v.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(first, last, c0, c0));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, v);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(BarGrouping.STACKED);
    data.setVaryColors(false);
    String[] titles = {"Base (not drawn)", "Below zero", "Above zero"};
    for (int k = 0; k < titles.length; k++) {
      XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s,
          new CellRangeAddress(first, last, c0 + 3 + k, c0 + 3 + k));
      XDDFChartData.Series series = data.addSeries(cats, vals);
      series.setTitle(titles[k], null);
      series.setFillProperties(k == 0 ? new XDDFNoFillProperties()
          : new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
    }
    chart.plot(data);
    // Stacked bars need a 100% overlap. XDDFBarChartData.setOverlap needs a schema type that
    // poi-ooxml-lite leaves out, so the attribute is written directly.
    CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
    XmlCursor cursor = (bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap()).newCursor();
    try {
      cursor.setAttributeText(new QName("val"), "100");
    } finally {
      cursor.close();
    }
  }

  // ---------------------------------------------------------------- Checks
  private void checks() {
    XSSFSheet s = wb.createSheet(CHECKS);
    title(s, "Checks", "Each check shows its difference (£'000) and OK, WARNING or ERROR against the tolerance on the"
        + " Assumptions sheet. The master check is OK when no check is in ERROR.");
    text(s, 3, 0, "Master check", Style.TABLE_TITLE);
    int r = 5;
    text(s, r, 0, "Check", Style.HEADER);
    text(s, r, 1, "What it tests", Style.HEADER);
    text(s, r, 2, "Difference", Style.HEADER);
    text(s, r, 3, "Status", Style.HEADER);
    r++;
    int first = r;
    String tol = tolerance();
    String nm = TemplateLayout.NORMALISATION.definedName("reported");
    r = check(s, r, "Normalisation foots", "reported + non-recurrent + impairments = normalised, in total",
        "SUM(" + nm + ")+SUM(" + TemplateLayout.NORMALISATION.definedName("nonRecurrent") + ")+SUM("
            + TemplateLayout.NORMALISATION.definedName("impairments") + ")-SUM("
            + TemplateLayout.NORMALISATION.definedName("normalised") + ")", "ERROR", tol);
    String[] sl = {"income", "staff", "variable", "fixed", "chc", "computed"};
    StringBuilder f = new StringBuilder("SUM(" + TemplateLayout.SERVICE_LINES.definedName(sl[0]) + ")");
    for (int i = 1; i < sl.length; i++) {
      f.append("-SUM(").append(TemplateLayout.SERVICE_LINES.definedName(sl[i])).append(")");
    }
    r = check(s, r, "Income and expenditure foots", "income less costs = surplus, in total", f.toString(), "ERROR", tol);
    r = maxCheck(s, r, "Normalised agrees with published", "largest difference between calculated and printed"
        + " normalised surplus", TemplateLayout.NORMALISATION.definedName("difference"), "WARNING", tol);
    r = maxCheck(s, r, "Service line surplus agrees with reported", "largest difference between income less costs"
        + " and the printed surplus (the seed's SSSFT 9,530 vs 9,350 shows here)",
        TemplateLayout.SERVICE_LINES.definedName("difference"), "WARNING", tol);
    for (Map.Entry<String, BridgeBlock> e : bridges.entrySet()) {
      BridgeBlock blk = e.getValue();
      String range = Refs.sheet(BRIDGE) + Refs.abs(blk.conservation(), 1) + ":" + Refs.abs(blk.conservation(), years);
      r = maxCheck(s, r, "Bridge conserves money: " + e.getKey(), "do-something = do-nothing + every bridge line,"
          + " every year", range, "ERROR", tol);
      range = Refs.sheet(BRIDGE) + Refs.abs(blk.sheetsAgree(), 1) + ":" + Refs.abs(blk.sheetsAgree(), years);
      r = maxCheck(s, r, "Bridge agrees with inputs: " + e.getKey(), "bridge lines = the Solutions and Funding"
          + " sheets' amounts for this scope (a solution added without a bridge row shows here)", range, "ERROR", tol);
    }
    r = missingInputs(s, r);
    boolean any = false;
    if (engine != null) {
      for (Map.Entry<String, BridgeBlock> e : bridges.entrySet()) {
        if (e.getValue().engineDifference() >= 0) {
          any = true;
          BridgeBlock blk = e.getValue();
          String range = Refs.sheet(BRIDGE) + Refs.abs(blk.engineDifference(), 1) + ":" + Refs.abs(blk.engineDifference(), years);
          r = maxCheck(s, r, "Reconciles to the engine: " + e.getKey(), "template do-something = engine do-something ("
              + engine.source() + "), every year", range, "ERROR", tol);
        }
      }
    }
    if (!any) {
      text(s, r, 0, "Reconciles to the engine", Style.CALC_TEXT);
      text(s, r, 1, "no engine result was supplied when this template was written", Style.CALC_TEXT);
      text(s, r, 3, "n/a", Style.PREPOP_TEXT);
      r++;
    }
    int last = r - 1;
    formula(s, 3, 3, "IF(COUNTIF(" + Refs.abs(first, 3) + ":" + Refs.abs(last, 3) + ",\"ERROR\")=0,\"OK\",\"ERROR\")",
        Style.TOTAL_GBPK);
    finish(s, new int[] {44, 80, 14, 10}, 0, 6);
  }

  /**
   * Rows counting the input cells still to fill (a blank template shows what is missing; a filled one shows
   * 0): default driver rates left blank in a plan year, and normalisation and service-line rows that name an
   * organisation with a figure left blank.
   */
  private int missingInputs(XSSFSheet s, int r) {
    Placements.Table drivers = p.table(TemplateLayout.DRIVERS);
    int rates = drivers.columns().get("rates");
    String driverCells = Refs.range(drivers.sheet(), drivers.firstRow(), rates + 1, drivers.lastRow(),
        rates + layout.period().size());
    r = countCheck(s, r, "Still to fill: default driver rates", "plan-year rates left blank on Assumptions (type 0%"
        + " where there is none)", "COUNTBLANK(" + driverCells + ")");
    r = countCheck(s, r, "Still to fill: normalisation", "figures left blank in normalisation rows that name an"
        + " organisation", blanksBeside(TemplateLayout.NORMALISATION, "reported", "nonRecurrent", "impairments"));
    return countCheck(s, r, "Still to fill: service lines", "figures left blank in service-line rows that name an"
        + " organisation", blanksBeside(TemplateLayout.SERVICE_LINES, "serviceLine", "income", "staff", "variable",
            "fixed", "chc"));
  }

  private static String blanksBeside(TableLayout<?> table, String... keys) {
    StringBuilder f = new StringBuilder();
    for (String k : keys) {
      f.append(f.length() == 0 ? "" : "+").append("COUNTIFS(").append(table.definedName("organisation"))
          .append(",\"<>\",").append(table.definedName(k)).append(",\"\")");
    }
    return f.toString();
  }

  private int countCheck(XSSFSheet s, int r, String name, String what, String count) {
    text(s, r, 0, name, Style.CALC_TEXT);
    text(s, r, 1, what, Style.CALC_TEXT);
    formula(s, r, 2, count, Style.CALC_GBPK);
    formula(s, r, 3, "IF(" + Refs.cell(r, 2) + "=0,\"OK\",\"ERROR\")", Style.CALC_TEXT);
    return r + 1;
  }

  private int check(XSSFSheet s, int r, String name, String what, String difference, String failStatus, String tol) {
    text(s, r, 0, name, Style.CALC_TEXT);
    text(s, r, 1, what, Style.CALC_TEXT);
    formula(s, r, 2, difference, Style.CALC_GBPK);
    formula(s, r, 3, "IF(ABS(" + Refs.cell(r, 2) + ")<=" + tol + ",\"OK\",\"" + failStatus + "\")", Style.CALC_TEXT);
    return r + 1;
  }

  private int maxCheck(XSSFSheet s, int r, String name, String what, String range, String failStatus, String tol) {
    return check(s, r, name, what, "MAX(MAX(" + range + "),-MIN(" + range + "))", failStatus, tol);
  }

  // ---------------------------------------------------------------- Lists
  private void lists() {
    XSSFSheet s = wb.createSheet(LISTS);
    int c = 0;
    for (Choices<?> ch : TemplateLayout.ALL_CHOICES) {
      text(s, 0, c, ch.name(), Style.HEADER);
      List<String> labels = ch.labels();
      for (int i = 0; i < labels.size(); i++) {
        text(s, 1 + i, c, labels.get(i), Style.PREPOP_TEXT);
      }
      var n = wb.createName();
      n.setNameName(InputSheetWriter.listName(ch));
      n.setRefersToFormula(Refs.range(LISTS, 1, c, labels.size(), c));
      s.setColumnWidth(c, 36 * 256);
      c++;
    }
    s.enableLocking();
    wb.setSheetHidden(wb.getSheetIndex(s), true);
  }

  // ---------------------------------------------------------------- helpers
  private void title(XSSFSheet s, String title, String guidance) {
    text(s, 0, 0, title, Style.TITLE);
    text(s, 1, 0, guidance, Style.GUIDANCE);
  }

  private void yearHeader(XSSFSheet s, int row, int col) {
    List<String> labels = layout.period().labels();
    for (int i = 0; i < labels.size(); i++) {
      text(s, row, col + i, labels.get(i), Style.HEADER);
    }
  }

  private void prepopYears(XSSFSheet s, int row, int col, YearlyAmounts a) {
    for (int y = 0; y < years; y++) {
      var year = layout.period().year(y);
      if (a.has(year)) {
        prepop(s, row, col + y, a.get(year));
      }
    }
  }

  private void prepop(XSSFSheet s, int row, int col, double v) {
    Cell c = InputSheetWriter.cell(s, row, col);
    c.setCellValue(v);
    c.setCellStyle(styles.get(Style.PREPOP_GBPK));
  }

  private void text(XSSFSheet s, int row, int col, String v, Style style) {
    CellText.write(InputSheetWriter.cell(s, row, col), v, styles, style,
        style == Style.PREPOP_TEXT ? Style.PREPOP_TEXT_QUOTED : style);
  }

  private void formula(XSSFSheet s, int row, int col, String f, Style style) {
    Cell c = InputSheetWriter.cell(s, row, col);
    c.setCellFormula(f);
    c.setCellStyle(styles.get(style));
  }

  private void finish(XSSFSheet s, int[] widths, int freezeCols, int freezeRowsBelowHeader) {
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, widths[i] * 256);
    }
    for (int i = widths.length; i < widths.length + years + 1; i++) {
      s.setColumnWidth(i, InputSheetWriter.YEAR_WIDTH * 256);
    }
    s.createFreezePane(freezeCols, Math.max(2, freezeRowsBelowHeader));
  }
}
