package org.stptoolkit.model.indicator;

import org.stptoolkit.model.internal.Checks;

/**
 * What an indicator is and how it is judged.
 *
 * @param id stable identifier (Fingertips indicator id where there is one)
 * @param name readable name
 * @param gap which of the three gaps it measures
 * @param valueType how the value is formed
 * @param multiplier 1 or 100 for proportions, 100,000 for rates per 100,000, 1 otherwise
 * @param polarity whether higher is better
 * @param unit unit for display, e.g. "%", "per 100,000", "years"
 * @param standard the standard it is held to, or {@code null}
 * @param unitCostGbp cost of one event for valuing an opportunity, £ (not £'000), or {@code null}
 */
public record IndicatorDefinition(String id, String name, Gap gap, ValueType valueType,
    double multiplier, Polarity polarity, String unit, Standard standard, Double unitCostGbp) {

  /**
   * Validates the fields.
   *
   * @param id stable identifier (Fingertips indicator id where there is one)
   * @param name readable name
   * @param gap which of the three gaps it measures
   * @param valueType how the value is formed
   * @param multiplier 1 or 100 for proportions, 100,000 for rates per 100,000, 1 otherwise
   * @param polarity whether higher is better
   * @param unit unit for display, e.g. "%", "per 100,000", "years"
   * @param standard the standard it is held to, or {@code null}
   * @param unitCostGbp cost of one event for valuing an opportunity, £ (not £'000), or {@code null}
   */
  public IndicatorDefinition {
    id = Checks.notBlank(id, "indicator id");
    name = Checks.notBlank(name, "name of indicator " + id);
    Checks.notNull(gap, "gap of indicator " + id);
    Checks.notNull(valueType, "value type of indicator " + id);
    Checks.inRange(multiplier, 1e-9, 1e9, "multiplier of indicator " + id);
    Checks.notNull(polarity, "polarity of indicator " + id);
    unit = unit == null ? "" : unit.strip();
    if (unitCostGbp != null) {
      Checks.nonNegative(unitCostGbp, "unit cost of indicator " + id);
    }
  }
}
