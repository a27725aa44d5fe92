package org.stptoolkit.model.activity;

import org.stptoolkit.model.internal.Checks;

/**
 * Base-year activity at one organisation and point of delivery.
 *
 * @param organisationCode the provider
 * @param pod point of delivery
 * @param spells spells or attendances a year
 * @param averageLengthOfStayDays mean bed-days per spell (0 for day cases and attendances)
 * @param unitCostGbp mean cost per spell, £ (not £'000)
 */
public record PodActivity(String organisationCode, PointOfDelivery pod, double spells,
    double averageLengthOfStayDays, double unitCostGbp) {

  /**
   * Validates the fields.
   *
   * @param organisationCode the provider
   * @param pod point of delivery
   * @param spells spells or attendances a year
   * @param averageLengthOfStayDays mean bed-days per spell (0 for day cases and attendances)
   * @param unitCostGbp mean cost per spell, £ (not £'000)
   */
  public PodActivity {
    organisationCode = Checks.notBlank(organisationCode, "activity organisation code");
    Checks.notNull(pod, "point of delivery");
    Checks.nonNegative(spells, "spells of " + organisationCode + " " + pod);
    Checks.inRange(averageLengthOfStayDays, 0, 365, "average length of stay of " + organisationCode + " " + pod);
    Checks.nonNegative(unitCostGbp, "unit cost of " + organisationCode + " " + pod);
  }

  /**
   * spells × average length of stay.
   *
   * @return spells × average length of stay
   */
  public double bedDays() {
    return spells * averageLengthOfStayDays;
  }
}
