package org.stptoolkit.finance.basics;

import java.util.Arrays;

/**
 * An immutable series of numbers aligned with a plan's years (index 0 is the first plan year), usually
 * money in £'000. The engine works on primitive arrays; results hand them out wrapped in this type so
 * that a caller cannot change a result after the fact.
 *
 * <p>Numeric choice: {@code double}, unrounded; rounding to whole £'000 happens only when a report
 * prints a figure ({@link org.stptoolkit.model.basics.RoundingPolicy}).
 */
public final class ByYear {

  private final double[] values;

  private ByYear(double[] values) {
    this.values = values;
  }

  /**
   * A copy of {@code values}; every value must be finite.
   *
   * @param values the values by plan year, each finite
   * @return a copy of {@code values}; every value must be finite
   */
  public static ByYear of(double... values) {
    return ofOwned(values.clone());
  }

  /**
   * The engine's factory for an array it has just made: wraps {@code values} <b>without copying</b>, so
   * the caller hands the array over and must neither change it nor give it to anyone else afterwards.
   * Every value must be finite, checked as in {@link #of} (same exception, same message). Anyone holding
   * an array that may be shared or changed later must use {@link #of}.
   *
   * @param values a freshly made array that nothing else refers to
   * @return the series, backed by {@code values}
   */
  public static ByYear ofOwned(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("value for year index " + i + " must be finite, was " + values[i]);
      }
    }
    return new ByYear(values);
  }

  /**
   * {@code years} zeros.
   *
   * @param years how many plan years
   * @return zeros for {@code years} plan years
   */
  public static ByYear zeros(int years) {
    return new ByYear(new double[years]);
  }

  /**
   * Number of years.
   *
   * @return number of years
   */
  public int size() {
    return values.length;
  }

  /**
   * The value in year index {@code i} (0 = first plan year).
   *
   * @param i the plan year index, 0 for the first plan year
   * @return the value in year index {@code i} (0 = first plan year)
   */
  public double get(int i) {
    return values[i];
  }

  /**
   * The last year's value (the final plan year), 0 when empty.
   *
   * @return the last year's value (the final plan year), 0 when empty
   */
  public double last() {
    return values.length == 0 ? 0 : values[values.length - 1];
  }

  /**
   * Sum over the years.
   *
   * @return sum over the years
   */
  public double sum() {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  /**
   * A copy of the values.
   *
   * @return a copy of the values
   */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * Element-wise sum; both must have the same number of years.
   *
   * @param other the other values, with as many years
   * @return the sum, year by year
   */
  public ByYear plus(ByYear other) {
    check(other);
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] += other.values[i];
    }
    return new ByYear(out);
  }

  /**
   * Element-wise difference {@code this - other}.
   *
   * @param other the values to subtract, with as many years
   * @return the difference, year by year
   */
  public ByYear minus(ByYear other) {
    check(other);
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] -= other.values[i];
    }
    return new ByYear(out);
  }

  /**
   * Each value times {@code factor}.
   *
   * @param factor the factor to multiply every value by
   * @return each value times {@code factor}
   */
  public ByYear times(double factor) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= factor;
    }
    return ByYear.of(out);
  }

  /**
   * Running total: element i is the sum of elements 0..i.
   *
   * @return the running totals
   */
  public ByYear cumulative() {
    double[] out = values.clone();
    for (int i = 1; i < out.length; i++) {
      out[i] += out[i - 1];
    }
    return new ByYear(out);
  }

  /**
   * True when every value is within {@code tolerance} of {@code other}'s.
   *
   * @param other the values to compare with
   * @param tolerance the largest absolute difference allowed in any year
   * @return true when every value is within {@code tolerance} of {@code other}'s
   */
  public boolean isCloseTo(ByYear other, double tolerance) {
    check(other);
    for (int i = 0; i < values.length; i++) {
      if (Math.abs(values[i] - other.values[i]) > tolerance) {
        return false;
      }
    }
    return true;
  }

  private void check(ByYear other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException("series must cover the same years: " + values.length
          + " and " + other.values.length);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByYear b && Arrays.equals(values, b.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** "[-159546.0, ...]". */
  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
