package org.stptoolkit.finance.internal;


import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * A bridge row the plan prints (its total solution value or do-something), resolved once per scope: the
 * plan years it is printed for, its whole £'000 figures, everything of the finding's text that does not
 * depend on the engine's figures, and the row as the result carries it.
 *
 * <p>{@link #check} compares the engine's row with it numerically and adds the finding
 * {@link FinancialBridge} describes. Immutable: every run formats its own finding.
 */
final class PrintedRow {

  private final String rule;
  private final Location where;
  private final String expected;
  /** Plan-year indexes printed, in order. */
  private final int[] years;
  /** Those years as the finding names them ("2016/17"), made once. */
  private final String[] yearOf;
  /** The printed figures in those years, whole £'000. */
  private final double[] printed;
  /** The printed figures as the finding quotes them: "(157,606) (119,557) ...". */
  private final String printedText;
  /** "2016/17–2020/21", or the one year. */
  private final String span;
  /** The printed row aligned with the plan years (0 where not printed). */
  private final ByYear series;

  private PrintedRow(String rule, Location where, String expected, int[] years, String[] yearOf,
      double[] printed, String printedText, String span, ByYear series) {
    this.rule = rule;
    this.where = where;
    this.expected = expected;
    this.years = years;
    this.yearOf = yearOf;
    this.printed = printed;
    this.printedText = printedText;
    this.span = span;
    this.series = series;
  }

  /**
   * The printed row of {@code scope}, or {@code null} when nothing is printed in a plan year (nothing
   * printed at all, or only outside the plan: the validator reports that).
   */
  static PrintedRow of(PlanPeriod period, String scope, String rule, String row, String working,
      YearlyAmounts printed) {
    if (printed.isEmpty()) {
      return null;
    }
    List<Integer> years = new ArrayList<>();
    for (int y = 0; y < period.size(); y++) {
      if (printed.has(period.year(y))) {
        years.add(y);
      }
    }
    if (years.isEmpty()) {
      return null;
    }
    int n = years.size();
    int[] index = new int[n];
    FinancialYear[] yearOf = new FinancialYear[n];
    double[] whole = new double[n];
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < n; k++) {
      index[k] = years.get(k);
      yearOf[k] = period.year(index[k]);
      whole[k] = whole(printed.get(yearOf[k]));
      text.append(text.length() == 0 ? "" : " ").append(RoundingPolicy.formatGbpK(whole[k]));
    }
    String span = n == 1 ? yearOf[0].toString() : yearOf[0] + "–" + yearOf[n - 1];
    String[] yearText = new String[n];
    for (int k = 0; k < n; k++) {
      yearText[k] = yearOf[k].toString();
    }
    return new PrintedRow(rule, Location.of(row + " " + scope),
        "the engine's " + row + " (" + working + ") to match the plan's printed row", index, yearText, whole,
        text.toString(), span, ByYear.of(printed.toArray(period)));
  }

  /**
   * Compares the engine's row {@code computed} (by plan year) with the printed one in the printed years,
   * adds one finding to {@code findings} and gives the printed row as the result carries it.
   */
  ByYear check(double[] computed, List<ValidationFinding> findings) {
    double[] c = new double[years.length];
    StringBuilder computedRow = new StringBuilder();
    List<String> beyond = new ArrayList<>();
    for (int k = 0; k < years.length; k++) {
      c[k] = whole(computed[years[k]]);
      computedRow.append(computedRow.length() == 0 ? "" : " ").append(RoundingPolicy.formatGbpK(c[k]));
      if (!RoundingPolicy.withinTolerance(c[k], printed[k])) {
        beyond.add(yearOf[k] + " by " + RoundingPolicy.formatGbpK(Math.abs(c[k] - printed[k])));
      }
    }
    String found = "computed " + computedRow + " against printed " + printedText + " for " + span;
    ValidationFinding finding;
    if (beyond.isEmpty()) {
      finding = ValidationFinding.info(rule, where, expected, found
          + ": within the ±1 £'000 rounding tolerance — the plan's totals are rounded sums of"
          + " unrounded workings");
    } else {
      finding = ValidationFinding.warning(rule, where, expected, found + ": differs in "
          + String.join(", ", beyond) + ", beyond the ±1 £'000 rounding tolerance");
    }
    findings.add(finding);
    return series;
  }

  /** Whole £'000, half away from zero, as a report prints it (no range limit). */
  static double whole(double gbpK) {
    return Math.copySign(Math.floor(Math.abs(gbpK) + 0.5), gbpK);
  }
}
