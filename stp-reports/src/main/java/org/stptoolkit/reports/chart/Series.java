package org.stptoolkit.reports.chart;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;

/**
 * A named series of values for a chart, one per category, with its colour. NaN marks a missing value.
 *
 * @param name legend text
 * @param values one value per category (copied)
 * @param colour flat fill colour
 */
public record Series(String name, double[] values, Color colour) {

  /**
   * Copies the values.
   *
   * @param name legend text
   * @param values one value per category (copied)
   * @param colour flat fill colour
   */
  public Series {
    Objects.requireNonNull(name, "series name");
    values = values.clone();
    Objects.requireNonNull(colour, "series colour");
  }

  /**
   * The values (a copy).
   *
   * @return the values
   */
  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && s.name.equals(name) && Arrays.equals(s.values, values)
        && s.colour.equals(colour);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(values), colour);
  }

  @Override
  public String toString() {
    return name + Arrays.toString(values);
  }
}
