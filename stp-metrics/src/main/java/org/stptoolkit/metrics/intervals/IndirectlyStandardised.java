package org.stptoolkit.metrics.intervals;

/**
 * Indirectly standardised ratios and rates: observed O against expected E, where E = Σ(reference rateᵢ
 * × populationᵢ). The ratio is O/E × 100 (a standardised mortality or admission ratio, 100 = as
 * expected); the rate is O/E × the reference rate. Intervals are exact Poisson limits below 10 events
 * and Byar's otherwise, divided by E: PHEindicatormethods' {@code phe_isr} / {@code calculate_ISRatio}
 * / {@code calculate_ISRate} ({@code R/ISRatio.R}, {@code R/ISRate.R}).
 *
 * <p>Documented outcomes: E = 0 gives {@link EstimateStatus#ZERO_DENOMINATOR}; negative inputs give
 * {@link EstimateStatus#INVALID_INPUT}.
 */
public final class IndirectlyStandardised {
  /** The conventional reference value of a standardised ratio. */
  public static final double RATIO_REFERENCE = 100;

  private IndirectlyStandardised() {}

  /**
   * Expected events, Σ(refEventsᵢ/refPopulationᵢ × populationᵢ); bands with no reference population contribute 0.
   *
   * @param population the area's population per age band
   * @param referenceEvents the reference events per age band
   * @param referencePopulation the reference population per age band
   * @return expected events, Σ(refEventsᵢ/refPopulationᵢ × populationᵢ); bands with no reference population
   *     contribute 0
   */
  public static double expected(double[] population, double[] referenceEvents, double[] referencePopulation) {
    if (population.length != referenceEvents.length || population.length != referencePopulation.length) {
      throw new IllegalArgumentException("population and reference arrays need the same number of bands");
    }
    double e = 0;
    for (int i = 0; i < population.length; i++) {
      if (referencePopulation[i] > 0) {
        e += referenceEvents[i] / referencePopulation[i] * population[i];
      }
    }
    return e;
  }

  /**
   * The ratio O/E × reference value (100 for an SMR) with its intervals.
   *
   * @param observed events in the area
   * @param expected events expected at reference rates
   * @param referenceValue the ratio's scale, e.g. 100 for an SMR
   * @return the ratio O/E × reference value (100 for an SMR) with its intervals
   */
  public static Estimate ratio(double observed, double expected, double referenceValue) {
    return scaled(observed, expected, referenceValue);
  }

  /**
   * The indirectly standardised rate O/E × reference rate.
   *
   * @param observed events in the area
   * @param expected events expected at reference rates
   * @param referenceRate the reference population's crude rate in the indicator's units (e.g. per 100,000)
   * @return the estimate
   */
  public static Estimate rate(double observed, double expected, double referenceRate) {
    return scaled(observed, expected, referenceRate);
  }

  private static Estimate scaled(double observed, double expected, double reference) {
    if (expected == 0) {
      return Estimate.unavailable(EstimateStatus.ZERO_DENOMINATOR, "expected events are zero");
    }
    if (!(observed >= 0) || !(expected > 0) || !(reference > 0)
        || !Double.isFinite(observed) || !Double.isFinite(expected) || !Double.isFinite(reference)) {
      return Estimate.unavailable(EstimateStatus.INVALID_INPUT, "observed >= 0, expected > 0 and reference > 0 needed, was "
          + observed + ", " + expected + ", " + reference);
    }
    double scale = reference / expected;
    return Estimate.of(observed * scale,
        PoissonLimits.interval(observed, ConfidenceLevel.NINETY_FIVE.fraction()).times(scale),
        PoissonLimits.interval(observed, ConfidenceLevel.NINETY_NINE_POINT_EIGHT.fraction()).times(scale),
        PoissonLimits.method(observed));
  }
}
