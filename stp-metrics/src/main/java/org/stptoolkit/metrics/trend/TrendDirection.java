package org.stptoolkit.metrics.trend;

/** The direction of a recent trend. */
public enum TrendDirection {
  /** Significantly increasing. */
  INCREASING,
  /** Significantly decreasing. */
  DECREASING,
  /** No significant change (χ² at or below 9.5495, or the slope's sign changed when a point was left out). */
  NO_SIGNIFICANT_CHANGE,
  /** Could not be calculated (fewer than 5 points, years not consecutive, missing values). */
  CANNOT_BE_CALCULATED
}
