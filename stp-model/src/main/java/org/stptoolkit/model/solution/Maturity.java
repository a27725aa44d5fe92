package org.stptoolkit.model.solution;

/**
 * How developed a solution is, from a fully worked plan to a saving "yet to be identified". The risk
 * adjustment turns each into a realisation factor (configurable; defaults 95/75/50/25%).
 */
public enum Maturity {
  /** Fully developed plan with a business case. */
  FULLY_DEVELOPED("Fully developed"),
  /** Plans in progress. */
  PLANS_IN_PROGRESS("Plans in progress"),
  /** An opportunity identified, no plan yet. */
  OPPORTUNITY("Opportunity"),
  /** Yet to be identified. */
  UNIDENTIFIED("Yet to be identified");

  private final String label;

  Maturity(String label) {
    this.label = label;
  }

  /**
   * Readable label for reports and dropdowns.
   *
   * @return the maturity's name, e.g. "Fully developed"
   */
  public String label() {
    return label;
  }
}
