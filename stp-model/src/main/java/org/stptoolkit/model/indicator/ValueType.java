package org.stptoolkit.model.indicator;

/** How an indicator's value is formed, which decides its confidence interval method. */
public enum ValueType {
  /** x of n, times 1 or 100 (Wilson score interval). */
  PROPORTION,
  /** x per n, times a multiplier such as 100,000 (Byar, exact Poisson below 10). */
  CRUDE_RATE,
  /** A count of events (Byar, exact Poisson below 10). */
  COUNT,
  /** Directly standardised rate (Dobson, European Standard Population 2013). */
  DIRECTLY_STANDARDISED_RATE,
  /** Indirectly standardised ratio, O/E × 100. */
  INDIRECTLY_STANDARDISED_RATIO,
  /** Indirectly standardised rate, O/E × reference rate. */
  INDIRECTLY_STANDARDISED_RATE,
  /** A mean (Student's t). */
  MEAN,
  /** Life expectancy (Chiang II abridged life table). */
  LIFE_EXPECTANCY,
  /** A ratio derived from other indicators (no interval). */
  DERIVED_RATIO
}
