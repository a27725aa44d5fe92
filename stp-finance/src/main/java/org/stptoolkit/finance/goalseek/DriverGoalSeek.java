package org.stptoolkit.finance.goalseek;

import org.stptoolkit.finance.internal.DoNothingProjection;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.finance.Driver;

/**
 * Goal seek on one projection driver: which value makes the drivers-based health do-nothing position in
 * a chosen year equal a target? ("Which non-demographic growth makes the 2020/21 gap £286m?")
 *
 * <p>Two ways to move the driver: {@link Mode#SET} puts the same rate in every plan year for every
 * organisation; {@link Mode#SHIFT} adds the same amount to each year's existing rate, keeping its shape.
 * Each evaluation re-projects the resolved arrays into one reused buffer.
 */
public final class DriverGoalSeek {

  /** How the solved value is applied to the driver. */
  public enum Mode {
    /** The value replaces the rate in every plan year. */
    SET,
    /** The value is added to the rate of every plan year. */
    SHIFT
  }

  private DriverGoalSeek() {}

  /**
   * Solves for the driver value in {@code [lo, hi]} that makes the health position (surplus, deficit
   * negative, £'000) in {@code year} equal {@code targetSurplusGbpK}, within £1 (0.001 £'000).
   *
   * @param r the resolved footprint
   * @param driver the driver to solve for
   * @param mode whether the value replaces the driver's rate in that year only or in every year
   * @param year the year whose health position is to meet the target
   * @param targetSurplusGbpK the health position sought, £'000 (a deficit is negative)
   * @param lo the lowest driver value to try
   * @param hi the highest driver value to try
   * @return the driver value found, or why none was
   */
  @SuppressWarnings("exports")
  public static GoalSeekResult solve(ResolvedFootprint r, Driver driver, Mode mode, FinancialYear year,
      double targetSurplusGbpK, double lo, double hi) {
    int y = r.period().indexOf(year);
    double[] baseRates = new double[r.ratesLength()];
    r.copyRatesInto(baseRates);
    double[] rates = baseRates.clone();
    double[] out = new double[r.projectionLength()];
    double[] health = new double[r.planYears()];
    String what = "'" + driver.label() + "'"
        + (mode == Mode.SHIFT ? " (shift added to every year)" : " (same rate every year)");
    return GoalSeek.solve(x -> {
      for (int o = 0; o < r.organisationCount(); o++) {
        for (int k = 0; k < r.planYears(); k++) {
          int i = r.rateIndex(o, driver, k);
          rates[i] = mode == Mode.SET ? x : baseRates[i] + x;
        }
      }
      DoNothingProjection.project(r, rates, null, out);
      DoNothingProjection.healthSurplus(r, out, health);
      return health[y];
    }, targetSurplusGbpK, lo, hi, 0.001, what);
  }
}
