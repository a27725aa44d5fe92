package org.stptoolkit.model.solution;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * A share of a cost pool saved each year from a start year, e.g. CIP: 2% of total provider
 * expenditure each year from 2017/18, cumulative.
 *
 * @param pool the cost pool id
 * @param sharePerYear share of the pool saved in each year (0.02 = 2%)
 * @param fromYear first year of saving
 * @param cumulative true when each year's saving adds to the previous years' (recurrent savings)
 */
public record PercentOfPool(String pool, double sharePerYear, FinancialYear fromYear,
    boolean cumulative) implements SolutionRule {

  /**
   * Validates the share (0% to 50%).
   *
   * @param pool the cost pool id
   * @param sharePerYear share of the pool saved in each year (0.02 = 2%)
   * @param fromYear first year of saving
   * @param cumulative true when each year's saving adds to the previous years' (recurrent savings)
   */
  public PercentOfPool {
    pool = Checks.notBlank(pool, "cost pool of percent-of-pool rule");
    Checks.rateInRange(sharePerYear, 0, 0.5, "share of pool saved per year");
    Checks.notNull(fromYear, "first year of percent-of-pool rule");
  }

  @Override
  public String kind() {
    return "percentOfPool";
  }

  @Override
  public <R> R accept(SolutionRule.Visitor<R> visitor) {
    return visitor.percentOfPool(this);
  }
}
