package org.stptoolkit.finance.internal;

import org.stptoolkit.model.finance.Driver;

import static org.stptoolkit.finance.internal.ResolvedFootprint.CHC;
import static org.stptoolkit.finance.internal.ResolvedFootprint.COMMISSIONER;
import static org.stptoolkit.finance.internal.ResolvedFootprint.FIXED;
import static org.stptoolkit.finance.internal.ResolvedFootprint.INCOME;
import static org.stptoolkit.finance.internal.ResolvedFootprint.MEASURES;
import static org.stptoolkit.finance.internal.ResolvedFootprint.PROVIDER;
import static org.stptoolkit.finance.internal.ResolvedFootprint.SOCIAL_CARE;
import static org.stptoolkit.finance.internal.ResolvedFootprint.STAFF;
import static org.stptoolkit.finance.internal.ResolvedFootprint.VARIABLE;

/**
 * The drivers-based do-nothing projection (domain.md §3), per projection unit and year, from the
 * normalised base year. With {@code g(t) = (1 + demographic)(1 + nonDemographic) − 1} and {@code e(t)}
 * the CIP/QIPP efficiency assumed inside the do-nothing (NHS bodies only):
 *
 * <ul>
 *   <li>provider (and other bodies): income × (1 + tariff)(1 + g); staff × (1 + pay)(1 + g)(1 − e);
 *       variable × (1 + nonPay)(1 + g)(1 − e); fixed × (1 + nonPay)(1 − e) (fixed costs do not move with
 *       activity); continuing healthcare × (1 + chc).</li>
 *   <li>commissioner: allocation × (1 + allocationGrowth); healthcare spend (variable) × (1 + tariff)(1 +
 *       g)(1 − e): it buys the providers' activity at tariff; staff × (1 + pay)(1 − e); running costs
 *       (fixed) × (1 + nonPay)(1 − e); continuing healthcare × (1 + chc), its own growth rate.</li>
 *   <li>local authority: funding × (1 + socialCareFunding); staff and variable (commissioned care) ×
 *       (1 + socialCarePrice)(1 + socialCareDemand); fixed × (1 + nonPay); no efficiency.</li>
 *   <li>surplus(t) = income − staff − variable − fixed − continuing healthcare + named pressures(t).</li>
 * </ul>
 *
 * <h2>The normalised start and the plan years (one reading, stated once)</h2>
 * The projection starts from the normalised 2015/16 position, as an NHS finance analyst reads it: an item
 * removed as non-recurrent in 2015/16 stays removed in every plan year. Each organisation's
 * <em>normalisation adjustment</em> is its normalised surplus (reported + net non-recurrent +
 * impairments) less its service lines' computed surplus (income less costs); it includes any difference
 * between the printed and the computed surplus. The model holds the adjustment as one net figure per
 * organisation, and most of it is non-recurrent income (transitional and STF funding), so the whole
 * adjustment is carried as <b>income</b> of a unit of its own and grows with the organisation's income
 * driver (tariff × activity for a provider, allocation growth for a CCG, funding growth for a local
 * authority); no cost driver applies to it. It belongs to cost pools of the income line only. An
 * organisation with a normalisation row and no service lines has nothing else for the drivers to grow:
 * its whole normalised surplus is carried that way, with an INFO finding
 * ({@link ResolvedFootprint#NORMALISATION_WITHOUT_LINES}). The submission workbook's Do-nothing sheet
 * writes exactly this as formulas (one "Normalisation adjustment" row per normalisation row), and a
 * test evaluates those formulas against this class on every footprint of the synthetic nation.
 *
 * <p>An optional activity factor per plan year multiplies NHS bodies' activity growth factor
 * {@code (1 + g)}: 0.99 in every year from 2016/17 is "1% less activity each year" (the sensitivity).
 *
 * <p>The kernels are static, take their output arrays from the caller and allocate nothing, so the
 * benchmark and the Monte Carlo can call them in a loop. Output layout: {@code out[(unit × (planYears +
 * 1) + t) × MEASURES + measure]}, with {@code t = 0} the base year.
 */
public final class DoNothingProjection {

  private DoNothingProjection() {}

  /**
   * Projects with the footprint's own drivers and no activity change; {@code out} has
   * {@link ResolvedFootprint#projectionLength()} elements.
   *
   * @param r the resolved footprint
   * @param out where to write the projection, {@link ResolvedFootprint#projectionLength()} elements
   */
  public static void project(ResolvedFootprint r, double[] out) {
    project(r, r.rates, null, out);
  }

