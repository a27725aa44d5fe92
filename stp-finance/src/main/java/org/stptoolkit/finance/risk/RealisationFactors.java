package org.stptoolkit.finance.risk;

import java.util.EnumMap;
import java.util.Map;
import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.solution.Maturity;

/**
 * The share of a solution's saving expected to be realised, by maturity. Defaults: fully developed 95%,
 * plans in progress 75%, opportunity 50%, yet to be identified 25%.
 */
public final class RealisationFactors {

  /** 95/75/50/25%. */
  public static final RealisationFactors DEFAULT = of(Map.of(Maturity.FULLY_DEVELOPED, 0.95,
      Maturity.PLANS_IN_PROGRESS, 0.75, Maturity.OPPORTUNITY, 0.50, Maturity.UNIDENTIFIED, 0.25));

  /** Every maturity at 100%: the risk-adjusted bridge equals the unadjusted one. */
  public static final RealisationFactors NONE = of(Map.of(Maturity.FULLY_DEVELOPED, 1.0,
      Maturity.PLANS_IN_PROGRESS, 1.0, Maturity.OPPORTUNITY, 1.0, Maturity.UNIDENTIFIED, 1.0));

  private final EnumMap<Maturity, Double> factors;

  private RealisationFactors(EnumMap<Maturity, Double> factors) {
    this.factors = factors;
  }

  /**
   * Factors for every maturity, each between 0 and 1.
   *
   * @param factors the factor for each maturity, between 0 and 1
   * @return the realisation factors
   */
  public static RealisationFactors of(Map<Maturity, Double> factors) {
    EnumMap<Maturity, Double> m = new EnumMap<>(Maturity.class);
    for (Maturity maturity : Maturity.values()) {
      Double f = factors.get(maturity);
      Checks.notNull(f, "realisation factor for " + maturity.label());
      Checks.rateInRange(f, 0, 1, "realisation factor for " + maturity.label());
      m.put(maturity, f);
    }
    return new RealisationFactors(m);
  }

  /**
   * The factor for a maturity.
   *
   * @param maturity the solution's maturity
   * @return the factor for a maturity
   */
  public double factor(Maturity maturity) {
    return factors.get(maturity);
  }

  /**
   * The factors as an immutable map.
   *
   * @return the factors as an immutable map
   */
  public Map<Maturity, Double> asMap() {
    return Map.copyOf(factors);
  }
}
