package org.stptoolkit.finance;

import java.util.List;
import java.util.Optional;
import org.stptoolkit.finance.projection.SystemView;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.bridge.ControlTotals;
import org.stptoolkit.finance.bridge.PlanCosts;
import org.stptoolkit.finance.projection.ActivityResult;
import org.stptoolkit.finance.projection.OrganisationResult;
import org.stptoolkit.finance.risk.RiskResult;
import org.stptoolkit.finance.sensitivity.SensitivityResults;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.validation.Findings;

/**
 * Everything the engine computes for one footprint, immutable. All money in £'000 (deficit and
 * additional cost negative, surplus and saving positive); every by-year series is aligned with
 * {@link #period()}'s plan years. Parts that could not be computed are absent or zero and explained in
 * {@link #findings()}; the run itself does not fail.
 *
 * @param footprintNumber footprint number
 * @param footprintName footprint name
 * @param region its region
 * @param period base year and plan years
 * @param normalisedHealthSurplus base-year normalised NHS position (the seed: (156,758))
 * @param organisations every organisation's drivers-based do-nothing, in the footprint's order
 * @param health the NHS bridge
 * @param socialCare one bridge per local authority with social care figures
 * @param solutions every solution line, all scopes, in the footprint's order
 * @param sensitivities sensitivities on the drivers-based do-nothing
 * @param activity activity, beds and workforce
 * @param planCosts transformation costs and capital
 * @param controlTotals control totals and their reconciliation, or {@code null} when none are given
 * @param system commissioner and provider sides of the health system
 * @param risk the risk-adjusted bridge (maturity realisation factors)
 * @param findings what could not be computed, and notes on inputs
 * @param notes statements a report prints beside the figures (rounding policy, known puzzles)
 */
public record FootprintResult(int footprintNumber, String footprintName, Region region,
    PlanPeriod period, double normalisedHealthSurplus, List<OrganisationResult> organisations,
    BridgeResult health, List<BridgeResult> socialCare, List<SolutionLine> solutions,
    SensitivityResults sensitivities, ActivityResult activity, PlanCosts planCosts,
    ControlTotals controlTotals, SystemView system, RiskResult risk, Findings findings,
    List<String> notes) {

  /**
   * Copies the lists.
   *
   * @param footprintNumber footprint number
   * @param footprintName footprint name
   * @param region its region
   * @param period base year and plan years
   * @param normalisedHealthSurplus base-year normalised NHS position (the seed: (156,758))
   * @param organisations every organisation's drivers-based do-nothing, in the footprint's order
   * @param health the NHS bridge
   * @param socialCare one bridge per local authority with social care figures
   * @param solutions every solution line, all scopes, in the footprint's order
   * @param sensitivities sensitivities on the drivers-based do-nothing
   * @param activity activity, beds and workforce
   * @param planCosts transformation costs and capital
   * @param controlTotals control totals and their reconciliation, or {@code null} when none are given
   * @param system commissioner and provider sides of the health system
   * @param risk the risk-adjusted bridge (maturity realisation factors)
   * @param findings what could not be computed, and notes on inputs
   * @param notes statements a report prints beside the figures (rounding policy, known puzzles)
   */
  public FootprintResult {
    organisations = List.copyOf(organisations);
    socialCare = List.copyOf(socialCare);
    solutions = List.copyOf(solutions);
    notes = List.copyOf(notes);
  }

  /**
   * The plan years as labels, "2016/17" ...
   *
   * @return the plan years as labels, "2016/17" 
   */
  public List<String> years() {
    return period.labels();
  }

  /**
   * The social care bridge of one local authority, if any.
   *
   * @param council the local authority's scope ({@link org.stptoolkit.model.finance.Scope#council})
   * @return its bridge, or empty when the footprint has none for it
   */
  public Optional<BridgeResult> socialCare(org.stptoolkit.model.finance.Scope council) {
    return socialCare.stream().filter(b -> b.scope().equals(council)).findFirst();
  }

  /**
   * The organisation's result, if any.
   *
   * @param code the organisation's code
   * @return the organisation's result, if any
   */
  public Optional<OrganisationResult> organisation(String code) {
    return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
  }
}
