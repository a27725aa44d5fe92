package org.stptoolkit.reports.workbook;

import org.stptoolkit.reports.internal.workbook.Evaluation;
import org.stptoolkit.reports.internal.workbook.CellText;
import org.stptoolkit.reports.internal.workbook.InputSheetWriter;
import org.stptoolkit.reports.internal.workbook.Placements;
import org.stptoolkit.reports.internal.workbook.Refs;
import org.stptoolkit.reports.internal.workbook.Style;
import org.stptoolkit.reports.internal.workbook.Styles;

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
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.Solution;
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
  /** Defined name: the indicator ids of the toolkit's catalogue (on the Lists sheet). */
  public static final String CATALOGUE_ID = "lst_CatalogueIndicatorId";
  /** Defined name: each catalogue indicator's gap, as the gap dropdown words it. */
  public static final String CATALOGUE_GAP = "lst_CatalogueIndicatorGap";
  /** Defined name: each catalogue indicator's standard (at least), blank where it has none. */
  public static final String CATALOGUE_STANDARD_LOWER = "lst_CatalogueIndicatorStandardLower";
  /** Label of the check tolerance on the Assumptions sheet. */
  public static final String TOLERANCE_LABEL = "Check tolerance (£'000)";
  /** Solution workings sheet name. */
  public static final String SOLUTION_WORKINGS = "Solution workings";
  /** Line name of a normalisation adjustment on the Do-nothing sheet (the engine's unit name). */
  public static final String NORMALISATION_LINE = "Normalisation";
  /** Measure label of a normalisation adjustment on the Do-nothing sheet. */
  public static final String NORMALISATION_MEASURE = "Normalisation adjustment";
  /** Measure label of an organisation's do-nothing surplus on the Do-nothing sheet. */
  public static final String ORGANISATION_SURPLUS = "Organisation surplus";
  /** Label of a solution's net saving row on the Solution workings sheet. */
  public static final String NET_LABEL = "Net";
  /** The cell on the Solution workings sheet that holds £ per £'000. */
  private static final String POUNDS_PER_THOUSAND = "$B$3";
  /** Label of a solution's draw on one cost pool on the Solution workings sheet. */
  private static final String DRAWN_LABEL = "Drawn from pool";
  /** The cost lines (enum names) each projected measure belongs to, in measure order. */
  private static final String[][] MEASURE_LINES = {{"INCOME"}, {"STAFF", "EXPENDITURE"},
      {"VARIABLE", "EXPENDITURE"}, {"FIXED", "EXPENDITURE"}, {"CONTINUING_HEALTHCARE", "EXPENDITURE"}};
  /** The measures of a projected service line. */
  private static final String[] MEASURES = {"Income", "Staff", "Variable", "Fixed", "Continuing healthcare"};

  private final XSSFWorkbook wb;
  private final Styles styles;
  private final TemplateLayout layout;
  private final Placements p;
  private final Footprint fp;
  private final EngineFigures engine;
  /** The bridge charts not drawn yet (see {@link #drawCharts}). */
  private final List<Waterfall> charts = new ArrayList<>();
  /** The Overrides table's rows, read once. */
  private List<TemplateLayout.OverrideRow> overrides;
  private final int years;
  private final Map<String, Integer> doNothingUsedRow = new LinkedHashMap<>();
  private final Map<String, BridgeBlock> bridges = new LinkedHashMap<>();
  /** Do-nothing rows that can belong to a cost pool: {row, measure index (-1 for a normalisation row)}. */
  private final List<int[]> poolRows = new ArrayList<>();
  /** Do-nothing sheet: the row of each organisation's surplus, by organisation code. */
  private final Map<String, Integer> organisationRow = new LinkedHashMap<>();
  /** First and last 0-based Do-nothing rows the pool flags cover, and the first flag column. */
  private int flagFirstRow;
  private int flagLastRow;
  private int flagFirstCol;
  /** Solution workings: the row of each solution's net saving, by solution index. */
  private final Map<Integer, Integer> netRow = new LinkedHashMap<>();
  /** Solution workings: first and last rows of the solution blocks. */
  private int solFirstRow;
  private int solLastRow;

  /**
   * Rows of one scope's bridge block (0-based); {@code publishedTotal} and {@code publishedDoSomething}
   * are -1 when the plan prints no such row for the scope.
   */
  private record BridgeBlock(int doNothing, int firstLine, int lastLine, int total, int publishedTotal,
      int doSomething, int publishedDoSomething, int conservation, int sheetsAgree, int missing,
      int engineDifference) {}

  /**
   * Workings for one workbook whose input sheets are written. The bridge chart's frame and axes are built
   * with the Summary; its series, whose cached values are the bridge's, are added by {@link #drawCharts}
   * once the workbook is evaluated (or never, by a check that only evaluates formulas).
   *
   * @param wb the workbook
   * @param styles its styles
   * @param layout the layout
   * @param placements where the inputs went
   * @param fp the footprint written
   * @param engine the engine's figures, or null
   */
  @SuppressWarnings("exports") // Styles and Placements are the writer's own, in reports.internal.workbook
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
    solutionWorkings();
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
    if (overrides == null) {
      overrides = TemplateLayout.OVERRIDES.items().apply(fp);
    }
    Placements.Table ot = p.table(TemplateLayout.OVERRIDES);
    for (int i = 0; i < overrides.size(); i++) {
      if (overrides.get(i).organisation().equals(org) && overrides.get(i).driver() == d) {
        return ot.refAcross(i, "rates", yearIndex + 1);
      }
    }
    return p.table(TemplateLayout.DRIVERS).refAcross(d.ordinal(), "rates", yearIndex + 1);
  }

  private String growth(String measure, Organisation o, String org) {
    // (1+rate) factors; rates are referenced column-relative so each year column uses its year's rate.
    // The sector decides the formula exactly as DoNothingProjection does: commissioners, local
    // authorities, and providers with any other body; NHS bodies' costs keep (1 - efficiency).
    String act = "(1+" + rate(Driver.DEMOGRAPHIC_GROWTH, org, 0) + ")*(1+" + rate(Driver.NON_DEMOGRAPHIC_GROWTH, org, 0) + ")";
    OrganisationType.Sector sector = o == null ? OrganisationType.Sector.OTHER : o.type().sector();
    boolean ccg = sector == OrganisationType.Sector.COMMISSIONER;
    boolean la = sector == OrganisationType.Sector.SOCIAL_CARE;
    String keep = o != null && o.type().isNhs() ? "*(1-" + rate(Driver.EFFICIENCY, org, 0) + ")" : "";
    return switch (measure) {
      case "Income" -> ccg ? f1(Driver.ALLOCATION_GROWTH, org)
          : la ? f1(Driver.SOCIAL_CARE_FUNDING_GROWTH, org)
          : f1(Driver.TARIFF_UPLIFT, org) + "*" + act;
      case "Staff" -> la ? f1(Driver.SOCIAL_CARE_PRICE_GROWTH, org) + "*" + f1(Driver.SOCIAL_CARE_DEMAND_GROWTH, org)
          : ccg ? f1(Driver.PAY_INFLATION, org) + keep
          : f1(Driver.PAY_INFLATION, org) + "*" + act + keep;
      case "Variable" -> la ? f1(Driver.SOCIAL_CARE_PRICE_GROWTH, org) + "*" + f1(Driver.SOCIAL_CARE_DEMAND_GROWTH, org)
          : ccg ? f1(Driver.TARIFF_UPLIFT, org) + "*" + act + keep
          : f1(Driver.NON_PAY_INFLATION, org) + "*" + act + keep;
      case "Fixed" -> f1(Driver.NON_PAY_INFLATION, org) + (la ? "" : keep);
      default -> f1(Driver.CONTINUING_HEALTHCARE_GROWTH, org);
    };
  }

  private String f1(Driver d, String org) {
    return "(1+" + rate(d, org, 0) + ")";
  }

  private void doNothing() {
    XSSFSheet s = wb.createSheet(DO_NOTHING);
    title(s, "Do-nothing projection", "Each plan year grows the year before with the drivers on the Assumptions"
        + " sheet; the normalisation adjustment (normalised surplus less the service lines' surplus) is carried"
        + " as income and moves with the organisation's income driver; the bridge uses the published trajectory"
        + " where one is given, else this projection. £'000.");
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
        if (o != null && m == 0) {
          poolRows.add(new int[] {r, m});
        }
        r++;
      }
      formula(s, r, 0, sl.ref(i, "organisation", 0), Style.CALC_TEXT);
      formula(s, r, 1, sl.ref(i, "serviceLine", 0), Style.CALC_TEXT);
      text(s, r, 2, "Surplus", Style.LABEL);
      text(s, r, 3, scopeOf(o), Style.CALC_TEXT);
      positionKeys(s, r, scopeOf(o));
      for (int y = 0; y <= years; y++) {
        int c = 4 + y;
        formula(s, r, c, Refs.cell(top, c) + "-" + Refs.cell(top + 1, c) + "-" + Refs.cell(top + 2, c) + "-"
            + Refs.cell(top + 3, c) + "-" + Refs.cell(top + 4, c), Style.TOTAL_GBPK);
      }
      r += 2;
    }
    // One normalisation adjustment per normalisation row of a known organisation (as the engine resolves
    // it): the normalised surplus less the organisation's service lines' surplus, carried as income.
    Placements.Table nt = p.table(TemplateLayout.NORMALISATION);
    List<NormalisationEntry> norm = fp.baseline().normalisation();
    for (int i = 0; i < norm.size(); i++) {
      String code = norm.get(i).organisationCode();
      Organisation o = fp.organisation(code).orElse(null);
      if (o == null) {
        continue;
      }
      formula(s, r, 0, nt.ref(i, "organisation", 0), Style.CALC_TEXT);
      text(s, r, 1, NORMALISATION_LINE, Style.CALC_TEXT);
      text(s, r, 2, NORMALISATION_MEASURE, Style.LABEL);
      text(s, r, 3, scopeOf(o), Style.CALC_TEXT);
      formula(s, r, 4, nt.ref(i, "normalised", 0) + "-SUMIF(" + sl.column("organisation", 0) + ","
          + nt.ref(i, "organisation", 0) + "," + sl.column("computed", 0) + ")", Style.CALC_GBPK);
      positionKeys(s, r, scopeOf(o));
      String g = growth("Income", o, code);
      for (int y = 0; y < years; y++) {
        formula(s, r, 5 + y, Refs.cell(r, 4 + y) + "*" + shift(g, y), Style.CALC_GBPK);
      }
      poolRows.add(new int[] {r, -1});
      r++;
    }
    r++;
    Placements.Table pt = p.table(TemplateLayout.PRESSURES);
    List<CostPressure> pressures = fp.pressures();
    for (int i = 0; i < pressures.size(); i++) {
      Organisation o = fp.organisation(pressures.get(i).organisationCode()).orElse(null);
      formula(s, r, 0, pt.ref(i, "organisation", 0), Style.CALC_TEXT);
      formula(s, r, 1, pt.ref(i, "name", 0), Style.CALC_TEXT);
      text(s, r, 2, "Pressure", Style.CALC_TEXT);
      text(s, r, 3, scopeOf(o), Style.CALC_TEXT);
      positionKeys(s, r, scopeOf(o));
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
        String scopeKeys = Refs.abs(first, scopeKeyCol()) + ":" + Refs.abs(last, scopeKeyCol());
        formula(s, r, c, "SUMIF(" + scopeKeys + ",$D" + (r + 1) + "," + col + ")", Style.CALC_GBPK);
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
    text(s, r++, 0, "Do-nothing by organisation", Style.TABLE_TITLE);
    Placements.Table ot = p.table(TemplateLayout.ORGANISATIONS);
    for (int i = 0; i < fp.organisations().size(); i++) {
      formula(s, r, 0, ot.ref(i, "code", 0), Style.CALC_TEXT);
      text(s, r, 2, ORGANISATION_SURPLUS, Style.LABEL);
      text(s, r, 3, scopeOf(fp.organisations().get(i)), Style.CALC_TEXT);
      for (int y = 0; y < years; y++) {
        int c = 5 + y;
        String col = Refs.col(c) + "$" + (first + 1) + ":" + Refs.col(c) + "$" + (last + 1);
        String orgKeys = Refs.abs(first, scopeKeyCol() + 1) + ":" + Refs.abs(last, scopeKeyCol() + 1);
        formula(s, r, c, "SUMIF(" + orgKeys + ",$A" + (r + 1) + "," + col + ")", Style.CALC_GBPK);
      }
      organisationRow.put(fp.organisations().get(i).code(), r);
      r++;
    }
    poolFlags(s, hr, first, last);
    finish(s, new int[] {14, 30, 22, 10, 14}, 5, 4);
  }

  private static final java.util.regex.Pattern COLUMN_RELATIVE =
      java.util.regex.Pattern.compile("(?<![$A-Z])([A-Z]{1,3})\\$(\\d+)");

  /** Shifts every column-relative reference "X$n" in {@code f} right by {@code by} columns. */
  private static String shift(String f, int by) {
    if (by == 0) {
      return f;
    }
    java.util.regex.Matcher m = COLUMN_RELATIVE.matcher(f);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int col = org.apache.poi.ss.util.CellReference.convertColStringToIndex(m.group(1));
      m.appendReplacement(sb, Refs.col(col + by) + "\\$" + m.group(2));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Beside the projection, one column per cost pool flags (1 or 0) each projected row that the pool adds
   * up, read from the CostPools inputs exactly as the engine resolves a pool: the row's organisation is
   * in the pool's list, its service line is the pool's (or the pool names none), and its measure is in
   * the pool's cost line (a normalisation adjustment only in an income pool).
   */
  private void poolFlags(XSSFSheet s, int headerRow, int first, int last) {
    flagFirstRow = first;
    flagLastRow = last;
    flagFirstCol = scopeKeyCol() + 3;
    text(s, headerRow, scopeKeyCol(), "Scope of the position", Style.HEADER);
    text(s, headerRow, scopeKeyCol() + 1, "Organisation of the position", Style.HEADER);
    s.setColumnWidth(scopeKeyCol(), 14 * 256);
    s.setColumnWidth(scopeKeyCol() + 1, 14 * 256);
    Placements.Table cp = p.table(TemplateLayout.COST_POOLS);
    int pools = fp.costPools().size();
    if (pools > 0) {
      text(s, headerRow - 1, flagFirstCol, "In cost pool (1 = the pool adds up this service line or"
          + " normalisation adjustment)", Style.HEADER);
    }
    for (int j = 0; j < pools; j++) {
      int c = flagFirstCol + 2 * j;
      formula(s, headerRow, c, cp.ref(j, "id", 0), Style.HEADER);
      text(s, headerRow, c + 1, "(normalisation)", Style.HEADER);
      String orgs = cp.ref(j, "organisations", 0);
      String sl = cp.ref(j, "serviceLine", 0);
      for (int[] pr : poolRows) {
        int r = pr[0];
        // a service line's flag sits on its income row; a normalisation adjustment's in the next column
        formula(s, r, pr[1] < 0 ? c + 1 : c, "IF(AND(ISNUMBER(FIND(\",\"&" + Refs.cell(r, 0) + "&\",\",\",\"&SUBSTITUTE("
            + orgs + ",\" \",\"\")&\",\")),OR(" + sl + "=\"\"," + Refs.cell(r, 1) + "=" + sl + ")),1,0)", Style.CALC_NUMBER);
      }
      s.setColumnWidth(c, 14 * 256);
      s.setColumnWidth(c + 1, 14 * 256);
    }
  }

  /** Do-nothing sheet: the column that keys each position row (surplus, pressure, normalisation) by scope. */
  private int scopeKeyCol() {
    return 5 + years + 1;
  }

  /** Keys a row that adds to its organisation's and scope's position: the scope, then the organisation. */
  private void positionKeys(XSSFSheet s, int r, String scope) {
    text(s, r, scopeKeyCol(), scope, Style.CALC_TEXT);
    formula(s, r, scopeKeyCol() + 1, Refs.cell(r, 0), Style.CALC_TEXT);
  }

  /**
   * The value of cost pool {@code j} in year {@code t} (0 = base year): for each measure in the pool's
   * cost line, the flagged service lines' values of that measure (the flag sits on the line's income row,
   * the measure {@code m} rows below it), plus the flagged normalisation adjustments for an income pool.
   */
  private String poolValue(int j, int t) {
    String dn = Refs.sheet(DO_NOTHING);
    String line = p.table(TemplateLayout.COST_POOLS).ref(j, "line", 0);
    int c = flagFirstCol + 2 * j;
    String flags = dn + Refs.abs(flagFirstRow, c) + ":" + Refs.abs(flagLastRow, c);
    StringBuilder f = new StringBuilder();
    for (int m = 0; m < MEASURE_LINES.length; m++) {
      String[] lines = MEASURE_LINES[m];
      f.append(m == 0 ? "" : "+").append("IF(OR(");
      for (int k = 0; k < lines.length; k++) {
        f.append(k == 0 ? "" : ",").append(line).append("=\"").append(lines[k]).append('"');
      }
      f.append("),SUMPRODUCT(").append(flags).append(',').append(dn).append(Refs.abs(flagFirstRow + m, 4 + t))
          .append(':').append(Refs.abs(flagLastRow + m, 4 + t)).append("),0)");
    }
    f.append("+IF(").append(line).append("=\"INCOME\",SUMPRODUCT(").append(dn).append(Refs.abs(flagFirstRow, c + 1))
        .append(':').append(Refs.abs(flagLastRow, c + 1)).append(',').append(dn).append(Refs.abs(flagFirstRow, 4 + t))
        .append(':').append(Refs.abs(flagLastRow, 4 + t)).append("),0)");
    return f.toString();
  }

  // ---------------------------------------------------------------- Solution workings
  /** Text of rule parameter {@code name} from the cleaned parameters cell {@code q} (";a=1;b=2;"), or "". */
  private static String param(String q, String name) {
    String at = "FIND(\";" + name + "=\"," + q + ")";
    String start = at + "+LEN(\";" + name + "=\")";
    return "IF(ISNUMBER(" + at + "),MID(" + q + "," + start + ",FIND(\";\"," + q + "," + start + ")-(" + start + ")),\"\")";
  }

  /** Rule parameter {@code name} as a number, 0 when absent. */
  private static String num(String q, String name) {
    String at = "FIND(\";" + name + "=\"," + q + ")";
    String start = at + "+LEN(\";" + name + "=\")";
    return "IF(ISNUMBER(" + at + "),VALUE(MID(" + q + "," + start + ",FIND(\";\"," + q + "," + start + ")-(" + start + "))),0)";
  }

  /**
   * The Solution workings sheet: each cost pool's do-nothing value by year, then one block per solution
   * that computes, as {@code SolutionEngine} does, its rule on the pool (percent of pool, opportunity
   * realisation, activity shift, bed closure, overhead removal, with parameters read from the Solutions
   * sheet's rule cells), the rule again on what earlier solutions left of the pool, its gross (the phased
   * amounts when given, else the rule), its net (a saving capped at what is left of its pools), the
   * double count, and what it draws from each of its pools in the order listed.
   */
  private void solutionWorkings() {
    XSSFSheet s = wb.createSheet(SOLUTION_WORKINGS);
    title(s, "Solution workings", "Each solution's rule on its cost pool, evaluated on what earlier solutions"
        + " left of the pool (double count), capped at what is left of its pools; phased amounts, where given,"
        + " are the gross. Saving positive, cost negative, £'000.");
    text(s, 2, 0, "Pounds in £'000 (unit costs are in £)", Style.LABEL);
    prepop(s, 2, 1, 1000);
    InputSheetWriter.cell(s, 2, 1).setCellStyle(styles.get(Style.PREPOP_NUMBER));
    int hr = 3;
    text(s, hr, 0, "Cost pool", Style.HEADER);
    text(s, hr, 1, "Key", Style.HEADER);
    text(s, hr, 2, "Detail", Style.HEADER);
    text(s, hr, 3, layout.period().baseYear() + " (base)", Style.HEADER);
    yearHeader(s, hr, 4);
    String yearRow = "$" + (hr + 1);
    int r = hr + 1;
    int poolFirst = r;
    Placements.Table cp = p.table(TemplateLayout.COST_POOLS);
    int pools = fp.costPools().size();
    for (int j = 0; j < pools; j++) {
      text(s, r, 0, "Pool value", Style.LABEL);
      formula(s, r, 1, cp.ref(j, "id", 0), Style.CALC_TEXT);
      for (int t = 0; t <= years; t++) {
        formula(s, r, 3 + t, poolValue(j, t), Style.CALC_GBPK);
      }
      r++;
    }
    int poolLast = Math.max(poolFirst, r - 1);
    String poolIds = Refs.abs(poolFirst, 1) + ":" + Refs.abs(poolLast, 1);
    r++;
    Placements.Table sol = p.table(TemplateLayout.SOLUTIONS_TABLE);
    List<Solution> solutions = fp.solutions();
    solFirstRow = r;
    Map<String, Integer> poolIndex = new LinkedHashMap<>();
    for (int j = 0; j < pools; j++) {
      poolIndex.putIfAbsent(fp.costPools().get(j).id(), j);
    }
    for (int i = 0; i < solutions.size(); i++) {
      Solution x = solutions.get(i);
      int top = r;
      // Header: number and name, scope, rule kind.
      formula(s, r, 0, sol.ref(i, "number", 0) + "&\" \"&" + sol.ref(i, "name", 0), Style.TABLE_TITLE);
      formula(s, r, 1, sol.ref(i, "scope", 0), Style.CALC_TEXT);
      formula(s, r, 2, "IF(ISBLANK(" + sol.ref(i, "ruleKind", 0) + "),\"\"," + sol.ref(i, "ruleKind", 0) + ")",
          Style.CALC_TEXT);
      String kind = Refs.abs(top, 2);
      r++;
      // Rule parameters, cleaned: ";name=value;...;" without spaces.
      text(s, r, 0, "Rule parameters", Style.LABEL);
      formula(s, r, 2, "\";\"&SUBSTITUTE(SUBSTITUTE(" + sol.ref(i, "ruleParameters", 0) + ",\" \",\"\"),\"]\",\",]\")&\";\"",
          Style.CALC_TEXT);
      String q = Refs.abs(r, 2);
      r++;
      String[] names = {"Pool", "Share", "From year", "Cumulative", "Amount at full effect", "Years", "Ramp-up"};
      for (int k = 0; k < names.length; k++) {
        text(s, r, 3 + k, names[k], Style.HEADER);
      }
      r++;
      int pr = r;
      text(s, r, 0, "Rule values", Style.LABEL);
      formula(s, r, 3, param(q, "pool"), Style.CALC_TEXT);
      formula(s, r, 4, "IF(" + kind + "=\"percentOfPool\"," + num(q, "sharePerYear") + "," + num(q, "share") + ")",
          Style.CALC_NUMBER);
      formula(s, r, 5, param(q, "fromYear"), Style.CALC_TEXT);
      formula(s, r, 6, "IF(LOWER(" + param(q, "cumulative") + ")=\"true\",1,0)", Style.CALC_NUMBER);
      formula(s, r, 7, "IF(" + kind + "=\"opportunityRealisation\"," + num(q, "opportunityGbpK") + "*" + num(q, "realisation")
          + ",IF(" + kind + "=\"activityShift\"," + num(q, "cohortSpells") + "*" + num(q, "shareMoved") + "*"
          + num(q, "unitCostGbp") + "/" + POUNDS_PER_THOUSAND + "*(1-" + num(q, "reprovisionCostShare") + "),IF(" + kind + "=\"bedClosure\","
          + num(q, "beds") + "*" + num(q, "costPerBedGbpK") + ",0)))", Style.CALC_NUMBER);
      formula(s, r, 8, num(q, "years"), Style.CALC_NUMBER);
      formula(s, r, 9, param(q, "rampUp"), Style.CALC_TEXT);
      String pool = Refs.abs(pr, 3);
      String share = Refs.abs(pr, 4);
      String from = Refs.abs(pr, 5);
      String cum = Refs.abs(pr, 6);
      String amount = Refs.abs(pr, 7);
      String phaseYears = Refs.abs(pr, 8);
      String rampText = Refs.abs(pr, 9);
      r++;
      // Whether the rule can be computed (its pool is defined; an opportunity needs none).
      int ok = r;
      text(s, r, 0, "Rule computed (1 = yes)", Style.LABEL);
      formula(s, r, 3, "IF(" + kind + "=\"\",0,IF(" + kind + "=\"opportunityRealisation\",1,IF(ISNUMBER(MATCH(" + pool
          + "," + poolIds + ",0)),1,0)))", Style.CALC_NUMBER);
      String ruleOk = Refs.abs(ok, 3);
      r++;
      int ramp = r;
      text(s, r, 0, "Ramp-up", Style.LABEL);
      for (int t = 0; t <= years; t++) {
        int c = 3 + t;
        String label = Refs.col(c) + yearRow;
        String at = "FIND(" + label + "&\":\"," + rampText + ")";
        String value = "VALUE(MID(" + rampText + "," + at + "+LEN(" + label + ")+1,FIND(\",\"," + rampText + "," + at
            + ")-" + at + "-LEN(" + label + ")-1))";
        String before = t == 0 ? "0" : Refs.cell(r, c - 1);
        formula(s, r, c, "IF(ISNUMBER(" + at + ")," + value + "," + before + ")", Style.CALC_NUMBER);
      }
      r++;
      int pv = r;
      text(s, r, 0, "Rule pool value", Style.LABEL);
      for (int t = 0; t <= years; t++) {
        int c = 3 + t;
        formula(s, r, c, "IF(ISNUMBER(MATCH(" + pool + "," + poolIds + ",0)),INDEX(" + Refs.abs(poolFirst, c) + ":"
            + Refs.abs(poolLast, c) + ",MATCH(" + pool + "," + poolIds + ",0)),0)", Style.CALC_GBPK);
      }
      r++;
      int left = r;
      text(s, r, 0, "Rule pool left by earlier solutions", Style.LABEL);
      for (int t = 0; t <= years; t++) {
        int c = 3 + t;
        formula(s, r, c, Refs.cell(pv, c) + (t == 0 ? "" : "-" + drawnBefore(pool, c, top)), Style.CALC_GBPK);
      }
      r++;
      int ruleGross = r;
      text(s, r, 0, "Rule on the pool", Style.LABEL);
      ruleRow(s, r, kind, ruleOk, share, from, cum, amount, phaseYears, ramp, pv, yearRow);
      r++;
      int ruleLeft = r;
      text(s, r, 0, "Rule on what is left", Style.LABEL);
      ruleRow(s, r, kind, ruleOk, share, from, cum, amount, phaseYears, ramp, left, yearRow);
      r++;
      int phasedFlag = r;
      text(s, r, 0, "Phased amounts given (1 = yes)", Style.LABEL);
      formula(s, r, 3, "IF(COUNT(" + sol.ref(i, "phased", 0) + ":" + sol.ref(i, "phased", years - 1).replaceAll("^'[^!]*'!", "")
          + ")>0,1,0)", Style.CALC_NUMBER);
      String phased = Refs.abs(phasedFlag, 3);
      r++;
      int gross = r;
      text(s, r, 0, "Gross", Style.LABEL);
      for (int y = 0; y < years; y++) {
        int c = 4 + y;
        formula(s, r, c, "IF(" + phased + "=1,SUM(" + sol.refAcross(i, "phased", y) + "),IF(" + ruleOk + "=1,"
            + Refs.cell(ruleGross, c) + ",0))", Style.CALC_GBPK);
      }
      r++;
      int before = r;
      text(s, r, 0, "Net before the cap", Style.LABEL);
      for (int y = 0; y < years; y++) {
        int c = 4 + y;
        formula(s, r, c, "IF(" + phased + "=1," + Refs.cell(gross, c) + ",IF(" + ruleOk + "=1,"
            + "IF(OR(" + kind + "=\"percentOfPool\"," + kind + "=\"overheadRemoval\")," + Refs.cell(ruleLeft, c) + ","
            + Refs.cell(ruleGross, c) + "),0))", Style.CALC_GBPK);
      }
      r++;
      // The pools it draws from: its own pools in the order listed, then the rule's pool, each once.
      List<String> own = new ArrayList<>();
      for (String id : x.costPools()) {
        if (poolIndex.containsKey(id) && !own.contains(id)) {
          own.add(id);
        }
      }
      String rulePool = x.rule() == null ? null : rulePoolOf(x);
      if (rulePool != null && poolIndex.containsKey(rulePool) && !own.contains(rulePool)) {
        own.add(rulePool);
      }
      int remaining = r;
      text(s, r, 0, "Left of its pools", Style.LABEL);
      for (int y = 0; y < years; y++) {
        int c = 4 + y;
        StringBuilder f = new StringBuilder("0");
        for (String id : own) {
          String idRef = "\"" + id.replace("\"", "\"\"") + "\"";
          f.append("+INDEX(").append(Refs.abs(poolFirst, c)).append(':').append(Refs.abs(poolLast, c)).append(",MATCH(")
              .append(idRef).append(',').append(poolIds).append(",0))-").append(drawnBefore(idRef, c, top));
        }
        formula(s, r, c, f.toString(), Style.CALC_GBPK);
      }
      r++;
      int net = r;
      text(s, r, 0, NET_LABEL, Style.LABEL);
      formula(s, r, 2, Refs.abs(top, 1), Style.CALC_TEXT);
      for (int y = 0; y < years; y++) {
        int c = 4 + y;
        String n = Refs.cell(before, c);
        formula(s, r, c, own.isEmpty() ? n : "IF(" + n + ">0,MIN(" + n + ",MAX(0," + Refs.cell(remaining, c) + "))," + n + ")",
            Style.TOTAL_GBPK);
      }
      netRow.put(i, net);
      r++;
      text(s, r, 0, "Double count removed", Style.LABEL);
      for (int y = 0; y < years; y++) {
        int c = 4 + y;
        formula(s, r, c, Refs.cell(gross, c) + "-" + Refs.cell(net, c), Style.CALC_GBPK);
      }
      r++;
      int firstDraw = r;
      for (int k = 0; k < own.size(); k++) {
        String idRef = "\"" + own.get(k).replace("\"", "\"\"") + "\"";
        text(s, r, 0, DRAWN_LABEL, Style.LABEL);
        text(s, r, 1, own.get(k), Style.CALC_TEXT);
        text(s, r, 2, DRAWN_LABEL + ":" + own.get(k), Style.CALC_TEXT);
        for (int y = 0; y < years; y++) {
          int c = 4 + y;
          String rest = Refs.cell(net, c) + (k == 0 ? "" : "-SUM(" + Refs.cell(firstDraw, c) + ":" + Refs.cell(r - 1, c) + ")");
          String avail = "MAX(0,INDEX(" + Refs.abs(poolFirst, c) + ":" + Refs.abs(poolLast, c) + ",MATCH(" + idRef + ","
              + poolIds + ",0))-" + drawnBefore(idRef, c, top) + ")";
          formula(s, r, c, "IF(" + rest + ">0," + (k == own.size() - 1 ? rest : "MIN(" + rest + "," + avail + ")") + ",0)",
              Style.CALC_GBPK);
        }
        r++;
      }
      r++;
    }
    solLastRow = Math.max(solFirstRow, r - 1);
    finish(s, new int[] {34, 24, 26}, 3, 4);
  }

  /** What earlier solutions (blocks above row {@code top}) drew from pool {@code id} in column {@code c}. */
  private String drawnBefore(String id, int c, int top) {
    if (top <= solFirstRow) {
      return "0";
    }
    String col = Refs.col(c);
    return "SUMIF($C$" + (solFirstRow + 1) + ":$C$" + top + ",\"" + DRAWN_LABEL + ":\"&" + id + "," + col + "$"
        + (solFirstRow + 1) + ":" + col + "$" + top + ")";
  }

  /**
   * A rule's saving by plan year on the pool values in row {@code poolRow} (base year in column D), as
   * {@code SolutionEngine.evaluate} computes it for each kind.
   */
  private void ruleRow(XSSFSheet s, int r, String kind, String ruleOk, String share, String from, String cum,
      String amount, String phaseYears, int rampRow, int poolRow, String yearRow) {
    for (int y = 0; y < years; y++) {
      int c = 4 + y;
      String label = Refs.col(c) + yearRow;
      String prev = Refs.cell(r, c - 1);
      String pPrev = Refs.cell(poolRow, c - 1);
      String pNow = Refs.cell(poolRow, c);
      String p0 = "$D" + (poolRow + 1);
      String ramp = Refs.cell(rampRow, c);
      String k = "(VALUE(LEFT(" + label + ",FIND(\"/\"," + label + ")-1))-VALUE(LEFT(" + from + ",FIND(\"/\"," + from
          + ")-1))+1)";
      String f = "IF(" + ruleOk + "<>1,0,"
          + "IF(" + kind + "=\"percentOfPool\",IF(" + label + ">=" + from + ",IF(" + cum + "=1,SUM(" + prev + "),0)+" + share
          + "*" + pPrev + ",0),"
          + "IF(" + kind + "=\"opportunityRealisation\",IF(" + k + ">=1," + amount + "*MIN(1," + k + "/" + phaseYears + "),0),"
          + "IF(OR(" + kind + "=\"activityShift\"," + kind + "=\"bedClosure\")," + amount + "*" + ramp + "*IF(" + p0
          + "=0,1," + pNow + "/" + p0 + "),"
          + "IF(" + kind + "=\"overheadRemoval\"," + share + "*" + pNow + "*" + ramp + ",0)))))";
      formula(s, r, c, f, Style.CALC_GBPK);
    }
  }

  /** The cost pool a solution's rule reads, or null (an opportunity realisation reads none). */
  private static String rulePoolOf(Solution x) {
    return x.rule() == null ? null : x.rule().costPool().orElse(null);
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
      int solutionRows = 0;
      for (int i = 0; i < fp.solutions().size(); i++) {
        Solution x = fp.solutions().get(i);
        if (!x.scope().equals(scope)) {
          continue;
        }
        formula(s, r, 0, sol.ref(i, "number", 0) + "&\" \"&" + sol.ref(i, "name", 0), Style.CALC_TEXT);
        for (int y = 0; y < years; y++) {
          formula(s, r, 1 + y, Refs.sheet(SOLUTION_WORKINGS) + Refs.cell(netRow.get(i), 4 + y), Style.CALC_GBPK);
        }
        solutionRows++;
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
      text(s, r, 0, "Check: total less Solution workings and Funding sheet", Style.NOTE);
      String sw = Refs.sheet(SOLUTION_WORKINGS);
      for (int y = 0; y < years; y++) {
        String col = Refs.col(4 + y);
        formula(s, r, 1 + y, Refs.cell(total, 1 + y) + "-SUMIFS(" + sw + col + "$" + (solFirstRow + 1) + ":" + col + "$"
            + (solLastRow + 1) + "," + sw + "$A$" + (solFirstRow + 1) + ":$A$" + (solLastRow + 1) + ",\"" + NET_LABEL + "\","
            + sw + "$C$" + (solFirstRow + 1) + ":$C$" + (solLastRow + 1) + ",$B$" + (dn - 1) + ")-SUMIFS("
            + fund.columnAcross("amounts", y) + "," + fund.column("scope", 0) + ",$B$" + (dn - 1) + ","
            + fund.column("committed", 0) + ",\"No\")", Style.CALC_GBPK);
      }
      r++;
      int missing = r;
      text(s, r, 0, "Check: solutions on the Solutions sheet without a bridge row", Style.NOTE);
      formula(s, r, 1, "COUNTIFS(" + sol.column("scope", 0) + ",$B$" + (dn - 1) + "," + sol.column("name", 0)
          + ",\"<>\")" + (solutionRows == 0 ? "" : "-ROWS(" + Refs.abs(firstLine, 0) + ":"
          + Refs.abs(firstLine + solutionRows - 1, 0) + ")"), Style.CALC_NUMBER);
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
          missing, engineDiff));
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
    r = gapRow(s, r, fin, "Health do-nothing position " + lastYear, b + Refs.abs(health.doNothing(), lastCol), Style.CALC_GBPK);
    r = gapRow(s, r, fin, "Health do-something position " + lastYear, b + Refs.abs(health.doSomething(), lastCol), Style.CALC_GBPK);
    r = gapRow(s, r, fin, "Cumulative health do-nothing position", "SUM(" + b + Refs.abs(health.doNothing(), 1) + ":"
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
    // England's and the regions' values are the benchmarks the others are compared with: counted as the PDF
    // pack counts (the stp-metrics three-gaps summary), every value of the gap other than theirs.
    String area = TemplateLayout.INDICATOR_VALUES.definedName("areaCode");
    // Regions (ONS codes E12 and six digits) are benchmarks too, as the summary now reads them.
    String notEngland = "," + area + ",\"<>" + ThreeGapsSummary.ENGLAND + "\"," + area + ",\"<>E12??????\"";
    r = gapRow(s, r, Gap.CARE_AND_QUALITY.label(), "Indicator values below their standard",
        "COUNTIFS(" + status + ",\"Below\"" + notEngland + ")", Style.CALC_NUMBER);
    r = gapRow(s, r, Gap.CARE_AND_QUALITY.label(), "Indicator values meeting their standard",
        "COUNTIFS(" + status + ",\"Meets\"" + notEngland + ")", Style.CALC_NUMBER);
    r = gapRow(s, r, Gap.HEALTH_AND_WELLBEING.label(), "Indicator values assessed (England's and regions' are benchmarks)",
        "COUNTIFS(" + gapCol + "," + "\"" + Gap.HEALTH_AND_WELLBEING.label() + "\"" + notEngland + ")",
        Style.CALC_NUMBER);
    r = gapRow(s, r, Gap.CARE_AND_QUALITY.label(), "Indicator values assessed (England's and regions' are benchmarks)",
        "COUNTIFS(" + gapCol + "," + "\"" + Gap.CARE_AND_QUALITY.label() + "\"" + notEngland + ")",
        Style.CALC_NUMBER);
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
    // The frame and axes now (the drawing's size is taken from the column widths as they are at this
    // point), the series once their values are known (drawCharts).
    XSSFDrawing drawing = s.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 6, anchorRow + 22);
    XSSFChart xc = drawing.createChart(anchor);
    xc.setTitleText("Bridge " + year + ", £'000: from the do-nothing through each solution to the do-something");
    xc.setTitleOverlay(false);
    XDDFCategoryAxis x = xc.createCategoryAxis(AxisPosition.LEFT);
    x.setOrientation(AxisOrientation.MAX_MIN); // the do-nothing at the top, as the table reads
    x.setTickLabelPosition(AxisTickLabelPosition.LOW); // names at the left edge, clear of the bars
    XDDFValueAxis v = xc.createValueAxis(AxisPosition.BOTTOM);
    v.setCrossBetween(AxisCrossBetween.BETWEEN);
    charts.add(new Waterfall(s, first, last, c0, xc, x, v));
  }

  /**
   * A bridge chart whose series are still to add: its sheet, the waterfall workings' rows and first
   * column, its frame and axes.
   */
  private record Waterfall(XSSFSheet s, int first, int last, int c0, XSSFChart xc, XDDFCategoryAxis x,
      XDDFValueAxis v) {}

  /**
   * Adds the series of the bridge charts that {@link #write()} left without them, their cached values from
   * {@code ev} (a workbook whose cells are POI's). Given the evaluator that has just evaluated every formula
   * of the workbook, the values are the ones it already computed and nothing is evaluated again.
   *
   * @param ev an evaluator of this workbook, all of whose cells are written
   */
  public void drawCharts(org.apache.poi.ss.usermodel.FormulaEvaluator ev) {
    drawCharts((s, row, column) -> ev.evaluate(s.getRow(row).getCell(column)));
  }

  /**
   * A cell's value as a chart's cached data reads it: a constant, or a formula's value; null for a blank
   * cell.
   */
  @FunctionalInterface
  public interface CellValues {
    /**
     * The value at the place.
     *
     * @param sheet the sheet
     * @param row the 0-based row
     * @param column the 0-based column
     * @return the value, or null for a blank cell
     */
    org.apache.poi.ss.usermodel.CellValue at(XSSFSheet sheet, int row, int column);
  }

  /**
   * Adds the series of the bridge charts that {@link #write()} left without them, their cached values from
   * {@code values} (the values an evaluation of every formula of the workbook has just stored).
   *
   * @param values the workbook's values
   */
  public void drawCharts(CellValues values) {
    for (Waterfall w : charts) {
      series(values, w.s(), w.first(), w.last(), w.c0(), w.xc(), w.x(), w.v());
    }
    charts.clear();
  }

  private static void series(CellValues ev, XSSFSheet s, int first, int last,
      int c0, XSSFChart xc, XDDFCategoryAxis x, XDDFValueAxis v) {
    // The series' cached values come from one evaluator that keeps what it computed: POI's cell-range data
    // sources evaluate every point with an evaluator of their own, recomputing the whole bridge behind the
    // chart once a series (a sixth of writing a template). The chart still refers to the same cells.
    CellRangeAddress catRange = new CellRangeAddress(first, last, c0, c0);
    String[] catValues = new String[last - first + 1];
    for (int i = 0; i < catValues.length; i++) {
      org.apache.poi.ss.usermodel.CellValue cv = ev.at(s, first + i, c0);
      catValues[i] = cv != null && cv.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          ? cv.getStringValue() : null;
    }
    XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(catValues,
        catRange.formatAsString(s.getSheetName(), true));
    XDDFBarChartData data = (XDDFBarChartData) xc.createData(ChartTypes.BAR, x, v);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(BarGrouping.STACKED);
    data.setVaryColors(false);
    String[] titles = {"Base (not drawn)", "Below zero", "Above zero"};
    for (int k = 0; k < titles.length; k++) {
      CellRangeAddress range = new CellRangeAddress(first, last, c0 + 3 + k, c0 + 3 + k);
      Double[] values = new Double[last - first + 1];
      for (int i = 0; i < values.length; i++) {
        org.apache.poi.ss.usermodel.CellValue cv = ev.at(s, first + i, c0 + 3 + k);
        values[i] = cv != null && cv.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
            ? cv.getNumberValue() : null;
      }
      XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values,
          range.formatAsString(s.getSheetName(), true));
      XDDFChartData.Series series = data.addSeries(cats, vals);
      series.setTitle(titles[k], null);
      series.setFillProperties(k == 0 ? new XDDFNoFillProperties()
          : new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
    }
    xc.plot(data);
    // Stacked bars need a 100% overlap. XDDFBarChartData.setOverlap needs a schema type that
    // poi-ooxml-lite leaves out, so the attribute is written directly.
    CTBarChart bar = xc.getCTChart().getPlotArea().getBarChartArray(0);
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
      r = maxCheck(s, r, "Bridge agrees with inputs: " + e.getKey(), "bridge lines = the Solution workings' net"
          + " savings and the Funding sheet's amounts for this scope", range, "ERROR", tol);
      r = check(s, r, "Every solution has a bridge row: " + e.getKey(), "solutions of this scope on the Solutions sheet"
          + " less solution rows in its bridge (a solution added in a spare row shows here)",
          Refs.sheet(BRIDGE) + Refs.abs(blk.missing(), 1), "ERROR", "0");
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
    XSSFSheet s = wb.getSheet(LISTS) == null ? wb.createSheet(LISTS) : wb.getSheet(LISTS);
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
    wb.setSheetOrder(LISTS, wb.getNumberOfSheets() - 1);
    wb.setSheetHidden(wb.getSheetIndex(s), true);
  }

  /**
   * Starts the Lists sheet with the toolkit's indicator catalogue (before the input sheets, whose
   * Indicators formulas look values up in it): for values whose definition the footprint does not give
   * itself, the Indicators sheet looks a value's gap and standard up here after the footprint's own
   * definitions, as the three-gaps summary (and so the pack) does. Calculated, not an input: it is not read
   * back. The dropdown lists follow it on the same sheet ({@link #write()}), in columns of their own.
   *
   * @param wb the workbook being written
   * @param styles its styles
   */
  @SuppressWarnings("exports") // Styles and Placements are the writer's own, in reports.internal.workbook
  public static void catalogue(XSSFWorkbook wb, Styles styles) {
    XSSFSheet s = wb.createSheet(LISTS);
    int c = TemplateLayout.ALL_CHOICES.size();
    List<org.stptoolkit.model.indicator.IndicatorDefinition> catalogue =
        org.stptoolkit.metrics.catalogue.Indicators.all();
    String[] heads = {"Catalogue indicator", "Catalogue gap", "Catalogue standard at least"};
    String[] names = {CATALOGUE_ID, CATALOGUE_GAP, CATALOGUE_STANDARD_LOWER};
    for (int k = 0; k < 3; k++) {
      CellText.write(InputSheetWriter.cell(s, 0, c + k), heads[k], styles, Style.HEADER, Style.HEADER);
      for (int i = 0; i < catalogue.size(); i++) {
        var d = catalogue.get(i);
        switch (k) {
          case 0 -> CellText.write(InputSheetWriter.cell(s, 1 + i, c), d.id(), styles, Style.PREPOP_TEXT,
              Style.PREPOP_TEXT_QUOTED);
          case 1 -> CellText.write(InputSheetWriter.cell(s, 1 + i, c + 1), d.gap().label(), styles,
              Style.PREPOP_TEXT, Style.PREPOP_TEXT_QUOTED);
          default -> {
            if (d.standard() != null && d.standard().lower() != null) {
              InputSheetWriter.cell(s, 1 + i, c + 2).setCellValue(d.standard().lower());
            }
          }
        }
      }
      var n = wb.createName();
      n.setNameName(names[k]);
      n.setRefersToFormula(Refs.range(LISTS, 1, c + k, Math.max(1, catalogue.size()), c + k));
      s.setColumnWidth(c + k, 24 * 256);
    }
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
    org.stptoolkit.reports.internal.workbook.SheetCell c = InputSheetWriter.cell(s, row, col);
    c.setCellValue(v);
    c.setCellStyle(styles.get(Style.PREPOP_GBPK));
  }

  private void text(XSSFSheet s, int row, int col, String v, Style style) {
    CellText.write(InputSheetWriter.cell(s, row, col), v, styles, style,
        style == Style.PREPOP_TEXT ? Style.PREPOP_TEXT_QUOTED : style);
  }

  private void formula(XSSFSheet s, int row, int col, String f, Style style) {
    org.stptoolkit.reports.internal.workbook.SheetCell c = InputSheetWriter.cell(s, row, col);
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
