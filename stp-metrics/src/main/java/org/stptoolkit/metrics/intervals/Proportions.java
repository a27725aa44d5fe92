package org.stptoolkit.metrics.intervals;

/**
 * A proportion x of n, times a multiplier (1 for a fraction, 100 for a percentage), with Wilson score
 * intervals at 95% and 99.8%: PHEindicatormethods' {@code phe_proportion}.
 *
 * <p>Documented outcomes: n = 0 gives {@link EstimateStatus#ZERO_DENOMINATOR}; x &lt; 0 or x &gt; n
 * gives {@link EstimateStatus#INVALID_INPUT}; a missing x or n gives {@link EstimateStatus#MISSING_INPUT}.
 * x = 0 gives a lower limit of exactly 0 and x = n an upper limit of exactly the multiplier.
 */
public final class Proportions {
  private Proportions() {}

  /**
   * The proportion with its intervals.
   *
   * @param x numerator (people meeting the condition), or {@code null}
   * @param n denominator (people in the sample), or {@code null}
   * @param multiplier 1 or 100 (any positive number is accepted)
   * @return the estimate, or the documented reason there is none
   */
  public static Estimate of(Double x, Double n, double multiplier) {
    requireMultiplier(multiplier);
    if (x == null || n == null) {
      return Estimate.unavailable(EstimateStatus.MISSING_INPUT, "a proportion needs a numerator and a denominator");
    }
    if (n == 0) {
      return Estimate.unavailable(EstimateStatus.ZERO_DENOMINATOR, "the denominator is zero");
    }
    if (x < 0 || n < 0 || x > n || !Double.isFinite(x) || !Double.isFinite(n)) {
      return Estimate.unavailable(EstimateStatus.INVALID_INPUT,
          "a proportion needs 0 <= numerator <= denominator, was " + x + " of " + n);
    }
    double value = x / n * multiplier;
    return Estimate.of(value,
        WilsonScore.interval(x, n, ConfidenceLevel.NINETY_FIVE.fraction()).times(multiplier),
        WilsonScore.interval(x, n, ConfidenceLevel.NINETY_NINE_POINT_EIGHT.fraction()).times(multiplier),
        CiMethod.WILSON);
  }

  static void requireMultiplier(double multiplier) {
    if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be a positive number, was " + multiplier);
    }
  }
}
