package org.stptoolkit.model;

import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CapitalScheme;
import org.stptoolkit.model.finance.ControlTotal;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.finance.TransformationCost;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.solution.Solution;

/**
 * A Sustainability and Transformation Plan footprint and everything its plan submits: organisations,
 * the base-year finances, projection assumptions, solutions, funding, sensitivities, transformation
 * costs, capital, activity, indicators and the key risk register.
 *
 * <p>The constructor checks only structure (required fields present, lists copied). Rules that relate
 * one part to another (unknown organisation codes, sub-lines that do not sum) are reported as findings
 * by {@code org.stptoolkit.model.validation.FootprintValidator}, so that one problem does not hide the
 * others.
 *
 * @param number footprint number (1 to 44 in 2016; synthetic footprints may go higher)
 * @param name e.g. "Staffordshire &amp; Stoke-on-Trent"
 * @param region the 2016 region
 * @param lead the named lead, or empty
 * @param period base year and plan years
 * @param organisations its statutory organisations
 * @param localPlans local plans under it (may be empty)
 * @param baseline base-year finances
 * @param assumptions projection drivers
 * @param costPools pools of spend that solutions act on
 * @param pressures named local pressures and funding that stops
 * @param publishedDoNothing do-nothing trajectories submitted instead of, or beside, drivers
 * @param solutions the bridge's solutions in order
 * @param funding funding lines
 * @param sensitivities sensitivities on the do-nothing
 * @param transformationCosts one-off revenue transformation costs
 * @param capital capital schemes
 * @param controlTotals organisations' control totals
 * @param activity activity, workforce and bed baseline
 * @param indicatorDefinitions indicator definitions beyond the built-in catalogue
 * @param indicators indicator values for the footprint's areas and their benchmarks
 * @param risks the plan's key risks, in the plan's order (may be empty)
 * @param notes free-text notes (sources, choices made)
 */