  /**
   * Projects with the given rates (layout of {@link ResolvedFootprint#copyRatesInto}) and an optional
   * activity factor per plan year ({@code null} for none).
   *
   * @param r the resolved footprint
   * @param rates the rates by organisation, driver and plan year, laid out as {@link
   *     ResolvedFootprint#copyRatesInto}
   * @param activityFactor a factor on activity by plan year, or {@code null} for none
   * @param out where to write the projection, {@link ResolvedFootprint#projectionLength()} elements
   */
  public static void project(ResolvedFootprint r, double[] rates, double[] activityFactor, double[] out) {
    final int p = r.planYears;
    final int t1 = p + 1;
    final int dCount = Driver.COUNT;
    final int tariffOff = Driver.TARIFF_UPLIFT.ordinal() * p;
    final int allocOff = Driver.ALLOCATION_GROWTH.ordinal() * p;
    final int payOff = Driver.PAY_INFLATION.ordinal() * p;
    final int nonPayOff = Driver.NON_PAY_INFLATION.ordinal() * p;
    final int demoOff = Driver.DEMOGRAPHIC_GROWTH.ordinal() * p;
    final int nonDemoOff = Driver.NON_DEMOGRAPHIC_GROWTH.ordinal() * p;
    final int chcOff = Driver.CONTINUING_HEALTHCARE_GROWTH.ordinal() * p;
    final int scDemandOff = Driver.SOCIAL_CARE_DEMAND_GROWTH.ordinal() * p;
    final int scPriceOff = Driver.SOCIAL_CARE_PRICE_GROWTH.ordinal() * p;
    final int scFundOff = Driver.SOCIAL_CARE_FUNDING_GROWTH.ordinal() * p;
    final int effOff = Driver.EFFICIENCY.ordinal() * p;
    final double[] base = r.base;
    for (int u = 0; u < r.unitCount; u++) {
      final int o = r.unitOrg[u];
      final int s = r.orgSector[o];
      final boolean nhs = s == COMMISSIONER || s == PROVIDER;
      final int rb = o * dCount * p;
      final int bb = u * MEASURES;
      int ob = u * t1 * MEASURES;
      double inc = base[bb + INCOME];
      double st = base[bb + STAFF];
      double va = base[bb + VARIABLE];
      double fx = base[bb + FIXED];
      double ch = base[bb + CHC];
      out[ob + INCOME] = inc;
      out[ob + STAFF] = st;
      out[ob + VARIABLE] = va;
      out[ob + FIXED] = fx;
      out[ob + CHC] = ch;
      for (int y = 0; y < p; y++) {
        final double nonPay = 1 + rates[rb + nonPayOff + y];
        final double chc = 1 + rates[rb + chcOff + y];
        if (s == SOCIAL_CARE) {
          final double f = (1 + rates[rb + scPriceOff + y]) * (1 + rates[rb + scDemandOff + y]);
          inc *= 1 + rates[rb + scFundOff + y];
          st *= f;
          va *= f;
          fx *= nonPay;
        } else {
          double g = (1 + rates[rb + demoOff + y]) * (1 + rates[rb + nonDemoOff + y]);
          if (nhs && activityFactor != null) {
            g *= activityFactor[y];
          }
          final double keep = nhs ? 1 - rates[rb + effOff + y] : 1;
          final double tariff = 1 + rates[rb + tariffOff + y];
          final double pay = 1 + rates[rb + payOff + y];
          if (s == COMMISSIONER) {
            inc *= 1 + rates[rb + allocOff + y];
            st *= pay * keep;
            va *= tariff * g * keep;
          } else {
            inc *= tariff * g;
            st *= pay * g * keep;
            va *= nonPay * g * keep;
          }
          fx *= nonPay * keep;
        }
        ch *= chc;
        ob += MEASURES;
        out[ob + INCOME] = inc;
        out[ob + STAFF] = st;
        out[ob + VARIABLE] = va;
        out[ob + FIXED] = fx;
        out[ob + CHC] = ch;
      }
    }
  }

  /**
   * The NHS (health) position by plan year into {@code dst} (length plan years): the sum over providers'
   * and commissioners' units of income less costs, plus their pressures. Money passing from a CCG to a
   * provider in the system is the CCG's cost and the provider's income, so it cancels in this sum.
   *
   * @param r the resolved footprint
   * @param out the projection written by {@code project}
   * @param dst where to write the position, one element per plan year
   */
  public static void healthSurplus(ResolvedFootprint r, double[] out, double[] dst) {
    sectorSurplus(r, out, true, -1, dst);
  }

  /**
   * One organisation's surplus by plan year into {@code dst} (length plan years).
   *
   * @param r the resolved footprint
   * @param out the projection written by {@code project}
   * @param organisation the organisation's index
   * @param dst where to write the surplus, one element per plan year
   */
  public static void organisationSurplus(ResolvedFootprint r, double[] out, int organisation, double[] dst) {
    sectorSurplus(r, out, false, organisation, dst);
  }

