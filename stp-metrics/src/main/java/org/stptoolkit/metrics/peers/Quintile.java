package org.stptoolkit.metrics.peers;

/**
 * Which fifth of the comparator group a value falls in, from the lowest (Q1) to the highest (Q5). The
 * label depends on polarity: "Best"/"Worst" with a judgement, "Lowest"/"Highest" without.
 */
public enum Quintile {
  /** At or below the 20th percentile. */
  Q1,
  /** Above the 20th, at or below the 40th percentile. */
  Q2,
  /** Above the 40th, at or below the 60th percentile. */
  Q3,
  /** Above the 60th, at or below the 80th percentile. */
  Q4,
  /** Above the 80th percentile. */
  Q5,
  /** Not compared: fewer than 5 values in the group, or no value. */
  NOT_COMPARED;

  /**
   * Fingertips-style label: "Lowest", "Low", "Middle", "High", "Highest" (no judgement).
   *
   * @return the Fingertips-style label: "Lowest", "Low", "Middle", "High" or "Highest" (no judgement)
   */
  public String label() {
    switch (this) {
      case Q1: return "Lowest";
      case Q2: return "Low";
      case Q3: return "Middle";
      case Q4: return "High";
      case Q5: return "Highest";
      default: return "Not compared";
    }
  }

  /**
   * Label by polarity: Q5 is "Best" when high is good and "Worst" when low is good.
   *
   * @param polarity whether higher is better
   * @return "Best" to "Worst" when the polarity says which is good, otherwise the neutral label
   */
  public String label(org.stptoolkit.model.indicator.Polarity polarity) {
    if (this == NOT_COMPARED || polarity == org.stptoolkit.model.indicator.Polarity.NO_JUDGEMENT) {
      return label();
    }
    String[] highGood = {"Worst", "Worse", "Middle", "Better", "Best"};
    int i = ordinal();
    return polarity == org.stptoolkit.model.indicator.Polarity.HIGH_IS_GOOD ? highGood[i] : highGood[4 - i];
  }
}
