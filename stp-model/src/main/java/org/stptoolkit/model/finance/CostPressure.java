package org.stptoolkit.model.finance;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * A named change to an organisation's position that the drivers do not capture: a local cost pressure,
 * or non-recurrent funding that stops (the £56m transitional funding ending 31 March 2017). Entered in
 * the year it bites and recurring afterwards unless the amounts say otherwise.
 *
 * @param organisationCode the organisation affected
 * @param name what it is
 * @param impactGbpK change to the organisation's surplus by year, £'000 (a pressure is negative)
 * @param recurrent true when the last given amount carries on in later plan years
 */
public record CostPressure(String organisationCode, String name, YearlyAmounts impactGbpK,
    boolean recurrent) {

  /**
   * Validates the fields.
   *
   * @param organisationCode the organisation affected
   * @param name what it is
   * @param impactGbpK change to the organisation's surplus by year, £'000 (a pressure is negative)
   * @param recurrent true when the last given amount carries on in later plan years
   */
  public CostPressure {
    organisationCode = Checks.notBlank(organisationCode, "cost pressure organisation code");
    name = Checks.notBlank(name, "cost pressure name");
    Checks.notNull(impactGbpK, "impact of cost pressure " + name);
  }
}
