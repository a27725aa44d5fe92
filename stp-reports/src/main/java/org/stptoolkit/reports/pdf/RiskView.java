package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * The risk-adjusted bridge as the engine gives it: each solution's saving scaled by its maturity's
 * realisation factor, and the do-something with and without that adjustment, £'000 by year.
 *
 * @param years the plan years
 * @param doSomething the plan's (unadjusted) do-something
 * @param riskAdjusted the risk-adjusted do-something
 * @param rows further rows for the table: each solution's risk-adjusted value, the savings at risk
 * @param figures labelled single figures (factors, cumulative risk-adjusted position), formatted
 * @param note how the adjustment works
 */
public record RiskView(List<FinancialYear> years, MoneyRow doSomething, MoneyRow riskAdjusted,
    List<MoneyRow> rows, List<GapTile.Figure> figures, String note) {

  /**
   * Validates and copies.
   *
   * @param years the plan years
   * @param doSomething the plan's (unadjusted) do-something
   * @param riskAdjusted the risk-adjusted do-something
   * @param rows further rows for the table: each solution's risk-adjusted value, the savings at risk
   * @param figures labelled single figures (factors, cumulative risk-adjusted position), formatted
   * @param note how the adjustment works
   */
  public RiskView {
    years = List.copyOf(years);
    Objects.requireNonNull(doSomething, "do-something row");
    Objects.requireNonNull(riskAdjusted, "risk-adjusted row");
    rows = rows == null ? List.of() : List.copyOf(rows);
    figures = figures == null ? List.of() : List.copyOf(figures);
    note = note == null ? "" : note.strip();
  }
}
