package org.stptoolkit.metrics.comparison;

/** Red, amber or green against a standard. */
public enum RagRating {
  /** Meets the standard (by interval: the whole 95% interval meets it). */
  GREEN("Green"),
  /** By value: misses by no more than the stated tolerance; by interval: the 95% interval straddles the standard. */
  AMBER("Amber"),
  /** Misses the standard (by interval: no part of the 95% interval meets it). */
  RED("Red"),
  /** No value, interval or standard to judge by. */
  NOT_ASSESSED("Not assessed");

  private final String label;

  RagRating(String label) {
    this.label = label;
  }

  /**
   * "Green", "Amber", "Red" or "Not assessed".
   *
   * @return "Green", "Amber", "Red" or "Not assessed"
   */
  public String label() {
    return label;
  }
}
