package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * The do-something position as Monte Carlo percentiles by year, with the plan's (deterministic)
 * do-something for reference and the probability of balance. The chart shades a band between each
 * pair of percentiles from the outside in (first with last, second with second-last...) and draws the
 * middle one as a line when the count is odd (P10/P50/P90: one band and the median).
 *
 * @param years the plan years
 * @param percentiles percentile rows, lowest first, labelled e.g. "P10"
 * @param plan the plan's do-something
 * @param probabilityOfBalance share of draws (0 to 1) with a do-something of at least zero, by year;
 *     may be empty
 * @param figures labelled single figures (draws, seed, the largest sources of variance), formatted
 * @param note how the simulation was run and the percentiles' stated error
 * @param inWords the final year in plain English (the chances of being worse or better than each
 *     percentile, of breaking even, and what contributes most to the uncertainty)
 */
public record FanView(List<FinancialYear> years, List<MoneyRow> percentiles, MoneyRow plan,
    YearlyAmounts probabilityOfBalance, List<GapTile.Figure> figures, String note, List<String> inWords) {

  /**
   * Validates and copies.
   *
   * @param years the plan years
   * @param percentiles percentile rows, lowest first, labelled e.g. "P10"
   * @param plan the plan's do-something
   * @param probabilityOfBalance share of draws (0 to 1) with a do-something of at least zero, by year; may
   *     be empty
   * @param figures labelled single figures (draws, seed, the largest sources of variance), formatted
   * @param note how the simulation was run and the percentiles' stated error
   * @param inWords the final year in plain English (the chances of being worse or better than each
   *     percentile, of breaking even, and what contributes most to the uncertainty)
   */
  public FanView {
    years = List.copyOf(years);
    percentiles = List.copyOf(percentiles);
    if (percentiles.isEmpty()) {
      throw new IllegalArgumentException("a fan chart needs at least one percentile row");
    }
    Objects.requireNonNull(plan, "plan row");
    probabilityOfBalance = probabilityOfBalance == null ? YearlyAmounts.empty() : probabilityOfBalance;
    figures = figures == null ? List.of() : List.copyOf(figures);
    note = note == null ? "" : note.strip();
    inWords = inWords == null ? List.of() : List.copyOf(inWords);
  }
}
