package org.stptoolkit.metrics.intervals;

/** The confidence interval method used, named as PHEindicatormethods names it. */
public enum CiMethod {
  /** Wilson score interval for a proportion. */
  WILSON("Wilson"),
  /** Byar's approximation to the Poisson interval (10 or more events). */
  BYARS("Byars"),
  /** Exact Poisson interval from chi-square quantiles (fewer than 10 events). */
  EXACT("Exact"),
  /** Dobson's method for a directly standardised rate. */
  DOBSON("Dobson"),
  /** Student's t interval for a mean. */
  STUDENTS_T("Student's t"),
  /** Chiang II life table with Silcocks' variance for the last age band. */
  CHIANG_SILCOCKS("Chiang, using Silcocks et al for confidence limits"),
  /** No interval (derived values, or not computed). */
  NONE("");

  private final String label;

  CiMethod(String label) {
    this.label = label;
  }

  /**
   * The method's name as PHEindicatormethods prints it.
   *
   * @return the method's name as PHEindicatormethods prints it
   */
  public String label() {
    return label;
  }
}
