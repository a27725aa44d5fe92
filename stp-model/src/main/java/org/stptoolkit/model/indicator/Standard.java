package org.stptoolkit.model.indicator;

import org.stptoolkit.model.internal.Checks;

/**
 * A standard or target an indicator is held to, in the indicator's units: a lower limit (A&amp;E at
 * least 95%), an upper limit, or both.
 *
 * @param name e.g. "NHS Constitution: 95% within 4 hours"
 * @param lower the value must be at least this, or {@code null}
 * @param upper the value must be at most this, or {@code null}
 */
public record Standard(String name, Double lower, Double upper) {
  /**
   * Validates that at least one limit is given and the range is ordered.
   *
   * @param name e.g. "NHS Constitution: 95% within 4 hours"
   * @param lower the value must be at least this, or {@code null}
   * @param upper the value must be at most this, or {@code null}
   */
  public Standard {
    name = name == null ? "" : name.strip();
    if (lower == null && upper == null) {
      throw new IllegalArgumentException("a standard needs a lower or an upper limit");
    }
    if (lower != null) {
      Checks.finite(lower, "lower limit of standard");
    }
    if (upper != null) {
      Checks.finite(upper, "upper limit of standard");
    }
    if (lower != null && upper != null && lower > upper) {
      throw new IllegalArgumentException("standard's lower limit " + lower + " is above its upper limit " + upper);
    }
  }

  /**
   * At least {@code lower}.
   *
   * @param name the standard's name
   * @param lower the lowest value that meets it
   * @return a standard met by any value of at least {@code lower}
   */
  public static Standard atLeast(String name, double lower) {
    return new Standard(name, lower, null);
  }

  /**
   * At most {@code upper}.
   *
   * @param name the standard's name
   * @param upper the highest value that meets it
   * @return a standard met by any value of at most {@code upper}
   */
  public static Standard atMost(String name, double upper) {
    return new Standard(name, null, upper);
  }

  /**
   * Between {@code lower} and {@code upper}, limits included.
   *
   * @param name the standard's name
   * @param lower the lowest value that meets it
   * @param upper the highest value that meets it
   * @return a standard met by any value between {@code lower} and {@code upper}, limits included
   */
  public static Standard between(String name, double lower, double upper) {
    return new Standard(name, lower, upper);
  }

  /**
   * True when {@code value} meets the standard.
   *
   * @param value the value, in the indicator's units
   * @return true when {@code value} meets the standard
   */
  public boolean isMetBy(double value) {
    return (lower == null || value >= lower) && (upper == null || value <= upper);
  }
}
