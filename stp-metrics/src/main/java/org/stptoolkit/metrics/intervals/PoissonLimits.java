package org.stptoolkit.metrics.intervals;

/**
 * Confidence limits for an observed count of events O, in events (divide by the denominator and
 * multiply for a rate). Byar's approximation (Breslow and Day 1987) for 10 or more events:
 * lower = O(1 − 1/(9O) − z/(3√O))³, upper = (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³; exact Poisson
 * limits from chi-square quantiles below 10 events: lower = χ²((1−c)/2, 2O)/2 (0 when O = 0),
 * upper = χ²(c + (1−c)/2, 2O+2)/2. This is PHEindicatormethods' {@code byars_lower}, {@code byars_upper}
 * and the exact branch of {@code phe_rate} ({@code R/Byars.R}, {@code R/Rates.R}).
 */
public final class PoissonLimits {
  /** Below this many events the exact method is used instead of Byar's. */
  public static final double EXACT_BELOW = 10;

  private PoissonLimits() {}

  /**
   * Byar's lower limit for {@code observed} events at a confidence level (a fraction).
   *
   * @param observed the number of events, zero or more
   * @param confidence the confidence level as a fraction, e.g. 0.95
   * @return Byar's lower limit, in events
   */
  public static double byarsLower(double observed, double confidence) {
    requireCount(observed);
    double z = Quantiles.z(confidence);
    double t = 1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed));
    return observed * t * t * t;
  }

  /**
   * Byar's upper limit for {@code observed} events at a confidence level (a fraction).
   *
   * @param observed the number of events, zero or more
   * @param confidence the confidence level as a fraction, e.g. 0.95
   * @return Byar's upper limit, in events
   */
  public static double byarsUpper(double observed, double confidence) {
    requireCount(observed);
    double z = Quantiles.z(confidence);
    double o1 = observed + 1;
    double t = 1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1));
    return o1 * t * t * t;
  }

  /**
   * Exact Poisson lower limit: χ²((1−c)/2, 2O)/2, which is 0 when O = 0.
   *
   * @param observed the number of events, zero or more
   * @param confidence the confidence level as a fraction, e.g. 0.95
   * @return the exact lower limit, in events
   */
  public static double exactLower(double observed, double confidence) {
    requireCount(observed);
    Quantiles.requireConfidence(confidence);
    return Quantiles.chiSquare((1 - confidence) / 2, 2 * observed) / 2;
  }

  /**
   * Exact Poisson upper limit: χ²(c + (1−c)/2, 2O + 2)/2.
   *
   * @param observed the number of events, zero or more
   * @param confidence the confidence level as a fraction, e.g. 0.95
   * @return the exact upper limit, in events
   */
  public static double exactUpper(double observed, double confidence) {
    requireCount(observed);
    Quantiles.requireConfidence(confidence);
    return Quantiles.chiSquare(confidence + (1 - confidence) / 2, 2 * observed + 2) / 2;
  }

  /**
   * The interval in events: exact below 10 events, Byar's otherwise.
   *
   * @param observed the number of events, zero or more
   * @param confidence the confidence level as a fraction, e.g. 0.95
   * @return the interval in events: exact below 10 events, Byar's otherwise
   */
  public static Interval interval(double observed, double confidence) {
    if (observed < EXACT_BELOW) {
      return Interval.of(exactLower(observed, confidence), exactUpper(observed, confidence));
    }
    return Interval.of(byarsLower(observed, confidence), byarsUpper(observed, confidence));
  }

  /**
   * The method {@link #interval} uses for this many events.
   *
   * @param observed the number of events, zero or more
   * @return the method {@link #interval} uses for this many events
   */
  public static CiMethod method(double observed) {
    return observed < EXACT_BELOW ? CiMethod.EXACT : CiMethod.BYARS;
  }

  private static void requireCount(double observed) {
    if (!(observed >= 0) || !Double.isFinite(observed)) {
      throw new IllegalArgumentException("observed events must be zero or more, was " + observed);
    }
  }
}
