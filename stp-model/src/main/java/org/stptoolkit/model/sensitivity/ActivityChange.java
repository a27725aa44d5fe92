package org.stptoolkit.model.sensitivity;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * Activity changed by a share from a year (activity reduction by 1% from 2016/17).
 *
 * @param change change in activity (-0.01 = 1% less)
 * @param fromYear first year it applies
 */
public record ActivityChange(double change, FinancialYear fromYear) implements SensitivityRule {

  /**
   * Validates the change (-50% to +100%).
   *
   * @param change change in activity (-0.01 = 1% less)
   * @param fromYear first year it applies
   */
  public ActivityChange {
    Checks.rateInRange(change, -0.5, 1.0, "activity change");
    Checks.notNull(fromYear, "first year of activity change");
  }

  @Override
  public String kind() {
    return "activityChange";
  }

  @Override
  public <R> R accept(SensitivityRule.Visitor<R> visitor) {
    return visitor.activityChange(this);
  }
}
