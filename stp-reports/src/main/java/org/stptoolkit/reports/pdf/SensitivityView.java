package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * The sensitivities page: one row per sensitivity in the engine's tornado order (largest first), and
 * all of them applied together, which the tornado leaves out (the overlays interact, so it is not the
 * sum of the rows).
 *
 * @param year the year the impacts are reported for (the final plan year)
 * @param rows the sensitivities, largest first
 * @param combined all sensitivities together, or {@code null} when there are none
 * @param note how the impacts are modelled
 */
public record SensitivityView(FinancialYear year, List<SensitivityRow> rows, SensitivityRow combined,
    String note) {

  /**
   * Validates and copies.
   *
   * @param year the year the impacts are reported for (the final plan year)
   * @param rows the sensitivities, largest first
   * @param combined all sensitivities together, or {@code null} when there are none
   * @param note how the impacts are modelled
   */
  public SensitivityView {
    Objects.requireNonNull(year, "sensitivity year");
    rows = List.copyOf(rows);
    note = note == null ? "" : note.strip();
  }
}
