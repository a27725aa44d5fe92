package org.stptoolkit.model.solution;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyRates;

/**
 * Beds closed, saving the cost of each bed (community hospitals: 105 beds, 85 at Longton and Cheadle
 * and 20 at Haywood).
 *
 * @param pool the cost pool the saving comes out of
 * @param beds number of beds closed
 * @param costPerBedGbpK annual cost of one bed saved, £'000
 * @param rampUp share of the beds closed in each year (0 to 1)
 */
public record BedClosure(String pool, double beds, double costPerBedGbpK, YearlyRates rampUp)
    implements SolutionRule {

  /**
   * Validates the fields.
   *
   * @param pool the cost pool the saving comes out of
   * @param beds number of beds closed
   * @param costPerBedGbpK annual cost of one bed saved, £'000
   * @param rampUp share of the beds closed in each year (0 to 1)
   */
  public BedClosure {
    pool = Checks.notBlank(pool, "cost pool of bed closure");
    Checks.inRange(beds, 0, 100_000, "beds closed");
    Checks.nonNegative(costPerBedGbpK, "cost per bed (£'000)");
    Checks.notNull(rampUp, "ramp-up of bed closure");
    rampUp.fractions().forEach((y, v) -> Checks.rateInRange(v, 0, 1, "ramp-up for " + y));
  }

  @Override
  public String kind() {
    return "bedClosure";
  }

  @Override
  public <R> R accept(SolutionRule.Visitor<R> visitor) {
    return visitor.bedClosure(this);
  }
}
