package org.stptoolkit.reports.workbook.layout;

import static org.stptoolkit.reports.workbook.layout.CellKind.AMOUNTS_BY_YEAR;
import static org.stptoolkit.reports.workbook.layout.CellKind.GBPK;
import static org.stptoolkit.reports.workbook.layout.CellKind.INTEGER;
import static org.stptoolkit.reports.workbook.layout.CellKind.NUMBER;
import static org.stptoolkit.reports.workbook.layout.CellKind.RATE;
import static org.stptoolkit.reports.workbook.layout.CellKind.RATES_BY_YEAR;
import static org.stptoolkit.reports.workbook.layout.CellKind.RULE_PARAMETERS;
import static org.stptoolkit.reports.workbook.layout.CellKind.TEXT;
import static org.stptoolkit.reports.workbook.layout.CellKind.TEXT_LIST;
import static org.stptoolkit.reports.workbook.layout.CellKind.YEAR;
import static org.stptoolkit.reports.workbook.layout.CellKind.YES_NO;
import static org.stptoolkit.reports.workbook.layout.Column.calculated;
import static org.stptoolkit.reports.workbook.layout.Column.choice;
import static org.stptoolkit.reports.workbook.layout.Column.optional;
import static org.stptoolkit.reports.workbook.layout.Column.optionalChoice;
import static org.stptoolkit.reports.workbook.layout.Column.required;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.LocalPlan;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.activity.PodActivity;
import org.stptoolkit.model.activity.PointOfDelivery;
import org.stptoolkit.model.activity.StaffGroup;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CapitalScheme;
import org.stptoolkit.model.finance.ControlTotal;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.finance.TransformationCost;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.Standard;
import org.stptoolkit.model.indicator.ValueType;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.sensitivity.SensitivityRule;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;
import org.stptoolkit.model.solution.SolutionRule;

/**
 * The input side of the template, described once: which sheets, in what order, with which labelled
 * fields and tables, and how each table's rows map to and from the model. The writer walks this
 * description to lay out the input sheets; the reader walks the same description to read them back and
 * {@link #assemble(Assembly)} builds the footprint, so model → workbook → model is equal by
 * construction (every component of {@link Footprint} appears in exactly one field or table).
 *
 * <p>Year columns depend on the plan period (read from the Cover sheet first), so the layout is made
 * per period with {@link #of(PlanPeriod)}.
 */
public final class TemplateLayout {

  /** Cover sheet name. */
  public static final String COVER = "Cover";
  /** Assumptions sheet name. */
  public static final String ASSUMPTIONS = "Assumptions";
  /** Baseline sheet name. */
  public static final String BASELINE = "Baseline";
  /** Solutions sheet name. */
  public static final String SOLUTIONS = "Solutions";
  /** Funding sheet name. */
  public static final String FUNDING = "Funding";
  /** Sensitivities sheet name. */
  public static final String SENSITIVITIES = "Sensitivities";
  /** Transformation costs sheet name. */
  public static final String TRANSFORMATION = "Transformation";
  /** Capital sheet name. */
  public static final String CAPITAL = "Capital";
  /** Indicators sheet name. */
  public static final String INDICATORS = "Indicators";
  /** Activity sheet name. */
  public static final String ACTIVITY = "Activity";
  /** Key risks sheet name. */
  public static final String RISKS = "Risks";

  /** Solution rule codec. */
  public static final RuleCodec<SolutionRule> SOLUTION_RULES = RuleCodec.of(SolutionRule.class);
  /** Sensitivity rule codec. */
  public static final RuleCodec<SensitivityRule> SENSITIVITY_RULES = RuleCodec.of(SensitivityRule.class);

  /** Dropdown: solution category. */
  public static final Choices<SolutionCategory> CATEGORY =
      Choices.of("Category", SolutionCategory.class, SolutionCategory::label);
  /** Dropdown: maturity. */
  public static final Choices<Maturity> MATURITY = Choices.of("Maturity", Maturity.class, Maturity::label);
  /** Dropdown: region. */
  public static final Choices<Region> REGION = Choices.of("Region", Region.class, Region::label);
  /** Dropdown: organisation type. */
  public static final Choices<OrganisationType> ORG_TYPE = Choices.byName("OrganisationType", OrganisationType.class);
  /** Dropdown: cost line. */
  public static final Choices<CostLine> COST_LINE = Choices.byName("CostLine", CostLine.class);
  /** Dropdown: provenance. */
  public static final Choices<Provenance> PROVENANCE = Choices.byName("Provenance", Provenance.class);
  /** Dropdown: gap. */
  public static final Choices<Gap> GAP = Choices.of("Gap", Gap.class, Gap::label);
  /** Dropdown: value type. */
  public static final Choices<ValueType> VALUE_TYPE = Choices.byName("ValueType", ValueType.class);
  /** Dropdown: polarity. */
  public static final Choices<Polarity> POLARITY = Choices.byName("Polarity", Polarity.class);
  /** Dropdown: point of delivery. */
  public static final Choices<PointOfDelivery> POD = Choices.byName("PointOfDelivery", PointOfDelivery.class);
  /** Dropdown: solution rule kinds. */
  public static final Choices<String> SOLUTION_RULE_KIND =
      new Choices<>("SolutionRule", SOLUTION_RULES.kinds(), s -> s);
  /** Dropdown: sensitivity rule kinds. */
  public static final Choices<String> SENSITIVITY_RULE_KIND =
      new Choices<>("SensitivityRule", SENSITIVITY_RULES.kinds(), s -> s);

