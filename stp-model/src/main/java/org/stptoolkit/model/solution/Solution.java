package org.stptoolkit.model.solution;

import java.util.List;
import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.finance.DoNothingTrajectory;

/**
 * One row of the financial bridge: a scheme that changes the do-nothing position.
 *
 * <p>A solution gives phased amounts, a rule, or both. With both, the bridge uses the phased amounts
 * (what the plan submitted) and the result reports how far the rule's figures differ from them.
 *
 * @param number the template's solution number (the seed has two 12s: numbers need not be unique)
 * @param name as printed, e.g. "CIP/Workforce"
 * @param scope {@code "HEALTH"} for the NHS bridge, or a local authority code for its social care bridge
 * @param category one of the seed's four categories
 * @param maturity how developed the plan is
 * @param costPools ids of the cost pools it acts on, in the order of the pools; double counting is
 *     removed within a pool
 * @param phasedGbpK net effect by year, £'000 (saving positive, additional cost negative), or empty
 * @param rule how to compute the effect from the baseline, or {@code null}
 * @param assumptions the assumptions as the plan states them
 * @param provenance published, derived or illustrative
 */
public record Solution(int number, String name, String scope, SolutionCategory category,
    Maturity maturity, List<String> costPools, YearlyAmounts phasedGbpK, SolutionRule rule,
    String assumptions, Provenance provenance) {

  /** Validates the fields; at least one of phased amounts and rule is required. */
  public Solution {
    Checks.inRange(number, 0, 9999, "solution number");
    name = Checks.notBlank(name, "name of solution " + number);
    scope = scope == null || scope.isBlank() ? DoNothingTrajectory.HEALTH : scope.strip();
    Checks.notNull(category, "category of solution " + number + " " + name);
    maturity = maturity == null ? Maturity.PLANS_IN_PROGRESS : maturity;
    costPools = Checks.copy(costPools, "cost pools of solution " + number);
    phasedGbpK = phasedGbpK == null ? YearlyAmounts.empty() : phasedGbpK;
    if (phasedGbpK.isEmpty() && rule == null) {
      throw new IllegalArgumentException("solution " + number + " " + name
          + " needs phased amounts or a rule, and has neither");
    }
    assumptions = assumptions == null ? "" : assumptions.strip();
    provenance = provenance == null ? Provenance.PUBLISHED : provenance;
  }

  /** "2 CIP/Workforce". */
  public String label() {
    return number + " " + name;
  }
}
