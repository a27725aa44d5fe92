package org.stptoolkit.metrics.trend;

/**
 * One yearly point of a series.
 *
 * @param year the year (e.g. 2015 for 2015/16 or 2015)
 * @param value the value in the indicator's units, or {@code null}
 * @param lower95 the 95% lower limit, or {@code null}
 * @param upper95 the 95% upper limit, or {@code null}
 * @param numerator the numerator (for proportions), or {@code null}
 * @param denominator the denominator (for proportions), or {@code null}
 */
public record TrendPoint(int year, Double value, Double lower95, Double upper95, Double numerator, Double denominator) {
  /**
   * A proportion's point from its counts.
   *
   * @param year the year
   * @param numerator the number of events
   * @param denominator the population at risk, above 0
   * @return a proportion's point from its counts
   */
  public static TrendPoint ofCounts(int year, double numerator, double denominator) {
    return new TrendPoint(year, denominator == 0 ? null : numerator / denominator, null, null, numerator, denominator);
  }

  /**
   * A point with a value and its 95% interval.
   *
   * @param year the year
   * @param value the value
   * @param lower95 the lower 95% limit
   * @param upper95 the upper 95% limit
   * @return a point with a value and its 95% interval
   */
  public static TrendPoint ofInterval(int year, double value, double lower95, double upper95) {
    return new TrendPoint(year, value, lower95, upper95, null, null);
  }
}
