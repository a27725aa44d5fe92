package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * Activity, beds and workforce projected with the do-nothing drivers, as counts (not money).
 *
 * @param baseYear the base year, the first column
 * @param years the plan years
 * @param rows the rows in print order
 * @param note what the figures are and the occupancy beds are planned at
 */
public record ActivityView(FinancialYear baseYear, List<FinancialYear> years, List<Row> rows,
    String note) {

  /**
   * One counted quantity.
   *
   * @param label e.g. "Beds at 85% occupancy"
   * @param group the table group, e.g. "Spells by point of delivery"
   * @param base the base-year value
   * @param values by plan year
   * @param change the engine's change from the base year to the final plan year, or NaN when the
   *     result does not give one (printed blank)
   * @param bold whether the row is a total
   */
  public record Row(String label, String group, double base, YearlyAmounts values, double change,
      boolean bold) {
    /**
     * Validates the fields.
     *
     * @param label e.g. "Beds at 85% occupancy"
     * @param group the table group, e.g. "Spells by point of delivery"
     * @param base the base-year value
     * @param values by plan year
     * @param change the engine's change from the base year to the final plan year, or NaN when the result
     *     does not give one (printed blank)
     * @param bold whether the row is a total
     */
    public Row {
      Objects.requireNonNull(label, "label");
      group = group == null ? "" : group;
      values = values == null ? YearlyAmounts.empty() : values;
    }
  }

  /**
   * Validates and copies.
   *
   * @param baseYear the base year, the first column
   * @param years the plan years
   * @param rows the rows in print order
   * @param note what the figures are and the occupancy beds are planned at
   */
  public ActivityView {
    Objects.requireNonNull(baseYear, "base year");
    years = List.copyOf(years);
    rows = List.copyOf(rows);
    note = note == null ? "" : note.strip();
  }
}
