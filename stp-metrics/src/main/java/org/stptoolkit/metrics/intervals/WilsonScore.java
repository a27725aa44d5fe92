package org.stptoolkit.metrics.intervals;

/**
 * Wilson score limits for a proportion x of n, as fractions in [0, 1]:
 * (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)). PHEindicatormethods' {@code wilson_lower} and
 * {@code wilson_upper} ({@code R/Wilson.R}; Wilson 1927, Newcombe and Altman 2000).
 */
public final class WilsonScore {
  private WilsonScore() {}

  /**
   * The lower limit as a fraction. Requires 0 ≤ x ≤ n and n &gt; 0.
   *
   * @param x the number of events, from 0 to {@code n}
   * @param n the population at risk, above 0
   * @param confidence the confidence level as a fraction, e.g. 0.95
   * @return the lower limit as a fraction
   */
  public static double lower(double x, double n, double confidence) {
    return limit(x, n, confidence, -1);
  }

  /**
   * The upper limit as a fraction. Requires 0 ≤ x ≤ n and n &gt; 0.
   *
   * @param x the number of events, from 0 to {@code n}
   * @param n the population at risk, above 0
   * @param confidence the confidence level as a fraction, e.g. 0.95
   * @return the upper limit as a fraction
   */
  public static double upper(double x, double n, double confidence) {
    return limit(x, n, confidence, +1);
  }

  /**
   * Both limits as fractions.
   *
   * @param x the number of events, from 0 to {@code n}
   * @param n the population at risk, above 0
   * @param confidence the confidence level as a fraction, e.g. 0.95
   * @return the interval, both limits as fractions
   */
  public static Interval interval(double x, double n, double confidence) {
    return Interval.of(lower(x, n, confidence), upper(x, n, confidence));
  }

  private static double limit(double x, double n, double confidence, int sign) {
    if (!(x >= 0) || !(n > 0) || x > n || !Double.isFinite(n)) {
      throw new IllegalArgumentException("a Wilson interval needs 0 <= x <= n and n > 0, was x=" + x + ", n=" + n);
    }
    double z = Quantiles.z(confidence);
    double z2 = z * z;
    return (2 * x + z2 + sign * z * Math.sqrt(z2 + 4 * x * (1 - x / n))) / 2 / (n + z2);
  }
}
