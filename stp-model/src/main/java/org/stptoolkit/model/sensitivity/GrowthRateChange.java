package org.stptoolkit.model.sensitivity;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.CostLine;

/**
 * One cost line grows at different rates (continuing healthcare growth cut from 12% a year to
 * 5.5%–6.6%).
 *
 * @param line the cost line whose growth changes
 * @param growth the new growth rate by year (replaces the do-nothing driver for that line)
 */
public record GrowthRateChange(CostLine line, YearlyRates growth) implements SensitivityRule {

  /**
   * Validates the fields.
   *
   * @param line the cost line whose growth changes
   * @param growth the new growth rate by year (replaces the do-nothing driver for that line)
   */
  public GrowthRateChange {
    Checks.notNull(line, "cost line of growth change");
    Checks.notNull(growth, "growth rates of growth change");
  }

  @Override
  public String kind() {
    return "growthRateChange";
  }

  @Override
  public <R> R accept(SensitivityRule.Visitor<R> visitor) {
    return visitor.growthRateChange(this);
  }
}
