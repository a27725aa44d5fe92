package org.stptoolkit.model.solution;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.activity.PointOfDelivery;

/**
 * A share of a cohort's spells avoided or moved to a cheaper setting, less the cost of providing them
 * there, e.g. frailty: 20% of NEL emergency admissions of the cohort avoided.
 *
 * @param pool the cost pool the saving comes out of
 * @param pod point of delivery whose spells move
 * @param cohortSpells baseline spells in the cohort (before growth)
 * @param shareMoved share of the cohort's spells avoided or moved (0.2 = 20%)
 * @param unitCostGbp cost of one spell in the current setting, £ (not £'000)
 * @param reprovisionCostShare cost of the new setting as a share of the old (0 when avoided outright)
 * @param rampUp share of the full effect reached in each year (0 to 1)
 */
public record ActivityShift(String pool, PointOfDelivery pod, double cohortSpells,
    double shareMoved, double unitCostGbp, double reprovisionCostShare, YearlyRates rampUp)
    implements SolutionRule {

  /**
   * Validates the fields.
   *
   * @param pool the cost pool the saving comes out of
   * @param pod point of delivery whose spells move
   * @param cohortSpells baseline spells in the cohort (before growth)
   * @param shareMoved share of the cohort's spells avoided or moved (0.2 = 20%)
   * @param unitCostGbp cost of one spell in the current setting, £ (not £'000)
   * @param reprovisionCostShare cost of the new setting as a share of the old (0 when avoided outright)
   * @param rampUp share of the full effect reached in each year (0 to 1)
   */
  public ActivityShift {
    pool = Checks.notBlank(pool, "cost pool of activity shift");
    Checks.notNull(pod, "point of delivery of activity shift");
    Checks.nonNegative(cohortSpells, "cohort spells");
    Checks.rateInRange(shareMoved, 0, 1, "share of spells moved");
    Checks.nonNegative(unitCostGbp, "unit cost per spell (£)");
    Checks.rateInRange(reprovisionCostShare, 0, 1, "reprovision cost share");
    Checks.notNull(rampUp, "ramp-up of activity shift");
    rampUp.fractions().forEach((y, v) -> Checks.rateInRange(v, 0, 1, "ramp-up for " + y));
  }

  @Override
  public String kind() {
    return "activityShift";
  }

  @Override
  public <R> R accept(SolutionRule.Visitor<R> visitor) {
    return visitor.activityShift(this);
  }
}
