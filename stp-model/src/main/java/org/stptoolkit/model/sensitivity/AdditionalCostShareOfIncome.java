package org.stptoolkit.model.sensitivity;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * Additional cost equal to a share of income from a given year (7-day working: 2% of income from
 * 2019/20), for NHS bodies and, separately, social care.
 *
 * @param shareOfIncome additional cost as a share of income (0.02 = 2%)
 * @param fromYear first year it applies
 * @param includeNhs applies to NHS providers' income
 * @param includeSocialCare applies to local authorities' social care funding
 */
public record AdditionalCostShareOfIncome(double shareOfIncome, FinancialYear fromYear,
    boolean includeNhs, boolean includeSocialCare) implements SensitivityRule {

  /**
   * Validates the share (0% to 50%).
   *
   * @param shareOfIncome additional cost as a share of income (0.02 = 2%)
   * @param fromYear first year it applies
   * @param includeNhs applies to NHS providers' income
   * @param includeSocialCare applies to local authorities' social care funding
   */
  public AdditionalCostShareOfIncome {
    Checks.rateInRange(shareOfIncome, 0, 0.5, "additional cost share of income");
    Checks.notNull(fromYear, "first year of additional cost");
  }

  @Override
  public String kind() {
    return "additionalCostShareOfIncome";
  }

  @Override
  public <R> R accept(SensitivityRule.Visitor<R> visitor) {
    return visitor.additionalCostShareOfIncome(this);
  }
}