  /** Dropdown: the do-nothing drivers, by their labels. */
  public static final Choices<Driver> DRIVER = Choices.of("Driver", Driver.class, Driver::label);

  /** Dropdown: a key risk's likelihood or impact, 1 (lowest) to 5 (highest). */
  public static final Choices<Integer> SCORE = new Choices<>("Score",
      java.util.stream.IntStream.rangeClosed(KeyRisk.SCALE_MIN, KeyRisk.SCALE_MAX).boxed().toList(), String::valueOf);

  /** Every dropdown list, in the order they go on the Lists sheet. */
  public static final List<Choices<?>> ALL_CHOICES = List.of(CATEGORY, MATURITY, REGION, ORG_TYPE,
      COST_LINE, PROVENANCE, GAP, VALUE_TYPE, POLARITY, POD, SOLUTION_RULE_KIND, SENSITIVITY_RULE_KIND,
      DRIVER, SCORE);

  /** A row of the footprint default drivers. */
  public record DriverRow(Driver driver, YearlyRates rates) {}

  /** A row of the organisation overrides. */
  public record OverrideRow(String organisation, Driver driver, YearlyRates rates) {}

  // ---- Cover ----
  /** Footprint number. */
  public static final Field NUMBER_FIELD = new Field("FootprintNumber", "Footprint number", INTEGER, Footprint::number, true, null);
  /** Footprint name. */
  public static final Field NAME_FIELD = new Field("FootprintName", "Footprint", TEXT, Footprint::name, true, null);
  /** Region. */
  public static final Field REGION_FIELD = new Field("Region", "Region", CellKind.CHOICE, Footprint::region, true, REGION);
  /** Lead. */
  public static final Field LEAD_FIELD = new Field("Lead", "Lead", TEXT, Footprint::lead, false, null);
  /** Base year. */
  public static final Field BASE_YEAR_FIELD = new Field("BaseYear", "Base year", YEAR, f -> f.period().baseYear(), true, null);
  /** First plan year. */
  public static final Field FIRST_YEAR_FIELD = new Field("FirstYear", "First plan year", YEAR, f -> f.period().firstYear(), true, null);
  /** Last plan year. */
  public static final Field LAST_YEAR_FIELD = new Field("LastYear", "Last plan year", YEAR, f -> f.period().lastYear(), true, null);
  /** The label of the template version cell on the Cover (written by the writer, checked by the reader). */
  public static final String VERSION_LABEL = "Template version";

  /** Organisations. */
  public static final TableLayout<Organisation> ORGANISATIONS = new TableLayout<Organisation>("Organisations", "Organisations",
      List.<Column<Organisation>>of(w(12, required("code", "Code", TEXT, Organisation::code)),
          w(48, required("name", "Name", TEXT, Organisation::name)),
          choice("type", "Type", ORG_TYPE, Organisation::type),
          w(12, optional("localPlan", "Local plan", TEXT, Organisation::localPlan)),
          required("inTemplate", "In financial template", YES_NO, Organisation::inFinancialTemplate),
          w(30, optional("areaCodes", "Area codes (ONS, ODS)", TEXT_LIST, Organisation::areaCodes))),
      Footprint::organisations,
      r -> new Organisation(r.text("code"), r.text("name"), r.choice("type"), r.text("localPlan"),
          r.yes("inTemplate", true), r.list("areaCodes")), 10);

  /** Local plans. */
  public static final TableLayout<LocalPlan> LOCAL_PLANS = new TableLayout<LocalPlan>("LocalPlans", "Local plans",
      List.<Column<LocalPlan>>of(w(12, required("code", "Code", TEXT, LocalPlan::code)),
          w(48, required("name", "Name", TEXT, LocalPlan::name)),
          w(30, optional("areaCodes", "Area codes (ONS)", TEXT_LIST, LocalPlan::areaCodes))),
      Footprint::localPlans, r -> new LocalPlan(r.text("code"), r.text("name"), r.list("areaCodes")), 3);

  /** Notes. */
  public static final TableLayout<String> NOTES = new TableLayout<String>("Notes", "Notes",
      List.<Column<String>>of(w(120, required("note", "Note", TEXT, s -> s))),
      Footprint::notes, r -> r.text("note"), 3);

  // ---- Assumptions ----
  /** Footprint default drivers. */
  public static final TableLayout<DriverRow> DRIVERS = new TableLayout<DriverRow>("Drivers", "Footprint default drivers",
      List.<Column<DriverRow>>of(w(40, choice("driver", "Driver", DRIVER, DriverRow::driver)),
          optional("rates", "Rate by year", RATES_BY_YEAR, DriverRow::rates)),
      f -> {
        List<DriverRow> rows = new ArrayList<>();
        for (Driver d : Driver.values()) {
          rows.add(new DriverRow(d, d.in(f.assumptions().defaults())));
        }
        return rows;
      },
      r -> new DriverRow(r.choice("driver"), r.rates("rates")), 0);

