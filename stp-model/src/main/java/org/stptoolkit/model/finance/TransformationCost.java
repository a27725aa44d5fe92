package org.stptoolkit.model.finance;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * One line of the one-off revenue transformation costs, given cumulatively as the seed prints them
 * (programme/change management 1,212 in 2017/18 rising to 6,724 by 2020/21).
 *
 * @param name as printed
 * @param cumulativeGbpK cumulative cost to the end of each year, £'000
 */
public record TransformationCost(String name, YearlyAmounts cumulativeGbpK) {
  /**
   * Validates the fields.
   *
   * @param name as printed
   * @param cumulativeGbpK cumulative cost to the end of each year, £'000
   */
  public TransformationCost {
    name = Checks.notBlank(name, "transformation cost name");
    Checks.notNull(cumulativeGbpK, "amounts of transformation cost " + name);
  }
}
