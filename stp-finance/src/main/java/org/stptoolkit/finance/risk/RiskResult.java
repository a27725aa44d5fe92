package org.stptoolkit.finance.risk;

import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.solution.Maturity;

/**
 * The health bridge unadjusted and risk-adjusted side by side, £'000 by plan year.
 *
 * @param factors the realisation factor used for each maturity
 * @param solutions each health solution's net saving and its risk-adjusted value
 * @param doSomething the unadjusted do-something position
 * @param riskAdjustedDoSomething do-nothing + Σ risk-adjusted nets + funding applied
 * @param riskAdjustedGap riskAdjustedDoSomething − doSomething (the savings at risk, negative)
 * @param cumulativeRiskAdjusted Σ riskAdjustedDoSomething over the plan years
 */
public record RiskResult(Map<Maturity, Double> factors, List<AdjustedSolution> solutions,
    ByYear doSomething, ByYear riskAdjustedDoSomething, ByYear riskAdjustedGap,
    double cumulativeRiskAdjusted) {

  /**
   * Copies the collections.
   *
   * @param factors the realisation factor used for each maturity
   * @param solutions each health solution's net saving and its risk-adjusted value
   * @param doSomething the unadjusted do-something position
   * @param riskAdjustedDoSomething do-nothing + Σ risk-adjusted nets + funding applied
   * @param riskAdjustedGap riskAdjustedDoSomething − doSomething (the savings at risk, negative)
   * @param cumulativeRiskAdjusted Σ riskAdjustedDoSomething over the plan years
   */
  public RiskResult {
    factors = Map.copyOf(factors);
    solutions = List.copyOf(solutions);
  }

  /**
   * One solution's risk adjustment.
   *
   * @param index position in the footprint's solution list
   * @param label "2 CIP/Workforce"
   * @param maturity its maturity
   * @param factor realisation factor applied to savings (additional costs are taken at 100%)
   * @param net unadjusted net by year
   * @param riskAdjusted adjusted net by year
   */
  public record AdjustedSolution(int index, String label, Maturity maturity, double factor, ByYear net,
      ByYear riskAdjusted) {}
}