  /** Organisation overrides. */
  public static final TableLayout<OverrideRow> OVERRIDES = new TableLayout<OverrideRow>("Overrides",
      "Organisation overrides (replace the default driver for one organisation)",
      List.<Column<OverrideRow>>of(w(40, required("organisation", "Organisation", TEXT, OverrideRow::organisation)),
          w(40, choice("driver", "Driver", DRIVER, OverrideRow::driver)),
          optional("rates", "Rate by year", RATES_BY_YEAR, OverrideRow::rates)),
      f -> {
        List<OverrideRow> rows = new ArrayList<>();
        f.assumptions().overrides().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
          for (Driver d : Driver.values()) {
            YearlyRates rates = d.in(e.getValue());
            if (rates != null) {
              rows.add(new OverrideRow(e.getKey(), d, rates));
            }
          }
        });
        return rows;
      },
      r -> new OverrideRow(r.text("organisation"), r.choice("driver"),
          r.rates("rates") == null ? YearlyRates.empty() : r.rates("rates")), 5);

  /**
   * The plan's printed bridge rows of each scope: the do-nothing (used by the bridge) and, where the plan
   * prints them, its total solution value and do-something (kept to compare with the template's and the
   * engine's; empty when not printed).
   */
  public static final TableLayout<DoNothingTrajectory> PUBLISHED_DO_NOTHING = new TableLayout<DoNothingTrajectory>("PublishedDoNothing",
      "Published bridge rows (deficit negative)",
      List.<Column<DoNothingTrajectory>>of(w(40, required("scope", "Scope", TEXT, DoNothingTrajectory::scope)),
          required("surplus", "Surplus by year", AMOUNTS_BY_YEAR, DoNothingTrajectory::surplusGbpK),
          optional("totalSolutionValue", "Published total solution value by year", AMOUNTS_BY_YEAR,
              DoNothingTrajectory::publishedTotalSolutionValueGbpK),
          optional("doSomething", "Published do-something by year", AMOUNTS_BY_YEAR,
              DoNothingTrajectory::publishedDoSomethingGbpK),
          choice("provenance", "Provenance", PROVENANCE, DoNothingTrajectory::provenance),
          w(60, optional("source", "Source", TEXT, DoNothingTrajectory::source))),
      Footprint::publishedDoNothing,
      r -> new DoNothingTrajectory(r.text("scope"), r.text("source"), r.amounts("surplus"),
          r.amounts("totalSolutionValue"), r.amounts("doSomething"), r.choice("provenance")), 3);

  /** Cost pressures. */
  public static final TableLayout<CostPressure> PRESSURES = new TableLayout<CostPressure>("Pressures",
      "Local cost pressures and funding that stops (pressure negative)",
      List.<Column<CostPressure>>of(w(40, required("organisation", "Organisation", TEXT, CostPressure::organisationCode)),
          required("impact", "Impact by year", AMOUNTS_BY_YEAR, CostPressure::impactGbpK),
          required("recurrent", "Recurrent", YES_NO, CostPressure::recurrent),
          w(60, required("name", "Pressure", TEXT, CostPressure::name))),
      Footprint::pressures,
      r -> new CostPressure(r.text("organisation"), r.text("name"), r.amounts("impact"), r.yes("recurrent", true)), 5);

  // ---- Baseline ----
  /** Baseline year. */
  public static final Field BASELINE_YEAR_FIELD =
      new Field("BaselineYear", "Baseline year", YEAR, f -> f.baseline().year(), true, null);

  /** Normalisation. */
  public static final TableLayout<NormalisationEntry> NORMALISATION = new TableLayout<NormalisationEntry>("Normalisation",
      "Normalisation of the base-year position",
      List.<Column<NormalisationEntry>>of(w(14, required("organisation", "Organisation", TEXT, NormalisationEntry::organisationCode)),
          required("reported", "Reported surplus", GBPK, NormalisationEntry::reportedSurplusGbpK),
          required("nonRecurrent", "Net non-recurrent", GBPK, NormalisationEntry::netNonRecurrentGbpK),
          required("impairments", "Impairments", GBPK, NormalisationEntry::impairmentsGbpK),
          optional("published", "Published normalised", GBPK, NormalisationEntry::publishedNormalisedGbpK),
          calculated("normalised", "Normalised (calculated)", "{reported}+{nonRecurrent}+{impairments}"),
          calculated("difference", "Calculated less published",
              "IF(ISNUMBER({published}),{normalised}-{published},\"\")")),
      f -> f.baseline().normalisation(),
      r -> new NormalisationEntry(r.text("organisation"), r.number("reported", 0), r.number("nonRecurrent", 0),
          r.number("impairments", 0), r.number("published")), 5);

  /** Service lines. */
  public static final TableLayout<ServiceLine> SERVICE_LINES = new TableLayout<ServiceLine>("ServiceLines",
      "Income and expenditure by organisation and service line (costs positive)",
      List.<Column<ServiceLine>>of(w(14, required("organisation", "Organisation", TEXT, ServiceLine::organisationCode)),
          w(24, required("serviceLine", "Service line", TEXT, ServiceLine::name)),
          required("income", "Income", GBPK, ServiceLine::incomeGbpK),
          required("staff", "Staff costs", GBPK, ServiceLine::staffCostsGbpK),
          required("variable", "Variable costs", GBPK, ServiceLine::variableCostsGbpK),
          required("fixed", "Fixed costs", GBPK, ServiceLine::fixedCostsGbpK),
          required("chc", "Continuing healthcare", GBPK, ServiceLine::continuingHealthcareGbpK),
          optional("reported", "Reported surplus", GBPK, ServiceLine::reportedSurplusGbpK),
          calculated("computed", "Surplus (calculated)", "{income}-{staff}-{variable}-{fixed}-{chc}"),
          calculated("difference", "Calculated less reported",
              "IF(ISNUMBER({reported}),{computed}-{reported},\"\")")),
      f -> f.baseline().serviceLines(),
      r -> new ServiceLine(r.text("organisation"), r.text("serviceLine"), r.number("income", 0),
          r.number("staff", 0), r.number("variable", 0), r.number("fixed", 0), r.number("chc", 0),
          r.number("reported")), 10);

  // ---- Solutions ----
  /** Cost pools. */
  public static final TableLayout<CostPool> COST_POOLS = new TableLayout<CostPool>("CostPools", "Cost pools",
      List.<Column<CostPool>>of(w(24, required("id", "Pool id", TEXT, CostPool::id)),
          w(36, required("name", "Name", TEXT, CostPool::name)),
          w(40, required("organisations", "Organisations", TEXT_LIST, CostPool::organisationCodes)),
          choice("line", "Cost line", COST_LINE, CostPool::line),
          w(22, optional("serviceLine", "Service line", TEXT, CostPool::serviceLine))),
      Footprint::costPools,
      r -> new CostPool(r.text("id"), r.text("name"), r.list("organisations"), r.choice("line"), r.text("serviceLine")), 5);

  /** Solutions. */
  public static final TableLayout<Solution> SOLUTIONS_TABLE = new TableLayout<Solution>("Solutions",
      "Solutions (net effect: saving positive, cost negative)",
      List.<Column<Solution>>of(w(6, required("number", "No.", INTEGER, Solution::number)),
          w(32, required("name", "Solution", TEXT, Solution::name)),
          w(10, required("scope", "Scope", TEXT, Solution::scope)),
          w(34, choice("category", "Category", CATEGORY, Solution::category)),
          w(20, choice("maturity", "Maturity", MATURITY, Solution::maturity)),
          w(24, optional("costPools", "Cost pools", TEXT_LIST, Solution::costPools)),
          optional("phased", "Phased net effect", AMOUNTS_BY_YEAR, Solution::phasedGbpK),
          optionalChoice("ruleKind", "Rule", SOLUTION_RULE_KIND,
              s -> s.rule() == null ? null : SOLUTION_RULES.kindOf(s.rule())),
          w(60, optional("ruleParameters", "Rule parameters", RULE_PARAMETERS,
              s -> s.rule() == null ? null : SOLUTION_RULES.format(s.rule()))),
          w(14, choice("provenance", "Provenance", PROVENANCE, Solution::provenance)),
          w(80, optional("assumptions", "Assumptions", TEXT, Solution::assumptions))),
      Footprint::solutions,
      r -> new Solution(r.integer("number", 0), r.text("name"), r.text("scope"), r.choice("category"),
          r.choice("maturity"), r.list("costPools"), r.amounts("phased"),
          rule(SOLUTION_RULES, r), r.text("assumptions"), r.choice("provenance")), 10);

  // ---- Funding ----
  /** Funding lines. */
  public static final TableLayout<FundingLine> FUNDING_LINES = new TableLayout<FundingLine>("Funding", "Funding",
      List.<Column<FundingLine>>of(w(60, required("name", "Funding", TEXT, FundingLine::name)),
          w(10, required("scope", "Scope", TEXT, FundingLine::scope)),
          required("committed", "Committed non-recurrent", YES_NO, FundingLine::committedNonRecurrent),
          required("amounts", "Amount by year", AMOUNTS_BY_YEAR, FundingLine::amountsGbpK),
          w(14, choice("provenance", "Provenance", PROVENANCE, FundingLine::provenance))),
      Footprint::funding,
      r -> new FundingLine(r.text("name"), r.text("scope"), r.amounts("amounts"), r.yes("committed", false),
          r.choice("provenance")), 5);

  /** Control totals. */
  public static final TableLayout<ControlTotal> CONTROL_TOTALS = new TableLayout<ControlTotal>("ControlTotals",
      "Control totals (surplus, deficit negative)",
      List.<Column<ControlTotal>>of(w(60, required("organisation", "Organisation", TEXT, ControlTotal::organisationCode)),
          required("surplus", "Control total by year", AMOUNTS_BY_YEAR, ControlTotal::surplusGbpK)),
      Footprint::controlTotals,
      r -> new ControlTotal(r.text("organisation"), r.amounts("surplus")), 5);

  // ---- Sensitivities ----
  /** Sensitivities. */
  public static final TableLayout<Sensitivity> SENSITIVITIES_TABLE = new TableLayout<Sensitivity>("Sensitivities",
      "Sensitivities (impact: saving positive, cost negative)",
      List.<Column<Sensitivity>>of(w(40, required("name", "Sensitivity", TEXT, Sensitivity::name)),
          w(50, optional("description", "Description", TEXT, Sensitivity::description)),
          w(28, choice("ruleKind", "Rule", SENSITIVITY_RULE_KIND, s -> SENSITIVITY_RULES.kindOf(s.rule()))),
          w(60, required("ruleParameters", "Rule parameters", RULE_PARAMETERS, s -> SENSITIVITY_RULES.format(s.rule()))),
          optional("nhs", "Published NHS impact", AMOUNTS_BY_YEAR, Sensitivity::publishedNhsImpactGbpK),
          optional("socialCare", "Published social care impact", AMOUNTS_BY_YEAR,
              Sensitivity::publishedSocialCareImpactGbpK)),
      Footprint::sensitivities,
      r -> new Sensitivity(r.text("name"), r.text("description"), rule(SENSITIVITY_RULES, r),
          r.amounts("nhs"), r.amounts("socialCare")), 5);

  // ---- Transformation, capital ----
  /** Transformation costs. */
  public static final TableLayout<TransformationCost> TRANSFORMATION_COSTS = new TableLayout<TransformationCost>("Transformation",
      "Transformation costs (one-off revenue, cumulative)",
      List.<Column<TransformationCost>>of(w(48, required("name", "Cost", TEXT, TransformationCost::name)),
          required("cumulative", "Cumulative cost by year", AMOUNTS_BY_YEAR, TransformationCost::cumulativeGbpK)),
      Footprint::transformationCosts,
      r -> new TransformationCost(r.text("name"), r.amounts("cumulative")), 5);

  /** Capital schemes. */
  public static final TableLayout<CapitalScheme> CAPITAL_SCHEMES = new TableLayout<CapitalScheme>("Capital", "Capital schemes",
      List.<Column<CapitalScheme>>of(w(60, required("name", "Scheme", TEXT, CapitalScheme::name)),
          required("amounts", "Capital by year", AMOUNTS_BY_YEAR, CapitalScheme::amountsGbpK)),
      Footprint::capital,
      r -> new CapitalScheme(r.text("name"), r.amounts("amounts")), 5);

  // ---- Indicators ----
  /** Indicator definitions. */
  public static final TableLayout<IndicatorDefinition> INDICATOR_DEFINITIONS = new TableLayout<IndicatorDefinition>("IndicatorDefinitions",
      "Indicator definitions",
      List.<Column<IndicatorDefinition>>of(w(16, required("id", "Indicator id", TEXT, IndicatorDefinition::id)),
          w(50, required("name", "Name", TEXT, IndicatorDefinition::name)),
          choice("gap", "Gap", GAP, IndicatorDefinition::gap),
          w(26, choice("valueType", "Value type", VALUE_TYPE, IndicatorDefinition::valueType)),
          required("multiplier", "Multiplier", NUMBER, IndicatorDefinition::multiplier),
          w(16, choice("polarity", "Polarity", POLARITY, IndicatorDefinition::polarity)),
          w(12, optional("unit", "Unit", TEXT, IndicatorDefinition::unit)),
          w(36, optional("standardName", "Standard", TEXT, d -> d.standard() == null ? null : d.standard().name())),
          optional("standardLower", "Standard at least", NUMBER, d -> d.standard() == null ? null : d.standard().lower()),
          optional("standardUpper", "Standard at most", NUMBER, d -> d.standard() == null ? null : d.standard().upper()),
          optional("unitCost", "Unit cost (£)", NUMBER, IndicatorDefinition::unitCostGbp)),
      Footprint::indicatorDefinitions,
      r -> new IndicatorDefinition(r.text("id"), r.text("name"), r.choice("gap"), r.choice("valueType"),
          r.number("multiplier", 1), r.choice("polarity"), r.text("unit"), standard(r), r.number("unitCost")), 5);

  /** Indicator values. */
  public static final TableLayout<IndicatorValue> INDICATOR_VALUES = new TableLayout<IndicatorValue>("IndicatorValues",
      "Indicator values (areas and benchmarks)",
      List.<Column<IndicatorValue>>of(w(16, required("indicator", "Indicator id", TEXT, IndicatorValue::indicatorId)),
          w(14, required("areaCode", "Area code", TEXT, IndicatorValue::areaCode)),
          w(36, optional("areaName", "Area name", TEXT, IndicatorValue::areaName)),
          w(14, required("period", "Period", TEXT, IndicatorValue::period)),
          w(9, optional("sex", "Sex", TEXT, IndicatorValue::sex)),
          w(9, optional("age", "Age", TEXT, IndicatorValue::age)),
          optional("value", "Value", NUMBER, IndicatorValue::value),
          optional("numerator", "Numerator", NUMBER, IndicatorValue::numerator),
          optional("denominator", "Denominator", NUMBER, IndicatorValue::denominator),
          w(14, choice("provenance", "Provenance", PROVENANCE, IndicatorValue::provenance)),
          w(40, optional("note", "Note", TEXT, IndicatorValue::note)),
          optional("lower95", "Published lower 95% limit", NUMBER, IndicatorValue::lower95),
          optional("upper95", "Published upper 95% limit", NUMBER, IndicatorValue::upper95),
          optional("lower998", "Published lower 99.8% limit", NUMBER, IndicatorValue::lower998),
          optional("upper998", "Published upper 99.8% limit", NUMBER, IndicatorValue::upper998),
          w(22, calculated("gap", "Gap (looked up)",
              "IFERROR(INDEX(inp_IndicatorDefinitions_gap,MATCH({indicator},inp_IndicatorDefinitions_id,0)),"
                  + "IFERROR(INDEX(lst_CatalogueIndicatorGap,MATCH({indicator},lst_CatalogueIndicatorId,0)),\"\"))")),
          calculated("standard", "Standard at least (looked up)",
              "IFERROR(IF(INDEX(inp_IndicatorDefinitions_standardLower,MATCH({indicator},inp_IndicatorDefinitions_id,0))=\"\",\"\","
                  + "INDEX(inp_IndicatorDefinitions_standardLower,MATCH({indicator},inp_IndicatorDefinitions_id,0))+0),"
                  + "IFERROR(IF(INDEX(lst_CatalogueIndicatorStandardLower,MATCH({indicator},lst_CatalogueIndicatorId,0))=\"\",\"\","
                  + "INDEX(lst_CatalogueIndicatorStandardLower,MATCH({indicator},lst_CatalogueIndicatorId,0))+0),\"\"))"),
          calculated("status", "Against standard",
              "IF(AND(ISNUMBER({value}),ISNUMBER({standard})),IF({value}>={standard},\"Meets\",\"Below\"),\"\")")),
      Footprint::indicators,
      r -> new IndicatorValue(r.text("indicator"), r.text("areaCode"), r.text("areaName"), r.text("period"),
          r.text("sex"), r.text("age"), r.number("value"), r.number("numerator"), r.number("denominator"),
          r.choice("provenance"), r.text("note"), r.number("lower95"), r.number("upper95"), r.number("lower998"),
          r.number("upper998")), 10);

  // ---- Activity ----
  /** Target occupancy. */
  public static final Field OCCUPANCY_FIELD = new Field("TargetOccupancy", "Target bed occupancy", RATE,
      f -> f.activity().targetOccupancy(), true, null);
  /** Activity provenance. */
  public static final Field ACTIVITY_PROVENANCE_FIELD = new Field("ActivityProvenance", "Activity baseline source",
      TEXT, f -> f.activity().provenance(), false, null);

  /** Activity by point of delivery. */
  public static final TableLayout<PodActivity> POD_ACTIVITY = new TableLayout<PodActivity>("Activity",
      "Base-year activity by organisation and point of delivery",
      List.<Column<PodActivity>>of(w(14, required("organisation", "Organisation", TEXT, PodActivity::organisationCode)),
          choice("pod", "Point of delivery", POD, PodActivity::pod),
          required("spells", "Spells", NUMBER, PodActivity::spells),
          required("los", "Average length of stay (days)", NUMBER, PodActivity::averageLengthOfStayDays),
          required("unitCost", "Unit cost (£)", NUMBER, PodActivity::unitCostGbp)),
      f -> f.activity().activity(),
      r -> new PodActivity(r.text("organisation"), r.choice("pod"), r.number("spells", 0), r.number("los", 0),
          r.number("unitCost", 0)), 5);

  /** Workforce. */
  public static final TableLayout<StaffGroup> WORKFORCE = new TableLayout<StaffGroup>("Workforce", "Base-year workforce",
      List.<Column<StaffGroup>>of(w(24, required("name", "Staff group", TEXT, StaffGroup::name)),
          required("wte", "WTE", NUMBER, StaffGroup::wte),
          required("activityLinked", "Grows with activity", YES_NO, StaffGroup::activityLinked)),
      f -> f.activity().workforce(),
      r -> new StaffGroup(r.text("name"), r.number("wte", 0), r.yes("activityLinked", true)), 5);

  // ---- Risks ----
  /**
   * The key risk register. Likelihood and impact are dropdowns of 1 to 5 (optional: leave both empty when
   * the plan does not score a risk); the linked solutions column offers the Solutions sheet's names and
   * the linked drivers column the drivers' labels, several separated by commas. Drivers are written by
   * their labels and read back by label or constant name; a name that is neither is kept as typed, so
   * that validation reports it against the risk.
   */
  public static final TableLayout<KeyRisk> KEY_RISKS = new TableLayout<KeyRisk>("KeyRisks",
      "Key risks (likelihood and impact: 1 lowest to 5 highest; leave empty when not scored)",
      List.<Column<KeyRisk>>of(w(40, required("title", "Key risk", TEXT, KeyRisk::title)),
          w(50, optional("description", "Description", TEXT, KeyRisk::description)),
          w(60, optional("mitigatingActions", "Mitigating actions", TEXT, KeyRisk::mitigatingActions)),
          w(50, optional("externalDependencies", "External dependencies", TEXT, KeyRisk::externalDependencies)),
          w(20, optional("owner", "Owner", TEXT, KeyRisk::owner)),
          w(11, optionalChoice("likelihood", "Likelihood", SCORE, KeyRisk::likelihood)),
          w(11, optionalChoice("impact", "Impact", SCORE, KeyRisk::impact)),
          w(36, Column.<KeyRisk>suggested("solutions", "Linked solutions", KeyRisk::solutions,
              SOLUTIONS_TABLE.definedName("name"))),
          w(36, Column.<KeyRisk>suggested("drivers", "Linked drivers", k -> driverLabels(k.drivers()),
              DRIVER.definedName()))),
      Footprint::risks,
      r -> new KeyRisk(r.text("title"), r.text("description"), r.text("mitigatingActions"),
          r.text("externalDependencies"), r.text("owner"), r.choice("likelihood"), r.choice("impact"),
          r.list("solutions"), driverNames(r.list("drivers"))), 5);

  private static final List<SheetLayout> SHEETS = List.of(
      new SheetLayout(COVER, "Sustainability and Transformation Plan: submission template",
          "Yellow cells are inputs. Fill in the footprint, its organisations and notes here.",
          List.of(NUMBER_FIELD, NAME_FIELD, REGION_FIELD, LEAD_FIELD, BASE_YEAR_FIELD, FIRST_YEAR_FIELD, LAST_YEAR_FIELD),
          List.of(ORGANISATIONS, LOCAL_PLANS, NOTES)),
      new SheetLayout(ASSUMPTIONS, "Assumptions",
          "Rates as percentages a year; money in £'000. Every rate used by a formula lives on this sheet.",
          List.of(), List.of(DRIVERS, OVERRIDES, PUBLISHED_DO_NOTHING, PRESSURES)),
      new SheetLayout(BASELINE, "Baseline", "The base year's normalised position and income and expenditure, £'000.",
          List.of(BASELINE_YEAR_FIELD), List.of(NORMALISATION, SERVICE_LINES)),
      new SheetLayout(SOLUTIONS, "Solutions",
          "One row per solution, in bridge order. Give phased net effects (£'000), a rule, or both.",
          List.of(), List.of(SOLUTIONS_TABLE, COST_POOLS)),
      new SheetLayout(FUNDING, "Funding", "Funding applied in the bridge, committed non-recurrent funding, control totals, £'000.",
          List.of(), List.of(FUNDING_LINES, CONTROL_TOTALS)),
      new SheetLayout(SENSITIVITIES, "Sensitivities", "Overlays on the do-nothing, with the impacts the plan published, £'000.",
          List.of(), List.of(SENSITIVITIES_TABLE)),
      new SheetLayout(TRANSFORMATION, "Transformation costs", "One-off revenue transformation costs, cumulative, £'000.",
          List.of(), List.of(TRANSFORMATION_COSTS)),
      new SheetLayout(CAPITAL, "Capital", "Capital schemes by year, £'000.", List.of(), List.of(CAPITAL_SCHEMES)),
      new SheetLayout(INDICATORS, "Indicators", "Indicator definitions and values for the footprint's areas and benchmarks.",
          List.of(), List.of(INDICATOR_DEFINITIONS, INDICATOR_VALUES)),
      new SheetLayout(ACTIVITY, "Activity, workforce and beds", "Base-year activity, workforce and the bed occupancy to plan at.",
          List.of(OCCUPANCY_FIELD, ACTIVITY_PROVENANCE_FIELD), List.of(POD_ACTIVITY, WORKFORCE)),
      new SheetLayout(RISKS, "Key risks",
          "The plan's key risks with their mitigating actions and external dependencies; link each to the"
              + " solutions or drivers it threatens.",
          List.of(), List.of(KEY_RISKS)));

  /** How a blank year in a by-year column is read. */
  public enum YearBlanks {
    /** A blank year means no figure for that year (one-off capital, a pressure that starts and recurs). */
    ALLOWED,
    /**
     * Blanks before the first year given mean "not started"; a blank after it is a missing figure (a
     * phasing that stops is written 0, never left blank).
     */
    MISSING_AFTER_FIRST,
    /** Every plan year is required (the footprint's default drivers). */
    EVERY_PLAN_YEAR
  }

  private static final Map<String, YearBlanks> YEAR_BLANKS = Map.of(
      DRIVERS.name() + "/rates", YearBlanks.EVERY_PLAN_YEAR,
      SOLUTIONS_TABLE.name() + "/phased", YearBlanks.MISSING_AFTER_FIRST,
      FUNDING_LINES.name() + "/amounts", YearBlanks.MISSING_AFTER_FIRST,
      CONTROL_TOTALS.name() + "/surplus", YearBlanks.MISSING_AFTER_FIRST,
      TRANSFORMATION_COSTS.name() + "/cumulative", YearBlanks.MISSING_AFTER_FIRST,
      PUBLISHED_DO_NOTHING.name() + "/surplus", YearBlanks.MISSING_AFTER_FIRST,
      PUBLISHED_DO_NOTHING.name() + "/totalSolutionValue", YearBlanks.MISSING_AFTER_FIRST,
      PUBLISHED_DO_NOTHING.name() + "/doSomething", YearBlanks.MISSING_AFTER_FIRST);

  /**
   * How blanks are read in a by-year column of a table ({@link YearBlanks#ALLOWED} unless listed).
   *
   * @param table the table's layout
   * @param column the by-year column
   * @return how blanks are read in a by-year column of a table ({@link YearBlanks#ALLOWED} unless listed)
   */
  public static YearBlanks yearBlanks(TableLayout<?> table, Column<?> column) {
    return YEAR_BLANKS.getOrDefault(table.name() + "/" + column.key(), YearBlanks.ALLOWED);
  }

  /**
   * The plausible range of a driver's yearly rate as {lowest, highest}: a rate outside it is almost always
   * a slip (50% typed for 5%), so the reader warns at its cell. Continuing healthcare may grow faster (the
   * seed's 12% a year); no driver grows or falls by more than 10% a year otherwise.
   *
   * @param driver the driver
   * @return the plausible range of a driver's yearly rate as {lowest, highest}: a rate outside it is almost
   *     always a slip (50% typed for 5%), so the reader warns at its cell
   */
  public static double[] plausibleRange(Driver driver) {
    return driver == Driver.CONTINUING_HEALTHCARE_GROWTH ? new double[] {-0.10, 0.25} : new double[] {-0.10, 0.10};
  }

  private final PlanPeriod period;

  private TemplateLayout(PlanPeriod period) {
    this.period = period;
  }

  /**
   * The layout for a plan period (its year columns).
   *
   * @param period the plan period
   * @return the layout for a plan period (its year columns)
   */
  public static TemplateLayout of(PlanPeriod period) {
    return new TemplateLayout(period);
  }

  /**
   * The period whose years head the by-year columns.
   *
   * @return the period whose years head the by-year columns
   */
  public PlanPeriod period() {
    return period;
  }

  /**
   * The input sheets in workbook order.
   *
   * @return the input sheets in workbook order
   */
  public static List<SheetLayout> sheets() {
    return SHEETS;
  }

  /**
   * The year labels of a by-year column: plan years, preceded by the base year for rates.
   *
   * @param kind what the cells hold
   * @return the year labels of a by-year column: plan years, preceded by the base year for rates
   */
  public List<String> yearLabels(CellKind kind) {
    List<String> out = new ArrayList<>();
    if (kind == RATES_BY_YEAR) {
      out.add(period.baseYear().toString());
    }
    out.addAll(period.labels());
    return out;
  }

  /**
   * Number of worksheet columns a column takes.
   *
   * @param c the column
   * @return number of worksheet columns a column takes
   */
  public int span(Column<?> c) {
    return c.kind().byYear() ? yearLabels(c.kind()).size() : 1;
  }

  /** What the reader hands back to {@link #assemble(Assembly)}. */
  public interface Assembly {
    /**
     * The labelled fields of every sheet.
     *
     * @return the labelled fields of every sheet
     */
    RowValues fields();

    /**
     * The items read from a table, in row order.
     *
     * @param <T> the item type
     * @param table the table's layout
     * @return the items read from a table, in row order
     */
    <T> List<T> rows(TableLayout<T> table);
  }

  /**
   * Builds the footprint from what was read.
   *
   * @param a what was read from the workbook
   * @return the footprint
   * @throws RowProblem when one row of a table clashes with another (a driver given twice)
   * @throws IllegalArgumentException when the parts do not make a footprint (the message says why)
   */
  public Footprint assemble(Assembly a) {
    RowValues f = a.fields();
    Map<Driver, YearlyRates> defaults = new EnumMap<>(Driver.class);
    Map<Driver, Integer> defaultRow = new EnumMap<>(Driver.class);
    List<DriverRow> driverRows = a.rows(DRIVERS);
    for (int i = 0; i < driverRows.size(); i++) {
      DriverRow row = driverRows.get(i);
      Integer earlier = defaultRow.putIfAbsent(row.driver(), i);
      if (earlier != null) {
        throw new RowProblem(DRIVERS.name(), i, earlier, "each driver once",
            "driver " + row.driver().label() + " given again");
      }
      defaults.put(row.driver(), row.rates());
    }
    Map<String, Map<Driver, YearlyRates>> overrides = new LinkedHashMap<>();
    Map<String, Integer> overrideRow = new HashMap<>();
    List<OverrideRow> overrideRows = a.rows(OVERRIDES);
    for (int i = 0; i < overrideRows.size(); i++) {
      OverrideRow row = overrideRows.get(i);
      Integer earlier = overrideRow.putIfAbsent(row.organisation() + " / " + row.driver(), i);
      if (earlier != null) {
        throw new RowProblem(OVERRIDES.name(), i, earlier, "each driver once for an organisation",
            "the override of " + row.driver().label() + " for " + row.organisation() + " given again");
      }
      overrides.computeIfAbsent(row.organisation(), k -> new EnumMap<>(Driver.class)).put(row.driver(), row.rates());
    }
    Map<String, DriverSet> overrideSets = new LinkedHashMap<>();
    overrides.forEach((org, m) -> overrideSets.put(org, Driver.toSet(m)));
    ActivityBaseline activity = new ActivityBaseline(a.rows(POD_ACTIVITY), a.rows(WORKFORCE),
        f.number(OCCUPANCY_FIELD.key(), 0.85), f.text(ACTIVITY_PROVENANCE_FIELD.key()));
    Baseline baseline = new Baseline(f.year(BASELINE_YEAR_FIELD.key()), a.rows(NORMALISATION), a.rows(SERVICE_LINES));
    return new Footprint(f.integer(NUMBER_FIELD.key(), 0), f.text(NAME_FIELD.key()), f.choice(REGION_FIELD.key()),
        f.text(LEAD_FIELD.key()), period, a.rows(ORGANISATIONS), a.rows(LOCAL_PLANS), baseline,
        new Assumptions(Driver.toSet(defaults), overrideSets), a.rows(COST_POOLS), a.rows(PRESSURES),
        a.rows(PUBLISHED_DO_NOTHING), a.rows(SOLUTIONS_TABLE), a.rows(FUNDING_LINES), a.rows(SENSITIVITIES_TABLE),
        a.rows(TRANSFORMATION_COSTS), a.rows(CAPITAL_SCHEMES), a.rows(CONTROL_TOTALS), activity,
        a.rows(INDICATOR_DEFINITIONS), a.rows(INDICATOR_VALUES), a.rows(KEY_RISKS), a.rows(NOTES));
  }

  /** Driver constant names as labels; a name that is no driver is written as it is. */
  private static List<String> driverLabels(List<String> names) {
    return names.stream().map(n -> java.util.Arrays.stream(Driver.values()).filter(d -> d.name().equals(n))
        .findFirst().map(Driver::label).orElse(n)).toList();
  }

  /** Driver labels (or constant names) as constant names; text that is no driver is kept as typed. */
  private static List<String> driverNames(List<String> typed) {
    return typed.stream().map(t -> DRIVER.parse(t).map(Driver::name).orElse(t)).toList();
  }

  private static <T> Column<T> w(int chars, Column<T> c) {
    return c.width(chars);
  }

  private static <R> R rule(RuleCodec<R> codec, RowValues r) {
    String kind = r.text("ruleKind");
    String params = r.text("ruleParameters");
    if (kind == null && params == null) {
      return null;
    }
    if (kind == null) {
      throw new CellProblem("ruleKind", "a rule kind (one of " + codec.kinds() + ") beside the parameters", "empty");
    }
    try {
      return codec.parse(kind, params);
    } catch (IllegalArgumentException e) {
      throw new CellProblem("ruleParameters", "valid " + kind + " parameters", e.getMessage());
    }
  }

  private static Standard standard(RowValues r) {
    String name = r.text("standardName");
    Double lower = r.number("standardLower");
    Double upper = r.number("standardUpper");
    if (name == null && lower == null && upper == null) {
      return null;
    }
    if (lower == null && upper == null) {
      throw new CellProblem("standardLower", "a lower or an upper limit for standard \"" + name + "\"", "empty");
    }
    return new Standard(name, lower, upper);
  }
}
