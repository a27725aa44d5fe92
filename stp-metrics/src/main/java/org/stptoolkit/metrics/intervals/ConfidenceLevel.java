package org.stptoolkit.metrics.intervals;

/** The two confidence levels Fingertips always publishes. */
public enum ConfidenceLevel {
  /** 95%: the default comparison level. */
  NINETY_FIVE(0.95, "95.0"),
  /** 99.8%: the second level of the two-level comparison and the trend test. */
  NINETY_NINE_POINT_EIGHT(0.998, "99.8");

  private final double fraction;
  private final String label;

  ConfidenceLevel(double fraction, String label) {
    this.fraction = fraction;
    this.label = label;
  }

  /**
   * The level as a fraction, e.g. 0.95.
   *
   * @return the level as a fraction, e.g
   */
  public double fraction() {
    return fraction;
  }

  /**
   * The level as Fingertips writes it in column headers, e.g. "95.0".
   *
   * @return the level as Fingertips writes it in column headers, e.g
   */
  public String label() {
    return label;
  }

  /**
   * The two-sided normal critical value z for this level.
   *
   * @return the two-sided normal critical value z for this level
   */
  public double z() {
    return Quantiles.z(fraction);
  }
}
