package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.FinancialYear;
import org.stptoolkit.model.YearlyAmounts;

/**
 * The risk-adjusted do-something position as Monte Carlo percentiles by year, with the plan's
 * do-something for reference.
 *
 * @param years the plan years
 * @param p5 5th percentile
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p95 95th percentile
 * @param plan the plan's do-something
 * @param riskRows further rows for the table (risk-adjusted solution value), may be empty
 * @param note how the simulation was run (draws, seed, realisation factors)
 */
public record FanView(List<FinancialYear> years, YearlyAmounts p5, YearlyAmounts p25,
    YearlyAmounts p50, YearlyAmounts p75, YearlyAmounts p95, MoneyRow plan, List<MoneyRow> riskRows,
    String note) {

  /** Validates and copies. */
  public FanView {
    years = List.copyOf(years);
    Objects.requireNonNull(p5, "p5");
    Objects.requireNonNull(p25, "p25");
    Objects.requireNonNull(p50, "p50");
    Objects.requireNonNull(p75, "p75");
    Objects.requireNonNull(p95, "p95");
    Objects.requireNonNull(plan, "plan row");
    riskRows = riskRows == null ? List.of() : List.copyOf(riskRows);
    note = note == null ? "" : note.strip();
  }
}