public record Footprint(int number, String name, Region region, String lead, PlanPeriod period,
    List<Organisation> organisations, List<LocalPlan> localPlans, Baseline baseline,
    Assumptions assumptions, List<CostPool> costPools, List<CostPressure> pressures,
    List<DoNothingTrajectory> publishedDoNothing, List<Solution> solutions,
    List<FundingLine> funding, List<Sensitivity> sensitivities,
    List<TransformationCost> transformationCosts, List<CapitalScheme> capital,
    List<ControlTotal> controlTotals, ActivityBaseline activity,
    List<IndicatorDefinition> indicatorDefinitions, List<IndicatorValue> indicators,
    List<KeyRisk> risks, List<String> notes) {

  /**
   * Validates structure and copies every list.
   *
   * @param number footprint number (1 to 44 in 2016; synthetic footprints may go higher)
   * @param name e.g. "Staffordshire &amp; Stoke-on-Trent"
   * @param region the 2016 region
   * @param lead the named lead, or empty
   * @param period base year and plan years
   * @param organisations its statutory organisations
   * @param localPlans local plans under it (may be empty)
   * @param baseline base-year finances
   * @param assumptions projection drivers
   * @param costPools pools of spend that solutions act on
   * @param pressures named local pressures and funding that stops
   * @param publishedDoNothing do-nothing trajectories submitted instead of, or beside, drivers
   * @param solutions the bridge's solutions in order
   * @param funding funding lines
   * @param sensitivities sensitivities on the do-nothing
   * @param transformationCosts one-off revenue transformation costs
   * @param capital capital schemes
   * @param controlTotals organisations' control totals
   * @param activity activity, workforce and bed baseline
   * @param indicatorDefinitions indicator definitions beyond the built-in catalogue
   * @param indicators indicator values for the footprint's areas and their benchmarks
   * @param risks the plan's key risks, in the plan's order (may be empty)
   * @param notes free-text notes (sources, choices made)
   */
  public Footprint {
    Checks.inRange(number, 1, 1_000_000, "footprint number");
    name = Checks.notBlank(name, "footprint name");
    Checks.notNull(region, "region of footprint " + name);
    lead = lead == null ? "" : lead.strip();
    Checks.notNull(period, "plan period of footprint " + name);
    organisations = Checks.copy(organisations, "organisations");
    if (organisations.isEmpty()) {
      throw new IllegalArgumentException("footprint " + name + " needs at least one organisation");
    }
    localPlans = Checks.copy(localPlans, "local plans");
    Checks.notNull(baseline, "baseline of footprint " + name);
    Checks.notNull(assumptions, "assumptions of footprint " + name);
    costPools = Checks.copy(costPools, "cost pools");
    pressures = Checks.copy(pressures, "cost pressures");
    publishedDoNothing = Checks.copy(publishedDoNothing, "published do-nothing trajectories");
    solutions = Checks.copy(solutions, "solutions");
    funding = Checks.copy(funding, "funding");
    sensitivities = Checks.copy(sensitivities, "sensitivities");
    transformationCosts = Checks.copy(transformationCosts, "transformation costs");
    capital = Checks.copy(capital, "capital");
    controlTotals = Checks.copy(controlTotals, "control totals");
    activity = activity == null ? ActivityBaseline.empty() : activity;
    indicatorDefinitions = Checks.copy(indicatorDefinitions, "indicator definitions");
    indicators = Checks.copy(indicators, "indicators");
    risks = Checks.copy(risks, "key risks");
    notes = Checks.copy(notes, "notes");
  }

  /**
   * A footprint with no key risk register (every other part as in the canonical constructor).
   *
   * @param number footprint number
   * @param name footprint name
   * @param region the 2016 region
   * @param lead the named lead, or empty
   * @param period base year and plan years
   * @param organisations its statutory organisations
   * @param localPlans local plans under it
   * @param baseline base-year finances
   * @param assumptions projection drivers
   * @param costPools pools of spend that solutions act on
   * @param pressures named local pressures and funding that stops
   * @param publishedDoNothing published do-nothing trajectories
   * @param solutions the bridge's solutions in order
   * @param funding funding lines
   * @param sensitivities sensitivities on the do-nothing
   * @param transformationCosts one-off revenue transformation costs
   * @param capital capital schemes
   * @param controlTotals organisations' control totals
   * @param activity activity, workforce and bed baseline
   * @param indicatorDefinitions indicator definitions beyond the built-in catalogue
   * @param indicators indicator values
   * @param notes free-text notes
   */
  public Footprint(int number, String name, Region region, String lead, PlanPeriod period,
      List<Organisation> organisations, List<LocalPlan> localPlans, Baseline baseline,
      Assumptions assumptions, List<CostPool> costPools, List<CostPressure> pressures,
      List<DoNothingTrajectory> publishedDoNothing, List<Solution> solutions,
      List<FundingLine> funding, List<Sensitivity> sensitivities,
      List<TransformationCost> transformationCosts, List<CapitalScheme> capital,
      List<ControlTotal> controlTotals, ActivityBaseline activity,
      List<IndicatorDefinition> indicatorDefinitions, List<IndicatorValue> indicators,
      List<String> notes) {
    this(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools,
        pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital,
        controlTotals, activity, indicatorDefinitions, indicators, List.of(), notes);
  }

  /**
   * The organisation with this code, if any.
   *
   * @param code the organisation's code
   * @return the organisation with this code, if any
   */
  public Optional<Organisation> organisation(String code) {
    return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /**
   * The published do-nothing trajectory for a scope ("HEALTH" or a local authority code), if any.
   *
   * @param scope {@code "HEALTH"} or a local authority's code
   * @return the published do-nothing trajectory for a scope ("HEALTH" or a local authority code), if any
   */
  public Optional<DoNothingTrajectory> publishedDoNothing(String scope) {
    return publishedDoNothing.stream().filter(t -> t.scope().equals(scope)).findFirst();
  }

  /**
   * The cost pool with this id, if any.
   *
   * @param id the cost pool's id
   * @return the cost pool with this id, if any
   */
  public Optional<CostPool> costPool(String id) {
    return costPools.stream().filter(p -> p.id().equals(id)).findFirst();
  }





  /**
   * The solutions with this name (names need not be unique).
   *
   * @param solutionName the solution name
   * @return the solutions with this name (names need not be unique)
   */
  public List<Solution> solutionsNamed(String solutionName) {
    return solutions.stream().filter(s -> s.name().equals(solutionName)).toList();
  }

  /**
   * A copy with other indicator definitions and values (the rest unchanged).
   *
   * @param newDefinitions indicator definitions beyond the built-in catalogue
   * @param newValues indicator values for the footprint's areas and their benchmarks
   * @return the copy
   */
  public Footprint withIndicators(List<IndicatorDefinition> newDefinitions, List<IndicatorValue> newValues) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline,
        assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities,
        transformationCosts, capital, controlTotals, activity, newDefinitions, newValues, risks, notes);
  }
  /**
   * A copy with another number component (the rest unchanged); the constructor's checks run again.
   *
   * @param newNumber footprint number (1 to 1,000,000)
   * @return the copy
   */
  public Footprint withNumber(int newNumber) {
    return new Footprint(newNumber, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another name component (the rest unchanged); the constructor's checks run again.
   *
   * @param newName footprint name
   * @return the copy
   */
  public Footprint withName(String newName) {
    return new Footprint(number, newName, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another region component (the rest unchanged); the constructor's checks run again.
   *
   * @param newRegion the 2016 region
   * @return the copy
   */
  public Footprint withRegion(Region newRegion) {
    return new Footprint(number, name, newRegion, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another lead component (the rest unchanged); the constructor's checks run again.
   *
   * @param newLead the named lead, or empty
   * @return the copy
   */
  public Footprint withLead(String newLead) {
    return new Footprint(number, name, region, newLead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another period component (the rest unchanged); the constructor's checks run again.
   *
   * @param newPeriod base year and plan years
   * @return the copy
   */
  public Footprint withPeriod(PlanPeriod newPeriod) {
    return new Footprint(number, name, region, lead, newPeriod, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another organisations component (the rest unchanged); the constructor's checks run again.
   *
   * @param newOrganisations its statutory organisations (at least one)
   * @return the copy
   */
  public Footprint withOrganisations(List<Organisation> newOrganisations) {
    return new Footprint(number, name, region, lead, period, newOrganisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another localPlans component (the rest unchanged); the constructor's checks run again.
   *
   * @param newLocalPlans local plans under it
   * @return the copy
   */
  public Footprint withLocalPlans(List<LocalPlan> newLocalPlans) {
    return new Footprint(number, name, region, lead, period, organisations, newLocalPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another baseline component (the rest unchanged); the constructor's checks run again.
   *
   * @param newBaseline base-year finances
   * @return the copy
   */
  public Footprint withBaseline(Baseline newBaseline) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, newBaseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another assumptions component (the rest unchanged); the constructor's checks run again.
   *
   * @param newAssumptions projection drivers
   * @return the copy
   */
  public Footprint withAssumptions(Assumptions newAssumptions) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, newAssumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another costPools component (the rest unchanged); the constructor's checks run again.
   *
   * @param newCostPools pools of spend that solutions act on
   * @return the copy
   */
  public Footprint withCostPools(List<CostPool> newCostPools) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, newCostPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another pressures component (the rest unchanged); the constructor's checks run again.
   *
   * @param newPressures named local pressures and funding that stops
   * @return the copy
   */
  public Footprint withPressures(List<CostPressure> newPressures) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, newPressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another publishedDoNothing component (the rest unchanged); the constructor's checks run again.
   *
   * @param newPublishedDoNothing published do-nothing trajectories
   * @return the copy
   */
  public Footprint withPublishedDoNothing(List<DoNothingTrajectory> newPublishedDoNothing) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, newPublishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another solutions component (the rest unchanged); the constructor's checks run again.
   *
   * @param newSolutions the bridge's solutions in order
   * @return the copy
   */
  public Footprint withSolutions(List<Solution> newSolutions) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, newSolutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another funding component (the rest unchanged); the constructor's checks run again.
   *
   * @param newFunding funding lines
   * @return the copy
   */
  public Footprint withFunding(List<FundingLine> newFunding) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, newFunding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another sensitivities component (the rest unchanged); the constructor's checks run again.
   *
   * @param newSensitivities sensitivities on the do-nothing
   * @return the copy
   */
  public Footprint withSensitivities(List<Sensitivity> newSensitivities) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, newSensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another transformationCosts component (the rest unchanged); the constructor's checks run again.
   *
   * @param newTransformationCosts one-off revenue transformation costs
   * @return the copy
   */
  public Footprint withTransformationCosts(List<TransformationCost> newTransformationCosts) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, newTransformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another capital component (the rest unchanged); the constructor's checks run again.
   *
   * @param newCapital capital schemes
   * @return the copy
   */
  public Footprint withCapital(List<CapitalScheme> newCapital) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, newCapital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another controlTotals component (the rest unchanged); the constructor's checks run again.
   *
   * @param newControlTotals organisations' control totals
   * @return the copy
   */
  public Footprint withControlTotals(List<ControlTotal> newControlTotals) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, newControlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another activity component (the rest unchanged); the constructor's checks run again.
   *
   * @param newActivity activity, workforce and bed baseline
   * @return the copy
   */
  public Footprint withActivity(ActivityBaseline newActivity) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, newActivity, indicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another indicatorDefinitions component (the rest unchanged); the constructor's checks run again.
   *
   * @param newIndicatorDefinitions indicator definitions beyond the built-in catalogue
   * @return the copy
   */
  public Footprint withIndicatorDefinitions(List<IndicatorDefinition> newIndicatorDefinitions) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, newIndicatorDefinitions, indicators, risks, notes);
  }

  /**
   * A copy with another indicators component (the rest unchanged); the constructor's checks run again.
   *
   * @param newIndicators indicator values
   * @return the copy
   */
  public Footprint withIndicatorValues(List<IndicatorValue> newIndicators) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, newIndicators, risks, notes);
  }

  /**
   * A copy with another risks component (the rest unchanged); the constructor's checks run again.
   *
   * @param newRisks the plan's key risks
   * @return the copy
   */
  public Footprint withRisks(List<KeyRisk> newRisks) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, newRisks, notes);
  }

  /**
   * A copy with another notes component (the rest unchanged); the constructor's checks run again.
   *
   * @param newNotes free-text notes
   * @return the copy
   */
  public Footprint withNotes(List<String> newNotes) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, newNotes);
  }

  /**
   * A builder for a footprint, by part:
   *
   * <pre>
   * PlanPeriod period = PlanPeriod.of(FinancialYear.parse("2015/16"), 5);
   * Footprint fp = Footprint.builder()
   *     .number(45).name("Northfield and Eastmoor").region(Region.NORTH).period(period)
   *     .organisation(Organisation.of("NEH", "Northfield and Eastmoor Hospitals NHS Trust", OrganisationType.ACUTE_TRUST))
   *     .serviceLine(ServiceLine.builder("NEH", "Acute").incomeGbpK(310_000).staffCostsGbpK(195_000)
   *         .variableCostsGbpK(72_000).fixedCostsGbpK(55_000).build())
   *     .driver(Driver.PAY_INFLATION, YearlyRates.flat(period, 0.01))
   *     .build();                       // the record's checks run here
   * </pre>
   *
   * Every list starts empty and each single-item method ({@code organisation}, {@code solution}, ...)
   * appends to it; the plural methods replace it. The baseline is collected from
   * {@link Builder#serviceLine} and {@link Builder#normalisation} for the period's base year unless
   * {@link Builder#baseline} gives it whole; the footprint-level drivers from {@link Builder#driver}
   * unless {@link Builder#assumptions} gives them. The builder is only a convenience: the record's
   * constructor checks the structure, and {@code FootprintValidator} (run by the engine) reports how the
   * parts relate, as findings.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding every part of this footprint, to change some of them.
   *
   * @return a builder with every part of this footprint
   */
  public Builder toBuilder() {
    Builder b = new Builder().number(number).name(name).region(region).lead(lead).period(period)
        .organisations(organisations).localPlans(localPlans).baseline(baseline).assumptions(assumptions)
        .costPools(costPools).pressures(pressures).publishedDoNothing(publishedDoNothing)
        .solutions(solutions).funding(funding).sensitivities(sensitivities)
        .transformationCosts(transformationCosts).capital(capital).controlTotals(controlTotals)
        .activity(activity).indicatorDefinitions(indicatorDefinitions).indicators(indicators).risks(risks)
        .notes(notes);
    return b;
  }

  /**
   * Collects a footprint's parts; not thread-safe. Each {@link #build()} gives a new immutable footprint
   * (the builder may go on being used).
   */
  public static final class Builder {
    private int number;
    private String name;
    private Region region;
    private String lead;
    private PlanPeriod period;
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<LocalPlan> localPlans = new ArrayList<>();
    private FinancialYear baseYear;
    private final List<NormalisationEntry> normalisation = new ArrayList<>();
    private final List<ServiceLine> serviceLines = new ArrayList<>();
    private DriverSet.Builder defaults = DriverSet.builder();
    private final Map<String, DriverSet> overrides = new LinkedHashMap<>();
    private final List<CostPool> costPools = new ArrayList<>();
    private final List<CostPressure> pressures = new ArrayList<>();
    private final List<DoNothingTrajectory> publishedDoNothing = new ArrayList<>();
    private final List<Solution> solutions = new ArrayList<>();
    private final List<FundingLine> funding = new ArrayList<>();
    private final List<Sensitivity> sensitivities = new ArrayList<>();
    private final List<TransformationCost> transformationCosts = new ArrayList<>();
    private final List<CapitalScheme> capital = new ArrayList<>();
    private final List<ControlTotal> controlTotals = new ArrayList<>();
    private ActivityBaseline activity;
    private final List<IndicatorDefinition> indicatorDefinitions = new ArrayList<>();
    private final List<IndicatorValue> indicators = new ArrayList<>();
    private final List<KeyRisk> risks = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder() {}

    /** "organisation of footprint NAME" once the name is known, else just the part. */
    private String part(String what) {
      return name == null ? what : what + " of footprint " + name;
    }

    /**
     * Sets the number.
     *
     * @param value footprint number (1 to 1,000,000)
     * @return this builder
     */
    public Builder number(int value) {
      this.number = value;
      return this;
    }

    /**
     * Sets the name.
     *
     * @param value footprint name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets the region.
     *
     * @param value the 2016 region
     * @return this builder
     */
    public Builder region(Region value) {
      this.region = value;
      return this;
    }

    /**
     * Sets the lead.
     *
     * @param value the named lead, or empty
     * @return this builder
     */
    public Builder lead(String value) {
      this.lead = value;
      return this;
    }

    /**
     * Sets the period.
     *
     * @param value base year and plan years
     * @return this builder
     */
    public Builder period(PlanPeriod value) {
      this.period = value;
      return this;
    }

    /**
     * Sets the organisations (replacing any given so far).
     *
     * @param all its statutory organisations (at least one)
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder organisations(Collection<? extends Organisation> all) {
      organisations.clear();
      if (all != null) {
        all.forEach(this::organisation);
      }
      return this;
    }

    /**
     * Adds an organisation.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder organisation(Organisation item) {
      organisations.add(Checks.notNull(item, part("organisation")));
      return this;
    }

    /**
     * Sets the local plans (replacing any given so far).
     *
     * @param all local plans under it
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder localPlans(Collection<? extends LocalPlan> all) {
      localPlans.clear();
      if (all != null) {
        all.forEach(this::localPlan);
      }
      return this;
    }

    /**
     * Adds a local plan.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder localPlan(LocalPlan item) {
      localPlans.add(Checks.notNull(item, part("local plan")));
      return this;
    }

    /**
     * Sets the base-year finances whole (replacing any service lines and normalisation rows given so far).
     *
     * @param base the baseline
     * @return this builder
     * @throws IllegalArgumentException when {@code base} is missing
     */
    public Builder baseline(Baseline base) {
      Checks.notNull(base, "baseline");
      baseYear = base.year();
      normalisation.clear();
      normalisation.addAll(base.normalisation());
      serviceLines.clear();
      serviceLines.addAll(base.serviceLines());
      return this;
    }

    /**
     * Adds a base-year service line (income and expenditure of one organisation's line).
     *
     * @param line the line
     * @return this builder
     * @throws IllegalArgumentException when {@code line} is missing
     */
    public Builder serviceLine(ServiceLine line) {
      serviceLines.add(Checks.notNull(line, "service line"));
      return this;
    }

    /**
     * Adds a row of the base-year normalisation table.
     *
     * @param entry one organisation's reported surplus and adjustments
     * @return this builder
     * @throws IllegalArgumentException when {@code entry} is missing
     */
    public Builder normalisation(NormalisationEntry entry) {
      normalisation.add(Checks.notNull(entry, "normalisation entry"));
      return this;
    }

    /**
     * Sets the assumptions whole: footprint drivers and organisation overrides (replacing any given so far).
     *
     * @param all the assumptions
     * @return this builder
     * @throws IllegalArgumentException when {@code all} is missing
     */
    public Builder assumptions(Assumptions all) {
      Checks.notNull(all, "assumptions");
      defaults = all.defaults().toBuilder();
      overrides.clear();
      overrides.putAll(all.overrides());
      return this;
    }

    /**
     * Sets one footprint-level driver, by name.
     *
     * @param driver which driver
     * @param rates its rates by plan year (decimal fractions)
     * @return this builder
     * @throws IllegalArgumentException when {@code driver} is missing
     */
    public Builder driver(Driver driver, YearlyRates rates) {
      defaults.set(driver, rates);
      return this;
    }

    /**
     * Sets every footprint-level driver (replacing those given so far).
     *
     * @param drivers the footprint defaults
     * @return this builder
     * @throws IllegalArgumentException when {@code drivers} is missing
     */
    public Builder drivers(DriverSet drivers) {
      defaults = Checks.notNull(drivers, "footprint drivers").toBuilder();
      return this;
    }

    /**
     * Sets one organisation's own drivers; those it leaves out fall back to the footprint's.
     *
     * @param organisationCode the organisation
     * @param drivers its drivers
     * @return this builder
     * @throws IllegalArgumentException when an argument is missing
     */
    public Builder override(String organisationCode, DriverSet drivers) {
      overrides.put(Checks.notBlank(organisationCode, "organisation code of a driver override"),
          Checks.notNull(drivers, "drivers of " + organisationCode));
      return this;
    }

    /**
     * Sets the cost pools (replacing any given so far).
     *
     * @param all pools of spend that solutions act on
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder costPools(Collection<? extends CostPool> all) {
      costPools.clear();
      if (all != null) {
        all.forEach(this::costPool);
      }
      return this;
    }

    /**
     * Adds a cost pool.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder costPool(CostPool item) {
      costPools.add(Checks.notNull(item, part("cost pool")));
      return this;
    }

    /**
     * Sets the cost pressures (replacing any given so far).
     *
     * @param all named local pressures and funding that stops
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder pressures(Collection<? extends CostPressure> all) {
      pressures.clear();
      if (all != null) {
        all.forEach(this::pressure);
      }
      return this;
    }

    /**
     * Adds a named local pressure or funding that stops.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder pressure(CostPressure item) {
      pressures.add(Checks.notNull(item, part("cost pressure")));
      return this;
    }

    /**
     * Sets the published do-nothing trajectories (replacing any given so far).
     *
     * @param all published do-nothing trajectories
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder publishedDoNothing(Collection<? extends DoNothingTrajectory> all) {
      publishedDoNothing.clear();
      if (all != null) {
        all.forEach(this::publishedDoNothing);
      }
      return this;
    }

    /**
     * Adds a published do-nothing trajectory.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder publishedDoNothing(DoNothingTrajectory item) {
      publishedDoNothing.add(Checks.notNull(item, part("published do-nothing trajectory")));
      return this;
    }

    /**
     * Sets the solutions (replacing any given so far).
     *
     * @param all the bridge's solutions in order
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder solutions(Collection<? extends Solution> all) {
      solutions.clear();
      if (all != null) {
        all.forEach(this::solution);
      }
      return this;
    }

    /**
     * Adds a solution, after those already given (the bridge keeps this order).
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder solution(Solution item) {
      solutions.add(Checks.notNull(item, part("solution")));
      return this;
    }

    /**
     * Sets the funding lines (replacing any given so far).
     *
     * @param all funding lines
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder funding(Collection<? extends FundingLine> all) {
      funding.clear();
      if (all != null) {
        all.forEach(this::fundingLine);
      }
      return this;
    }

    /**
     * Adds a funding line.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder fundingLine(FundingLine item) {
      funding.add(Checks.notNull(item, part("funding line")));
      return this;
    }

    /**
     * Sets the sensitivities (replacing any given so far).
     *
     * @param all sensitivities on the do-nothing
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder sensitivities(Collection<? extends Sensitivity> all) {
      sensitivities.clear();
      if (all != null) {
        all.forEach(this::sensitivity);
      }
      return this;
    }

    /**
     * Adds a sensitivity.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder sensitivity(Sensitivity item) {
      sensitivities.add(Checks.notNull(item, part("sensitivity")));
      return this;
    }

    /**
     * Sets the transformation costs (replacing any given so far).
     *
     * @param all one-off revenue transformation costs
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder transformationCosts(Collection<? extends TransformationCost> all) {
      transformationCosts.clear();
      if (all != null) {
        all.forEach(this::transformationCost);
      }
      return this;
    }

    /**
     * Adds a one-off revenue transformation cost.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder transformationCost(TransformationCost item) {
      transformationCosts.add(Checks.notNull(item, part("transformation cost")));
      return this;
    }

    /**
     * Sets the capital schemes (replacing any given so far).
     *
     * @param all capital schemes
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder capital(Collection<? extends CapitalScheme> all) {
      capital.clear();
      if (all != null) {
        all.forEach(this::capitalScheme);
      }
      return this;
    }

    /**
     * Adds a capital scheme.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder capitalScheme(CapitalScheme item) {
      capital.add(Checks.notNull(item, part("capital scheme")));
      return this;
    }

    /**
     * Sets the control totals (replacing any given so far).
     *
     * @param all organisations' control totals
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder controlTotals(Collection<? extends ControlTotal> all) {
      controlTotals.clear();
      if (all != null) {
        all.forEach(this::controlTotal);
      }
      return this;
    }

    /**
     * Adds an organisation's control total.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder controlTotal(ControlTotal item) {
      controlTotals.add(Checks.notNull(item, part("control total")));
      return this;
    }

    /**
     * Sets the activity.
     *
     * @param value activity, workforce and bed baseline
     * @return this builder
     */
    public Builder activity(ActivityBaseline value) {
      this.activity = value;
      return this;
    }

    /**
     * Sets the indicator definitions (replacing any given so far).
     *
     * @param all indicator definitions beyond the built-in catalogue
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder indicatorDefinitions(Collection<? extends IndicatorDefinition> all) {
      indicatorDefinitions.clear();
      if (all != null) {
        all.forEach(this::indicatorDefinition);
      }
      return this;
    }

    /**
     * Adds an indicator definition.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder indicatorDefinition(IndicatorDefinition item) {
      indicatorDefinitions.add(Checks.notNull(item, part("indicator definition")));
      return this;
    }

    /**
     * Sets the indicator values (replacing any given so far).
     *
     * @param all indicator values
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder indicators(Collection<? extends IndicatorValue> all) {
      indicators.clear();
      if (all != null) {
        all.forEach(this::indicator);
      }
      return this;
    }

    /**
     * Adds an indicator value.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder indicator(IndicatorValue item) {
      indicators.add(Checks.notNull(item, part("indicator value")));
      return this;
    }

    /**
     * Sets the key risks (replacing any given so far).
     *
     * @param all the plan's key risks
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder risks(Collection<? extends KeyRisk> all) {
      risks.clear();
      if (all != null) {
        all.forEach(this::risk);
      }
      return this;
    }

    /**
     * Adds a key risk.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder risk(KeyRisk item) {
      risks.add(Checks.notNull(item, part("key risk")));
      return this;
    }

    /**
     * Sets the notes (replacing any given so far).
     *
     * @param all free-text notes
     * @return this builder
     * @throws IllegalArgumentException when an entry is missing
     */
    public Builder notes(Collection<? extends String> all) {
      notes.clear();
      if (all != null) {
        all.forEach(this::note);
      }
      return this;
    }

    /**
     * Adds a free-text note.
     *
     * @param item the item to add
     * @return this builder
     * @throws IllegalArgumentException when {@code item} is missing
     */
    public Builder note(String item) {
      notes.add(Checks.notNull(item, part("note")));
      return this;
    }

    /**
     * The footprint.
     *
     * @return a new immutable footprint
     * @throws IllegalArgumentException naming the part when a required part is missing or out of range (a
     *     number, name, region, period and at least one organisation are required)
     */
    public Footprint build() {
      FinancialYear year = baseYear != null ? baseYear : period == null ? null : period.baseYear();
      Baseline baseline = year == null ? null : new Baseline(year, normalisation, serviceLines);
      return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline, new Assumptions(defaults.build(), overrides), costPools, pressures, publishedDoNothing, solutions, funding, sensitivities, transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
    }
  }
}
