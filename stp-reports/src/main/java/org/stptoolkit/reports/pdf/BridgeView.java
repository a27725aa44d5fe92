package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * The financial bridge as printed: the do-nothing position, one row per solution and funding line,
 * the total solution value and the do-something position, by year. The waterfall chart walks the
 * {@code chartYear} column from the do-nothing through each step to the do-something. Where the plan prints
 * its own total solution value and do-something rows, they are printed beside the engine's ("as
 * published"), so a reader sees both; the chart shows the engine's.
 *
 * @param years the plan years, in column order
 * @param chartYear the year the waterfall shows (usually the last plan year)
 * @param doNothing the do-nothing position
 * @param steps solutions (net of double counting) and funding, in bridge order
 * @param total the total solution value
 * @param doSomething the do-something position
 * @param publishedTotal the plan's printed total solution value, or {@code null} when it prints none
 * @param publishedDoSomething the plan's printed do-something position, or {@code null} when it prints
 *     none
 * @param basis a sentence on where the figures come from (published trajectory, modelled)
 * @param title what the bridge covers, e.g. "Social care bridge: Staffordshire County Council"; empty
 *     for the footprint's health bridge
 */
public record BridgeView(List<FinancialYear> years, FinancialYear chartYear, MoneyRow doNothing,
    List<MoneyRow> steps, MoneyRow total, MoneyRow doSomething, MoneyRow publishedTotal,
    MoneyRow publishedDoSomething, String basis, String title) {

  /**
   * The footprint's health bridge (no title), without published rows.
   *
   * @param years the plan years
   * @param chartYear the year the waterfall shows
   * @param doNothing the do-nothing position
   * @param steps solutions and funding
   * @param total the total solution value
   * @param doSomething the do-something position
   * @param basis where the figures come from
   */
  public BridgeView(List<FinancialYear> years, FinancialYear chartYear, MoneyRow doNothing,
      List<MoneyRow> steps, MoneyRow total, MoneyRow doSomething, String basis) {
    this(years, chartYear, doNothing, steps, total, doSomething, null, null, basis, "");
  }

  /**
   * Validates and copies.
   *
   * @param years the plan years, in column order
   * @param chartYear the year the waterfall shows (usually the last plan year)
   * @param doNothing the do-nothing position
   * @param steps solutions (net of double counting) and funding, in bridge order
   * @param total the total solution value
   * @param doSomething the do-something position
   * @param publishedTotal the plan's printed total solution value, or {@code null} when it prints none
   * @param publishedDoSomething the plan's printed do-something position, or {@code null} when it prints
   *     none
   * @param basis a sentence on where the figures come from (published trajectory, modelled)
   * @param title what the bridge covers, e.g. "Social care bridge: Staffordshire County Council"; empty for
   *     the footprint's health bridge
   */
  public BridgeView {
    years = List.copyOf(years);
    if (years.isEmpty()) {
      throw new IllegalArgumentException("bridge needs at least one year");
    }
    Objects.requireNonNull(chartYear, "chart year");
    if (!years.contains(chartYear)) {
      throw new IllegalArgumentException("chart year " + chartYear + " must be one of " + years);
    }
    Objects.requireNonNull(doNothing, "do-nothing row");
    steps = List.copyOf(steps);
    Objects.requireNonNull(total, "total row");
    Objects.requireNonNull(doSomething, "do-something row");
    basis = basis == null ? "" : basis.strip();
    title = title == null ? "" : title.strip();
  }

  /**
   * Every row in print order: do-nothing, steps, total, the published total where printed,
   * do-something, the published do-something where printed.
   *
   * @return the rows
   */
  public List<MoneyRow> rows() {
    var out = new java.util.ArrayList<MoneyRow>();
    out.add(doNothing);
    out.addAll(steps);
    out.add(total);
    if (publishedTotal != null) {
      out.add(publishedTotal);
    }
    out.add(doSomething);
    if (publishedDoSomething != null) {
      out.add(publishedDoSomething);
    }
    return List.copyOf(out);
  }
}
