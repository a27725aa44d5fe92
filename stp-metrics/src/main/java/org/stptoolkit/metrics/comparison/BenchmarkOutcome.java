package org.stptoolkit.metrics.comparison;

/**
 * The outcome of comparing an area with a benchmark, with the words Fingertips prints. The two-level
 * variant adds the level at which the difference is significant.
 */
public enum BenchmarkOutcome {
  /** Significantly better at 99.8% (two-level variant only). */
  BETTER_99_8("Better 99.8%"),
  /** Significantly better at 95%. */
  BETTER("Better"),
  /** Significantly better at 95% but not at 99.8% (two-level variant only). */
  BETTER_95("Better 95%"),
  /** The benchmark lies inside the area's interval. */
  SIMILAR("Similar"),
  /** Significantly worse at 95% but not at 99.8% (two-level variant only). */
  WORSE_95("Worse 95%"),
  /** Significantly worse at 95%. */
  WORSE("Worse"),
  /** Significantly worse at 99.8% (two-level variant only). */
  WORSE_99_8("Worse 99.8%"),
  /** Significantly higher, no judgement. */
  HIGHER("Higher"),
  /** Significantly higher at 99.8%, no judgement (two-level variant only). */
  HIGHER_99_8("Higher 99.8%"),
  /** Significantly higher at 95% only, no judgement (two-level variant only). */
  HIGHER_95("Higher 95%"),
  /** Significantly lower, no judgement. */
  LOWER("Lower"),
  /** Significantly lower at 95% only, no judgement (two-level variant only). */
  LOWER_95("Lower 95%"),
  /** Significantly lower at 99.8%, no judgement (two-level variant only). */
  LOWER_99_8("Lower 99.8%"),
  /** Not compared: the value, its interval or the benchmark is missing. */
  NOT_COMPARED("Not compared");

  private final String label;

  BenchmarkOutcome(String label) {
    this.label = label;
  }

  /**
   * The words Fingertips prints, e.g. "Similar".
   *
   * @return the words Fingertips prints, e.g
   */
  public String label() {
    return label;
  }

  /**
   * The direction regardless of level: BETTER, WORSE, HIGHER, LOWER, SIMILAR or NOT_COMPARED.
   *
   * @return the direction regardless of level: BETTER, WORSE, HIGHER, LOWER, SIMILAR or NOT_COMPARED
   */
  public BenchmarkOutcome direction() {
    switch (this) {
      case BETTER_99_8: case BETTER_95: return BETTER;
      case WORSE_99_8: case WORSE_95: return WORSE;
      case HIGHER_99_8: case HIGHER_95: return HIGHER;
      case LOWER_99_8: case LOWER_95: return LOWER;
      default: return this;
    }
  }

  /**
   * The outcome whose label is {@code text} (case-insensitive), or NOT_COMPARED.
   *
   * @param text the label, e.g. "Better"
   * @return the outcome whose label is {@code text} (case-insensitive), or NOT_COMPARED
   */
  public static BenchmarkOutcome parse(String text) {
    for (BenchmarkOutcome o : values()) {
      if (o.label.equalsIgnoreCase(text == null ? "" : text.strip())) {
        return o;
      }
    }
    return NOT_COMPARED;
  }
}
