package org.stptoolkit.finance.risk;

import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.solution.SolutionLine;

/**
 * The risk-adjusted health bridge: each solution's net saving in a year times the realisation factor
 * of its maturity; additional costs (negative nets) are taken in full, since a cost is not less likely
 * because a plan is immature. Funding applied is not adjusted.
 */
public final class RiskAdjustment {

  private RiskAdjustment() {}

  /**
   * Adjusts the health bridge (the first of {@code bridges}).
   *
   * @param bridges the bridges, health first
   * @param factors the realisation factor for each maturity
   * @return the health bridge adjusted for delivery risk
   */
  public static RiskResult adjust(List<BridgeResult> bridges, RealisationFactors factors) {
    BridgeResult health = bridges.get(0);
    int years = health.doNothing().size();
    double[] adjusted = health.doNothing().plus(health.fundingApplied()).toArray();
    List<RiskResult.AdjustedSolution> lines = new ArrayList<>();
    for (SolutionLine s : health.solutions()) {
      double f = factors.factor(s.maturity());
      double[] a = new double[years];
      for (int y = 0; y < years; y++) {
        double n = s.net().get(y);
        a[y] = n > 0 ? n * f : n;
        adjusted[y] += a[y];
      }
      lines.add(new RiskResult.AdjustedSolution(s.index(), s.label(), s.maturity(), f, s.net(), ByYear.of(a)));
    }
    ByYear adj = ByYear.of(adjusted);
    return new RiskResult(factors.asMap(), lines, health.doSomething(), adj,
        adj.minus(health.doSomething()), adj.sum());
  }
}
