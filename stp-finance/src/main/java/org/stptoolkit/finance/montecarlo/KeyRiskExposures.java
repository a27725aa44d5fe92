package org.stptoolkit.finance.montecarlo;

import org.stptoolkit.finance.risk.RiskAdjustment;
import org.stptoolkit.finance.risk.RiskResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.risk.KeyRisk;

/**
 * The money and the Monte Carlo spread each key risk of a footprint's register threatens, read from the
 * engine's result (and a Monte Carlo run, when there is one). Stateless.
 *
 * <p>For a risk linked to solutions (by name; every solution of that name counts): the linked
 * solutions' net in the final plan year as the bridge has it, and what the maturity realisation factors
 * of {@link RiskAdjustment} already take off it. For the spread: the Monte Carlo reports each uncertain
 * input's contribution to the final-year do-something variance (its squared correlation with it, scaled
 * so that every input's contributions add to 100%: {@link MonteCarloResult.VarianceDriver#contribution()});
 * a risk's share is the sum of the contributions of its linked solutions' delivery factors and its linked
 * drivers' shifts, so it is at most 100% and the risks' shares never add to more than the whole; an input
 * the run did not vary (or whose variance was nil) has no share.
 */
public final class KeyRiskExposures {

  private KeyRiskExposures() {}

  /**
   * Every key risk of the footprint, in the register's order.
   *
   * @param footprint the footprint (its register)
   * @param result the engine's result for it
   * @param monteCarlo a Monte Carlo run of the same footprint, or {@code null}
   * @return one exposure per risk
   */
  public static List<KeyRiskExposure> of(Footprint footprint, FootprintResult result,
      MonteCarloResult monteCarlo) {
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(result, "result");
    List<KeyRiskExposure> out = new ArrayList<>();
    for (KeyRisk risk : footprint.risks()) {
      out.add(of(risk, result, monteCarlo));
    }
    return out;
  }

  /**
   * One key risk.
   *
   * @param risk the risk
   * @param result the engine's result for its footprint
   * @param monteCarlo a Monte Carlo run of the same footprint, or {@code null}
   * @return its exposure
   */
  public static KeyRiskExposure of(KeyRisk risk, FootprintResult result, MonteCarloResult monteCarlo) {
    List<String> labels = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    double net = 0;
    double haircut = 0;
    for (SolutionLine s : result.solutions()) {
      if (risk.solutions().contains(s.name())) {
        labels.add(s.label());
        inputs.add(MonteCarloResult.VarianceDriver.deliveryName(s.label()));
        net += s.net().last();
        for (RiskResult.AdjustedSolution a : result.risk().solutions()) {
          if (a.index() == s.index()) {
            haircut += a.net().last() - a.riskAdjusted().last();
          }
        }
      }
    }
    List<String> drivers = new ArrayList<>();
    for (Driver d : Driver.values()) {
      if (risk.drivers().contains(d.name())) {
        drivers.add(d.label());
        inputs.add(MonteCarloResult.VarianceDriver.driverName(d));
      }
    }
    Double share = null;
    if (monteCarlo != null) {
      double sum = 0;
      Map<String, Double> shares = new java.util.HashMap<>();
      monteCarlo.varianceDrivers().forEach(v -> shares.merge(v.name(), v.contribution(), Double::sum));
      for (String in : inputs) {
        sum += shares.getOrDefault(in, 0.0);
      }
      share = Math.min(1, sum);
    }
    return new KeyRiskExposure(risk, labels, drivers, net, haircut, share);
  }
}
