package org.stptoolkit.metrics.intervals;

/**
 * A closed confidence interval in the indicator's units.
 *
 * @param lower lower limit, finite
 * @param upper upper limit, finite and not below {@code lower}
 */
public record Interval(double lower, double upper) {
  /**
   * Validates the limits.
   *
   * @param lower lower limit, finite
   * @param upper upper limit, finite and not below {@code lower}
   */
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException("interval limits must be finite, were " + lower + " and " + upper);
    }
    if (lower > upper) {
      throw new IllegalArgumentException("interval lower limit " + lower + " is above its upper limit " + upper);
    }
  }

  /**
   * An interval.
   *
   * @param lower the lower limit
   * @param upper the upper limit, at least {@code lower}
   * @return an interval
   */
  public static Interval of(double lower, double upper) {
    return new Interval(lower, upper);
  }

  /**
   * True when {@code x} lies inside the interval, limits included.
   *
   * @param x the value
   * @return true when {@code x} lies inside the interval, limits included
   */
  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  /**
   * The width, upper minus lower, in the indicator's units.
   *
   * @return the width, upper minus lower, in the indicator's units
   */
  public double width() {
    return upper - lower;
  }

  /**
   * The interval multiplied by a positive factor.
   *
   * @param factor the factor, above 0
   * @return the interval multiplied by a positive factor
   */
  public Interval times(double factor) {
    return new Interval(lower * factor, upper * factor);
  }
}
