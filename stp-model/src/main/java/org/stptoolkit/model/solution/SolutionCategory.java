package org.stptoolkit.model.solution;

/** The seed's four kinds of solution. */
public enum SolutionCategory {
  /** Productivity and efficiency (CIP, RightCare, agency). */
  PRODUCTIVITY_AND_EFFICIENCY("Productivity and efficiency"),
  /** Shift left: move activity to lower-acuity, lower-cost settings. */
  SHIFT_LEFT("Shift left to lower-acuity settings"),
  /** Reconfigure services and management to remove duplication. */
  RECONFIGURE_SERVICES("Reconfigure services and management"),
  /** Reduce fixed costs and estate. */
  REDUCE_FIXED_COSTS("Reduce fixed costs and estate");

  private final String label;

  SolutionCategory(String label) {
    this.label = label;
  }

  /**
   * Readable label for reports and dropdowns.
   *
   * @return the category's name, e.g. "CIP/Workforce"
   */
  public String label() {
    return label;
  }
}
