package org.stptoolkit.model.solution;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyRates;

/**
 * A share of an overhead pool removed (system governance: CCG overheads and 15% of back office staff).
 *
 * @param pool the cost pool (the overhead)
 * @param share share removed at full effect (0.15 = 15%)
 * @param rampUp share of the full effect reached in each year (0 to 1)
 */
public record OverheadRemoval(String pool, double share, YearlyRates rampUp)
    implements SolutionRule {

  /**
   * Validates the fields.
   *
   * @param pool the cost pool (the overhead)
   * @param share share removed at full effect (0.15 = 15%)
   * @param rampUp share of the full effect reached in each year (0 to 1)
   */
  public OverheadRemoval {
    pool = Checks.notBlank(pool, "cost pool of overhead removal");
    Checks.rateInRange(share, 0, 1, "share of overhead removed");
    Checks.notNull(rampUp, "ramp-up of overhead removal");
    rampUp.fractions().forEach((y, v) -> Checks.rateInRange(v, 0, 1, "ramp-up for " + y));
  }

  @Override
  public String kind() {
    return "overheadRemoval";
  }

  @Override
  public <R> R accept(SolutionRule.Visitor<R> visitor) {
    return visitor.overheadRemoval(this);
  }
}
