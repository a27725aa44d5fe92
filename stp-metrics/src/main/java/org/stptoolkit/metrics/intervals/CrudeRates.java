package org.stptoolkit.metrics.intervals;

/**
 * A crude rate x per n times a multiplier (default 100,000), or a count (n = 1, multiplier 1), with
 * Byar's intervals for 10 or more events and exact Poisson intervals below 10: PHEindicatormethods'
 * {@code phe_rate} ({@code R/Rates.R}).
 *
 * <p>Documented outcomes: n = 0 gives {@link EstimateStatus#ZERO_DENOMINATOR}; x &lt; 0 gives
 * {@link EstimateStatus#INVALID_INPUT}; a missing x or n gives {@link EstimateStatus#MISSING_INPUT}.
 * x = 0 gives a value of 0 with lower limit 0.
 */
public final class CrudeRates {
  /** The usual multiplier: a rate per 100,000. */
  public static final double PER_100_000 = 100_000;

  private CrudeRates() {}

  /**
   * The rate with its intervals.
   *
   * @param x events, or {@code null}
   * @param n population (person-years), or {@code null}
   * @param multiplier e.g. 100,000 for a rate per 100,000
   * @return the estimate, or the documented reason there is none
   */
  public static Estimate of(Double x, Double n, double multiplier) {
    Proportions.requireMultiplier(multiplier);
    if (x == null || n == null) {
      return Estimate.unavailable(EstimateStatus.MISSING_INPUT, "a rate needs a count and a denominator");
    }
    if (n == 0) {
      return Estimate.unavailable(EstimateStatus.ZERO_DENOMINATOR, "the denominator is zero");
    }
    if (x < 0 || n < 0 || !Double.isFinite(x) || !Double.isFinite(n)) {
      return Estimate.unavailable(EstimateStatus.INVALID_INPUT,
          "a rate needs a count and a denominator of zero or more, was " + x + " per " + n);
    }
    double scale = multiplier / n;
    return Estimate.of(x * scale,
        PoissonLimits.interval(x, ConfidenceLevel.NINETY_FIVE.fraction()).times(scale),
        PoissonLimits.interval(x, ConfidenceLevel.NINETY_NINE_POINT_EIGHT.fraction()).times(scale),
        PoissonLimits.method(x));
  }

  /**
   * A count of events with its Poisson interval (rate per 1 with multiplier 1).
   *
   * @param x the number of events, or {@code null}
   * @return a count of events with its Poisson interval (rate per 1 with multiplier 1)
   */
  public static Estimate count(Double x) {
    return of(x, x == null ? null : 1.0, 1);
  }
}
