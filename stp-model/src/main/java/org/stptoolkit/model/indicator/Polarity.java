package org.stptoolkit.model.indicator;

/** Whether a higher value is better, worse, or carries no judgement. */
public enum Polarity {
  /** Higher is better (life expectancy, A&amp;E within 4 hours). */
  HIGH_IS_GOOD,
  /** Lower is better (premature mortality, smoking). */
  LOW_IS_GOOD,
  /** No judgement (GPs per 100,000 compared with peers may be either). */
  NO_JUDGEMENT
}
