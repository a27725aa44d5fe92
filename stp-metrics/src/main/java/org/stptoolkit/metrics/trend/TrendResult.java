package org.stptoolkit.metrics.trend;

/**
 * A recent trend.
 *
 * @param direction the direction
 * @param label Fingertips' words, e.g. "Increasing and getting worse", "No significant change",
 *     "Cannot be calculated"
 * @param chiSquare the test statistic (1 degree of freedom), or {@code null}
 * @param slope the slope whose sign gives the direction (logit scale for proportions, units per year
 *     otherwise), or {@code null}
 * @param reason why, e.g. "chi-square is less than 9.5495", "Outlier found", "Not enough data points"
 */
public record TrendResult(TrendDirection direction, String label, Double chiSquare, Double slope, String reason) {}
