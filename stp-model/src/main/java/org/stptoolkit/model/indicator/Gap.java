package org.stptoolkit.model.indicator;

/** The three gaps the Five Year Forward View asked every plan to close. */
public enum Gap {
  /** Population outcomes. */
  HEALTH_AND_WELLBEING("Health and wellbeing"),
  /** Service standards. */
  CARE_AND_QUALITY("Care and quality"),
  /** Money. */
  FINANCE_AND_EFFICIENCY("Finance and efficiency");

  private final String label;

  Gap(String label) {
    this.label = label;
  }

  /**
   * Readable label.
   *
   * @return the gap's name, e.g. "Health and wellbeing"
   */
  public String label() {
    return label;
  }
}
