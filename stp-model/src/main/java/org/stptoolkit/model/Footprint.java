package org.stptoolkit.model;

import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.internal.Checks;

import java.util.List;
import java.util.Optional;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CapitalScheme;
import org.stptoolkit.model.finance.ControlTotal;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.FundingLine;
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

  /** Validates structure and copies every list. */
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

  /** The organisation with this code, if any. */
  public Optional<Organisation> organisation(String code) {
    return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /** The published do-nothing trajectory for a scope ("HEALTH" or a local authority code), if any. */
  public Optional<DoNothingTrajectory> publishedDoNothing(String scope) {
    return publishedDoNothing.stream().filter(t -> t.scope().equals(scope)).findFirst();
  }

  /** The cost pool with this id, if any. */
  public Optional<CostPool> costPool(String id) {
    return costPools.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** A copy with other solutions (the rest unchanged). */
  public Footprint withSolutions(List<Solution> newSolutions) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline,
        assumptions, costPools, pressures, publishedDoNothing, newSolutions, funding, sensitivities,
        transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /** A copy with other assumptions (the rest unchanged). */
  public Footprint withAssumptions(Assumptions newAssumptions) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline,
        newAssumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities,
        transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /** A copy with other published do-nothing trajectories (the rest unchanged). */
  public Footprint withPublishedDoNothing(List<DoNothingTrajectory> trajectories) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline,
        assumptions, costPools, pressures, trajectories, solutions, funding, sensitivities,
        transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, risks, notes);
  }

  /** A copy with another key risk register (the rest unchanged). */
  public Footprint withRisks(List<KeyRisk> newRisks) {
    return new Footprint(number, name, region, lead, period, organisations, localPlans, baseline,
        assumptions, costPools, pressures, publishedDoNothing, solutions, funding, sensitivities,
        transformationCosts, capital, controlTotals, activity, indicatorDefinitions, indicators, newRisks, notes);
  }

  /** The solutions with this name (names need not be unique). */
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
}
