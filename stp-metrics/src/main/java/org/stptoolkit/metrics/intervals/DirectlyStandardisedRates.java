package org.stptoolkit.metrics.intervals;

/**
 * A directly standardised rate, DSR = Σ(Oᵢwᵢ/nᵢ)/Σw × multiplier, with Dobson's intervals:
 * DSR + √(var/O)·(Byar limit(O) − O)·multiplier where O = ΣOᵢ and var = ΣOᵢ(wᵢ/nᵢ)²/(Σw)².
 * PHEindicatormethods' {@code calculate_dsr} / {@code phe_dsr} for independent events ({@code R/DSR.R};
 * Dobson et al 1991). Byar's limits are used for every O ≥ 10; below 10 events the DSR is not
 * published ({@link EstimateStatus#SUPPRESSED_SMALL_COUNT}).
 *
 * <p>Documented outcomes: arrays of different lengths, a negative count, or a zero or negative band
 * population give {@link EstimateStatus#INVALID_INPUT}.
 */
public final class DirectlyStandardisedRates {
  /** Below this many events in total a DSR is suppressed. */
  public static final double SUPPRESS_BELOW = 10;

  private DirectlyStandardisedRates() {}

  /**
   * The DSR per 100,000 with the European Standard Population 2013 (19 bands).
   *
   * @param observed events per band
   * @param population population per band, each more than zero
   * @return the DSR per 100,000 with the European Standard Population 2013 (19 bands)
   */
  public static Estimate esp2013(double[] observed, double[] population) {
    return of(observed, population, EuropeanStandardPopulation.weights(), CrudeRates.PER_100_000);
  }

  /**
   * The DSR with its intervals.
   *
   * @param observed events per band
   * @param population population per band, each more than zero
   * @param standard standard population weight per band, each zero or more
   * @param multiplier e.g. 100,000
   * @return the estimate, or the documented reason there is none
   */
  public static Estimate of(double[] observed, double[] population, double[] standard, double multiplier) {
    Proportions.requireMultiplier(multiplier);
    if (observed.length != population.length || observed.length != standard.length || observed.length == 0) {
      return Estimate.unavailable(EstimateStatus.INVALID_INPUT, "observed, population and standard population need the "
          + "same number of bands, had " + observed.length + ", " + population.length + " and " + standard.length);
    }
    double sumW = 0;
    double weighted = 0;
    double squared = 0;
    double total = 0;
    for (int i = 0; i < observed.length; i++) {
      if (!(observed[i] >= 0) || !(population[i] > 0) || !(standard[i] >= 0)) {
        return Estimate.unavailable(EstimateStatus.INVALID_INPUT, "band " + (i + 1)
            + " needs events >= 0, population > 0 and standard weight >= 0, was "
            + observed[i] + ", " + population[i] + ", " + standard[i]);
      }
      double ratio = standard[i] / population[i];
      weighted += observed[i] * ratio;
      squared += observed[i] * ratio * ratio;
      sumW += standard[i];
      total += observed[i];
    }
    if (sumW == 0) {
      return Estimate.unavailable(EstimateStatus.ZERO_DENOMINATOR, "the standard population weights sum to zero");
    }
    if (total < SUPPRESS_BELOW) {
      return Estimate.unavailable(EstimateStatus.SUPPRESSED_SMALL_COUNT,
          "a DSR is not published for fewer than 10 events, had " + total);
    }
    double dsr = weighted / sumW * multiplier;
    double variance = squared / (sumW * sumW);
    double factor = Math.sqrt(variance / total) * multiplier;
    return Estimate.of(dsr, dobson(dsr, total, factor, ConfidenceLevel.NINETY_FIVE),
        dobson(dsr, total, factor, ConfidenceLevel.NINETY_NINE_POINT_EIGHT), CiMethod.DOBSON);
  }

  private static Interval dobson(double dsr, double total, double factor, ConfidenceLevel level) {
    double c = level.fraction();
    return Interval.of(dsr + factor * (PoissonLimits.byarsLower(total, c) - total),
        dsr + factor * (PoissonLimits.byarsUpper(total, c) - total));
  }
}
