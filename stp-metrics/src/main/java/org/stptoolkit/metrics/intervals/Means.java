package org.stptoolkit.metrics.intervals;

/**
 * A mean with Student's t intervals: mean ± t(c + (1−c)/2, n−1) × sd/√n, where sd is the sample
 * standard deviation (divisor n − 1): PHEindicatormethods' {@code phe_mean} ({@code R/Means.R}).
 *
 * <p>Documented outcomes: fewer than 2 observations give {@link EstimateStatus#INVALID_INPUT} (no
 * standard deviation); no observations give {@link EstimateStatus#ZERO_DENOMINATOR}.
 */
public final class Means {
  private Means() {}

  /**
   * The mean of raw observations with its intervals.
   *
   * @param values the raw observations
   * @return the mean of raw observations with its intervals
   */
  public static Estimate of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return Estimate.unavailable(EstimateStatus.ZERO_DENOMINATOR, "a mean needs at least one observation");
    }
    double sum = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return Estimate.unavailable(EstimateStatus.INVALID_INPUT, "observations must be finite, found " + v);
      }
      sum += v;
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return ofSummary(mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), n);
  }

  /**
   * A mean from its summary statistics.
   *
   * @param mean the mean
   * @param standardDeviation sample standard deviation (divisor n − 1)
   * @param count number of observations
   * @return the estimate
   */
  public static Estimate ofSummary(double mean, double standardDeviation, long count) {
    if (count == 0) {
      return Estimate.unavailable(EstimateStatus.ZERO_DENOMINATOR, "a mean needs at least one observation");
    }
    if (count < 2 || !Double.isFinite(standardDeviation) || standardDeviation < 0 || !Double.isFinite(mean)) {
      return Estimate.unavailable(EstimateStatus.INVALID_INPUT,
          "a t interval needs at least 2 observations and a finite standard deviation");
    }
    double se = standardDeviation / Math.sqrt(count);
    return Estimate.of(mean, limits(mean, se, count, ConfidenceLevel.NINETY_FIVE),
        limits(mean, se, count, ConfidenceLevel.NINETY_NINE_POINT_EIGHT), CiMethod.STUDENTS_T);
  }

  private static Interval limits(double mean, double se, long count, ConfidenceLevel level) {
    double c = level.fraction();
    double t = Quantiles.studentT(c + (1 - c) / 2, count - 1);
    return Interval.of(mean - t * se, mean + t * se);
  }
}
