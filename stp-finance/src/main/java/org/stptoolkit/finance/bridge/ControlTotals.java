package org.stptoolkit.finance.bridge;

import java.util.List;
import org.stptoolkit.finance.basics.ByYear;

/**
 * Organisations' control totals and their reconciliation to the plan's health position, £'000.
 * The seed explains why they differ: the plan keeps STF funding for transformation, while the 2017/18
 * and 2018/19 individual control totals assume it offsets deficits.
 *
 * @param organisations each organisation's control total by plan year
 * @param sum the sum of the control totals
 * @param planLessControlTotals do-something health position − sum
 */
public record ControlTotals(List<FundingApplied> organisations, ByYear sum, ByYear planLessControlTotals) {
  /**
   * Copies the list.
   *
   * @param organisations each organisation's control total by plan year
   * @param sum the sum of the control totals
   * @param planLessControlTotals do-something health position − sum
   */
  public ControlTotals {
    organisations = List.copyOf(organisations);
  }
}
