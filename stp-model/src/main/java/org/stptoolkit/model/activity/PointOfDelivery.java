package org.stptoolkit.model.activity;

/** Where activity happens, as NHS contracts count it. */
public enum PointOfDelivery {
  /** Elective inpatient spells. */
  ELECTIVE,
  /** Day cases. */
  DAY_CASE,
  /** Non-elective (emergency) spells. */
  NON_ELECTIVE,
  /** A&amp;E attendances. */
  A_AND_E,
  /** Minor injuries unit attendances. */
  MINOR_INJURY,
  /** First outpatient attendances. */
  OUTPATIENT_FIRST,
  /** Follow-up outpatient attendances. */
  OUTPATIENT_FOLLOW_UP;

  /**
   * True for the inpatient points of delivery the seed counts as "cases (including day cases)".
   *
   * @return true for the inpatient points of delivery the seed counts as "cases (including day cases)"
   */
  public boolean isInpatientCase() {
    return this == ELECTIVE || this == DAY_CASE || this == NON_ELECTIVE;
  }
}
