package org.stptoolkit.metrics.intervals;

/** Whether an estimate could be computed and published, and if not, why not. */
public enum EstimateStatus {
  /** Value and both intervals computed. */
  CALCULATED,
  /** Intervals computed, the value suppressed (life expectancy whose 95% interval is wider than 20 years). */
  VALUE_SUPPRESSED,
  /** Not published because there are too few events (a DSR with fewer than 10 events). */
  SUPPRESSED_SMALL_COUNT,
  /** Not published because the population is too small (life expectancy: total population 5,000 or less). */
  SUPPRESSED_SMALL_POPULATION,
  /** The denominator (population, sample size, expected events) is zero. */
  ZERO_DENOMINATOR,
  /** A required input (numerator, denominator, value) is missing. */
  MISSING_INPUT,
  /** The inputs are inconsistent (negative counts, numerator above denominator, wrong number of age bands). */
  INVALID_INPUT,
  /** The value type has no interval method (derived ratios). */
  NOT_APPLICABLE
}
