package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.FinancialYear;

/**
 * Do-nothing against do-something by year (a grouped bar chart) with any further rows the result
 * offers (cumulative positions, the deficit funding requirement) in the table beside it.
 *
 * @param years the plan years
 * @param doNothing the do-nothing position
 * @param doSomething the do-something position
 * @param more further rows for the table only
 */
public record PositionsView(List<FinancialYear> years, MoneyRow doNothing, MoneyRow doSomething,
    List<MoneyRow> more) {

  /** Validates and copies. */
  public PositionsView {
    years = List.copyOf(years);
    Objects.requireNonNull(doNothing, "do-nothing row");
    Objects.requireNonNull(doSomething, "do-something row");
    more = more == null ? List.of() : List.copyOf(more);
  }
}
