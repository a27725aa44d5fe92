package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * Do-nothing against do-something by year (a grouped bar chart) with any further rows the result
 * offers (the drivers-based do-nothing, the total solution value, control totals) in the table beside
 * it, and single figures (cumulative positions, the deficit funding requirement) under it.
 *
 * @param years the plan years
 * @param doNothing the do-nothing position
 * @param doSomething the do-something position
 * @param more further rows for the table only
 * @param figures labelled single figures, already formatted
 */
public record PositionsView(List<FinancialYear> years, MoneyRow doNothing, MoneyRow doSomething,
    List<MoneyRow> more, List<GapTile.Figure> figures) {

  /**
   * Validates and copies.
   *
   * @param years the plan years
   * @param doNothing the do-nothing position
   * @param doSomething the do-something position
   * @param more further rows for the table only
   * @param figures labelled single figures, already formatted
   */
  public PositionsView {
    years = List.copyOf(years);
    Objects.requireNonNull(doNothing, "do-nothing row");
    Objects.requireNonNull(doSomething, "do-something row");
    more = more == null ? List.of() : List.copyOf(more);
    figures = figures == null ? List.of() : List.copyOf(figures);
  }

  /**
   * Positions without single figures.
   *
   * @param years the plan years
   * @param doNothing the do-nothing position
   * @param doSomething the do-something position
   * @param more further rows for the table only
   */
  public PositionsView(List<FinancialYear> years, MoneyRow doNothing, MoneyRow doSomething,
      List<MoneyRow> more) {
    this(years, doNothing, doSomething, more, List.of());
  }
}
