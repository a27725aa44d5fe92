package org.stptoolkit.model.solution;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * A valued opportunity, of which a share is assumed realised, phased evenly over a number of years,
 * e.g. RightCare: top six opportunity areas, 50% realised, over four years from 2017/18.
 *
 * @param opportunityGbpK the full opportunity, £'000
 * @param realisation share assumed realised (0.5 = 50%)
 * @param fromYear first year of saving
 * @param years number of years over which it builds up evenly
 */
public record OpportunityRealisation(double opportunityGbpK, double realisation,
    FinancialYear fromYear, int years) implements SolutionRule {

  /**
   * Validates the fields.
   *
   * @param opportunityGbpK the full opportunity, £'000
   * @param realisation share assumed realised (0.5 = 50%)
   * @param fromYear first year of saving
   * @param years number of years over which it builds up evenly
   */
  public OpportunityRealisation {
    Checks.nonNegative(opportunityGbpK, "opportunity");
    Checks.rateInRange(realisation, 0, 1, "realisation");
    Checks.notNull(fromYear, "first year of opportunity");
    Checks.inRange(years, 1, 25, "years of phasing");
  }

  @Override
  public String kind() {
    return "opportunityRealisation";
  }

  @Override
  public <R> R accept(SolutionRule.Visitor<R> visitor) {
    return visitor.opportunityRealisation(this);
  }
}