  private static void sectorSurplus(ResolvedFootprint r, double[] out, boolean nhsOnly, int org,
      double[] dst) {
    final int p = r.planYears;
    final int t1 = p + 1;
    for (int y = 0; y < p; y++) {
      dst[y] = 0;
    }
    for (int u = 0; u < r.unitCount; u++) {
      int o = r.unitOrg[u];
      if (nhsOnly ? !r.isNhs(o) : o != org) {
        continue;
      }
      int ob = (u * t1 + 1) * MEASURES;
      for (int y = 0; y < p; y++, ob += MEASURES) {
        dst[y] += out[ob + INCOME] - out[ob + STAFF] - out[ob + VARIABLE] - out[ob + FIXED] - out[ob + CHC];
      }
    }
    for (int o = 0; o < r.orgCount; o++) {
      if (nhsOnly ? !r.isNhs(o) : o != org) {
        continue;
      }
      for (int y = 0; y < p; y++) {
        dst[y] += r.pressure[o * p + y];
      }
    }
  }

  /**
   * The value of cost pool {@code pool} in year {@code t} (0 = base year), £'000.
   *
   * @param r the resolved footprint
   * @param out the projection written by {@code project}
   * @param pool the cost pool's index
   * @param t the year, 0 for the base year
   * @return the value of cost pool {@code pool} in year {@code t} (0 = base year), £'000
   */
  public static double poolValue(ResolvedFootprint r, double[] out, int pool, int t) {
    final int t1 = r.planYears + 1;
    final int mask = r.poolMask[pool];
    double sum = 0;
    for (int u : r.poolUnits[pool]) {
      int ob = (u * t1 + t) * MEASURES;
      for (int m = 0; m < MEASURES; m++) {
        if ((mask & (1 << m)) != 0) {
          sum += out[ob + m];
        }
      }
    }
    return sum;
  }

  /**
   * The value of cost pool {@code pool} in every year into {@code dst[off + t]} (t = 0 the base year, to
   * the last plan year), £'000: each year's sum is {@link #poolValue}'s, the same values added in the
   * same order (unit by unit, measure by measure), read from the pool's cells resolved once.
   *
   * @param r the resolved footprint
   * @param out the projection written by {@code project}
   * @param pool the cost pool's index
   * @param dst where to write the values
   * @param off the index in {@code dst} of the base year's value
   */
  public static void poolValues(ResolvedFootprint r, double[] out, int pool, double[] dst, int off) {
    final int t1 = r.planYears + 1;
    final int[] cells = r.poolCells[pool];
    for (int t = 0; t < t1; t++) {
      final int at = t * MEASURES;
      double sum = 0;
      for (int c : cells) {
        sum += out[c + at];
      }
      dst[off + t] = sum;
    }
  }

  /**
   * Sum of measure {@code m} over the units of organisations in {@code sector}, year {@code t}.
   *
   * @param r the resolved footprint
   * @param out the projection written by {@code project}
   * @param sector the sector code ({@link ResolvedFootprint#COMMISSIONER}, {@link
   *     ResolvedFootprint#PROVIDER}, ...)
   * @param m the measure code
   * @param t the year, 0 for the base year
   * @return sum of measure {@code m} over the units of organisations in {@code sector}, year {@code t}
   */
  public static double sectorMeasure(ResolvedFootprint r, double[] out, int sector, int m, int t) {
    final int t1 = r.planYears + 1;
    double sum = 0;
    for (int u = 0; u < r.unitCount; u++) {
      if (r.orgSector[r.unitOrg[u]] == sector) {
        sum += out[(u * t1 + t) * MEASURES + m];
      }
    }
    return sum;
  }

  /**
   * Runs the projection with the footprint's own drivers and wraps it as an immutable
   * {@link Projection}: it projects into this thread's working array, keeps the pools' values and the
   * scopes' positions the solutions and the bridge read, and leaves the full table to be projected again
   * (same kernel, same inputs, same bits) when something asks for it.
   *
   * @param r the resolved footprint
   * @return the projection
   */
  public static Projection run(ResolvedFootprint r) {
    double[] scratch = scratch(r.projectionLength());
    project(r, scratch);
    return Projection.summarised(r, scratch);
  }

  /** One working table per thread for {@link #run(ResolvedFootprint)}, grown to the largest footprint. */
  private static final ThreadLocal<double[]> SCRATCH = new ThreadLocal<>();

  private static double[] scratch(int length) {
    double[] s = SCRATCH.get();
    if (s == null || s.length < length) {
      s = new double[length];
      SCRATCH.set(s);
    }
    return s;
  }

  /**
   * Runs the projection with the given rates and activity factor.
   *
   * @param r the resolved footprint
   * @param rates the rates by organisation, driver and plan year, laid out as {@link
   *     ResolvedFootprint#copyRatesInto}
   * @param activityFactor a factor on activity by plan year, or {@code null} for none
   * @return the projection
   */
  public static Projection run(ResolvedFootprint r, double[] rates, double[] activityFactor) {
    double[] out = new double[r.projectionLength()];
    project(r, rates, activityFactor, out);
    return new Projection(r, out);
  }
}
