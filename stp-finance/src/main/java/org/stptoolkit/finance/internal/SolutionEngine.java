package org.stptoolkit.finance.internal;

import java.util.Arrays;
import java.util.List;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.SolutionRule;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Computes every solution's gross, double count and net by year, in the footprint's order.
 *
 * <h2>Rules</h2>
 * With {@code P(t)} a cost pool's do-nothing value in year {@code t} (t = 0 the base year) and
 * {@code idx(t) = P(t) / P(0)} its growth index (price and activity since the base year):
 * <ul>
 *   <li>{@link PercentOfPool}: cumulative {@code S(t) = S(t−1) + share × P(t−1)} from the first year
 *       (each year saves a further share of the previous year's spend, the budget the CIP is planned
 *       against); not cumulative {@code S(t) = share × P(t−1)}.</li>
 *   <li>{@link OpportunityRealisation}: {@code opportunity × realisation × min(1, k / years)} in the k-th
 *       year from the first (RightCare: 54,000 × 50% / 4 = 6,750 a year, 27,000 by the fourth).</li>
 *   <li>{@link ActivityShift}: {@code cohortSpells × shareMoved × unitCost(£) / 1000 × (1 −
 *       reprovisionCostShare) × rampUp(t) × idx(t)}: base-year spells and prices carried forward with the
 *       pool's growth.</li>
 *   <li>{@link BedClosure}: {@code beds × costPerBed × rampUp(t) × idx(t)}.</li>
 *   <li>{@link OverheadRemoval}: {@code share × P(t) × rampUp(t)}.</li>
 * </ul>
 *
 * <h2>Double counting</h2>
 * Solutions acting on the same pool are taken in the footprint's order; each sees only what the
 * earlier ones left: {@code R(t) = P(t) − Σ earlier nets drawn from the pool}. A percent-of-pool or
 * overhead rule is evaluated on {@code R} instead of {@code P}; any other saving is capped at {@code R}
 * (savings never exceed the pool). {@code doubleCount = gross − net}. A solution's net saving is drawn
 * from its pools in the order it lists them. Additional costs (negative) are never capped and draw
 * nothing. A solution without pools is not capped.
 *
 * <h2>Phased amounts and rules</h2>
 * When a solution gives phased amounts, they are its gross (what the plan submitted); the rule, if any,
 * is computed beside it for {@link SolutionLine#ruleDifference()}. A rule that cannot be computed (an
 * unknown pool) gives a finding and zero.
 */
public final class SolutionEngine {

  /** Finding rule: a solution names a pool the footprint does not define. */
  public static final String UNKNOWN_POOL = "SOLUTION_UNKNOWN_POOL";
  /** Finding rule: a solution's rule could not be computed. */
  public static final String RULE_NOT_COMPUTED = "SOLUTION_RULE_NOT_COMPUTED";

  private SolutionEngine() {}

  /**
   * The solutions' lines in the footprint's order; findings are added to {@code findings}.
   *
   * <p>Runs over the solutions as {@link ResolvedFootprint#solutions()} resolved them once (pool indexes,
   * rules by plan year, phased amounts, the findings that do not depend on the projection): per run it
   * makes only the pool arrays, each line's own series and the result records. A line whose net equals
   * its gross (nothing double counted) shares the gross series as its net and a series of zeros as its
   * double count: series are immutable, and the values are those it would otherwise copy.
   *
   * @param doNothing the do-nothing projection
   * @param findings where to add findings
   * @return the solutions' lines in the footprint's order; findings are added to {@code findings}
   */
  public static List<SolutionLine> compute(Projection doNothing, List<ValidationFinding> findings) {
    ResolvedFootprint r = doNothing.resolved();
    List<ResolvedSolution> solutions = r.solutions();
    int years = r.planYears();
    int t1 = years + 1;
    int pools = r.poolCount();
    // The working rows come from this thread's scratch (nothing in them outlives this call).
    Scratch w = Scratch.of(pools * t1, years);
    // Pool p's value and what earlier solutions drew from it in year t: [p * t1 + t].
    double[] poolValue = w.poolValue;
    double[] drawn = w.drawn;
    Arrays.fill(drawn, 0, pools * t1, 0.0);
    for (int p = 0; p < pools; p++) {
      doNothing.poolValues(p, poolValue, p * t1);
    }
    // Working rows, reused by every solution: what is left of its pools (index t, 1 = first plan
    // year; t = 0 is never read), what is left of its rule's pool (t = 0 the base year), its rule's net.
    double[] remaining = w.remaining;
    double[] left = w.left;
    double[] ruleNet = w.ruleNet;
    double[] netRow = w.netRow;
    SolutionLine[] out = new SolutionLine[solutions.size()];
    // The solutions as one table of arrays (see SolutionTable): no object per solution is followed.
    SolutionTable tab = out.length == 0 ? null : solutions.get(0).table;
    for (int i = 0; i < out.length; i++) {
      if (tab.hasFindings[i]) {
        findings.addAll(solutions.get(i).findings);
      }
      final int[] solutionPools = tab.pools;
      final int first = tab.poolStart[i];
      final int end = tab.poolStart[i + 1];
      for (int t = 1; t <= years; t++) {
        double sum = 0;
        for (int k = first; k < end; k++) {
          int p = solutionPools[k];
          sum += poolValue[p * t1 + t] - drawn[p * t1 + t];
        }
        remaining[t] = sum;
      }
      int rulePool = tab.rulePool[i];
      double[] ruleGross = null;
      ByYear ruleGrossSeries = null;
      boolean ruleComputed = tab.hasRule[i];
      if (ruleComputed) {
        ruleGross = new double[years];
        evaluate(tab, i, poolValue, rulePool >= 0 ? rulePool * t1 : -1, ruleGross);
        ruleGrossSeries = ByYear.ofOwned(ruleGross);
        if (tab.proportional(i)) {
          for (int t = 0; t <= years; t++) {
            left[t] = poolValue[rulePool * t1 + t] - drawn[rulePool * t1 + t];
          }
          evaluate(tab, i, left, 0, ruleNet);
        } else {
          System.arraycopy(ruleGross, 0, ruleNet, 0, years);
        }
      }
      boolean phased = tab.phased[i];
      // Neither phased amounts nor a rule: the gross is zero, and the phased amounts are zeros (none
      // given). The gross is read where it is: gross[g0 + y].
      double[] gross = phased || !ruleComputed ? tab.phasedGbpK : ruleGross;
      int g0 = phased || !ruleComputed ? i * years : 0;
      double[] net = netRow;
      int last = end - 1;
      for (int y = 0; y < years; y++) {
        double g = gross[g0 + y];
        double n = !phased && ruleComputed ? ruleNet[y] : g;
        if (n > 0 && end > first) {
          n = Math.min(n, Math.max(0, remaining[y + 1]));
        }
        net[y] = n;
        // Draw the net saving from the pools in order.
        double rest = n;
        for (int k = first; k <= last && rest > 0; k++) {
          int at = solutionPools[k] * t1 + y + 1;
          double avail = Math.max(0, poolValue[at] - drawn[at]);
          double take = k == last ? rest : Math.min(rest, avail);
          drawn[at] += take;
          rest -= take;
        }
      }
      ByYear grossSeries = phased ? tab.phasedGross[i] : ruleComputed ? ruleGrossSeries : tab.zeros;
      ByYear dcSeries;
      ByYear netSeries;
      if (sameBits(net, gross, g0, years)) {
        // Nothing double counted (the usual case): net is gross, and gross − net is +0 in every year.
        dcSeries = tab.zeros;
        netSeries = grossSeries;
      } else {
        double[] dc = new double[years];
        for (int y = 0; y < years; y++) {
          dc[y] = gross[g0 + y] - net[y];
        }
        dcSeries = ByYear.ofOwned(dc);
        netSeries = ByYear.ofOwned(Arrays.copyOf(net, years));
      }
      ByYear diff = null;
      if (phased && ruleComputed) {
        double[] d = new double[years];
        for (int y = 0; y < years; y++) {
          d[y] = ruleGross[y] - gross[g0 + y];
        }
        diff = ByYear.ofOwned(d);
      }
      out[i] = new SolutionLine(i, tab.number[i], tab.name[i], tab.scope[i], tab.category[i],
          tab.maturity[i], phased ? SolutionLine.Basis.PHASED : SolutionLine.Basis.RULE, grossSeries,
          dcSeries, netSeries, tab.ruleKind[i], ruleGrossSeries, diff);
    }
    return List.of(out);
  }

  /**
   * One thread's working rows for {@link #compute}, grown when a footprint needs more pools and remade
   * when its plan has another number of years (the rows of plan years are read by their length). A
   * national run computes footprint after footprint on each thread, so the rows are made once per thread,
   * not once per footprint; they hold nothing between calls.
   */
  private static final class Scratch {
    private static final ThreadLocal<Scratch> OF_THREAD = new ThreadLocal<>();

    final double[] poolValue;
    final double[] drawn;
    final double[] remaining;
    final double[] left;
    final double[] ruleNet;
    final double[] netRow;

    private Scratch(int poolCells, int years) {
      poolValue = new double[poolCells];
      drawn = new double[poolCells];
      remaining = new double[years + 1];
      left = new double[years + 1];
      ruleNet = new double[years];
      netRow = new double[years];
    }

    /** This thread's rows, with room for {@code poolCells} pool-year cells and exactly {@code years}. */
    static Scratch of(int poolCells, int years) {
      Scratch w = OF_THREAD.get();
      if (w == null || w.poolValue.length < poolCells || w.ruleNet.length != years) {
        w = new Scratch(Math.max(poolCells, w == null ? 0 : w.poolValue.length), years);
        OF_THREAD.set(w);
      }
      return w;
    }
  }

  /** True when {@code a[0, n)} and {@code b[off, off + n)} hold the same doubles, bit for bit. */
  private static boolean sameBits(double[] a, double[] b, int off, int n) {
    for (int y = 0; y < n; y++) {
      if (Double.doubleToRawLongBits(a[y]) != Double.doubleToRawLongBits(b[off + y])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Solution {@code i}'s rule by plan year into {@code dst} (every element written), as
   * {@link #evaluate(ResolvedRule, double[], int, double[])} evaluates the same rule (the same figures,
   * copied into the table, in the same operations), on the pool values {@code pool[off + t]}.
   */
  static void evaluate(SolutionTable tab, int i, double[] pool, int off, double[] dst) {
    int years = dst.length;
    double[] ramp = tab.ramp;
    int r0 = i * tab.years;
    switch (tab.kind[i]) {
      case ResolvedRule.PERCENT_OF_POOL -> {
        double share = tab.share[i];
        int from = tab.fromIndex[i];
        boolean cumulative = tab.cumulative[i];
        double acc = 0;
        for (int y = 0; y < years; y++) {
          if (y >= from) {
            double step = share * pool[off + y];
            acc = cumulative ? acc + step : step;
            dst[y] = acc;
          } else {
            dst[y] = 0;
          }
        }
      }
      case ResolvedRule.OPPORTUNITY -> {
        double amount = tab.amount[i];
        int from = tab.fromIndex[i];
        int phaseYears = tab.phaseYears[i];
        for (int y = 0; y < years; y++) {
          int k = y - from + 1;
          dst[y] = k >= 1 ? amount * Math.min(1.0, (double) k / phaseYears) : 0;
        }
      }
      case ResolvedRule.ACTIVITY_SHIFT, ResolvedRule.BED_CLOSURE -> {
        double amount = tab.amount[i];
        for (int y = 0; y < years; y++) {
          dst[y] = amount * ramp[r0 + y] * index(pool, off, y + 1);
        }
      }
      case ResolvedRule.OVERHEAD -> {
        double share = tab.share[i];
        for (int y = 0; y < years; y++) {
          dst[y] = share * pool[off + y + 1] * ramp[r0 + y];
        }
      }
      default -> Arrays.fill(dst, 0);
    }
  }

  /**
   * A rule's saving by plan year, evaluated on the pool values {@code pool} (index 0 = base year; may be
   * {@code null} for rules without a pool).
   *
   * @param rule the solution rule
   * @param period the plan's base year and plan years
   * @param pool the cost pool's values by year (index 0 the base year), or {@code null} for rules without a
   *     pool
   * @return a rule's saving by plan year, evaluated on the pool values {@code pool} (index 0 = base year;
   *     may be {@code null} for rules without a pool)
   */
  public static double[] evaluate(SolutionRule rule, PlanPeriod period, double[] pool) {
    double[] s = new double[period.size()];
    evaluate(ResolvedRule.of(rule, period), pool, pool == null ? -1 : 0, s);
    return s;
  }

  /**
   * A resolved rule's saving by plan year into {@code dst} (every element written), on the pool values
   * {@code pool[off + t]} (t = 0 the base year), or on no pool when {@code off < 0}.
   */
  static void evaluate(ResolvedRule rule, double[] pool, int off, double[] dst) {
    int years = dst.length;
    double[] ramp = rule.ramp;
    switch (rule.kind) {
      case ResolvedRule.PERCENT_OF_POOL -> {
        double acc = 0;
        for (int y = 0; y < years; y++) {
          if (y >= rule.fromIndex) {
            double step = rule.share * pool[off + y];
            acc = rule.cumulative ? acc + step : step;
            dst[y] = acc;
          } else {
            dst[y] = 0;
          }
        }
      }
      case ResolvedRule.OPPORTUNITY -> {
        for (int y = 0; y < years; y++) {
          int k = y - rule.fromIndex + 1;
          dst[y] = k >= 1 ? rule.amount * Math.min(1.0, (double) k / rule.phaseYears) : 0;
        }
      }
      case ResolvedRule.ACTIVITY_SHIFT, ResolvedRule.BED_CLOSURE -> {
        for (int y = 0; y < years; y++) {
          dst[y] = rule.amount * ramp[y] * index(pool, off, y + 1);
        }
      }
      case ResolvedRule.OVERHEAD -> {
        for (int y = 0; y < years; y++) {
          dst[y] = rule.share * pool[off + y + 1] * ramp[y];
        }
      }
      default -> Arrays.fill(dst, 0);
    }
  }

  /** The ramp-up in {@code year}: the value given for it, else the last one given before it, else 0. */
  static double ramp(YearlyRates rampUp, FinancialYear year) {
    var head = rampUp.fractions().headMap(year.next());
    return head.isEmpty() ? 0 : head.get(head.lastKey());
  }

  private static double index(double[] pool, int off, int t) {
    if (off < 0 || pool[off] == 0) {
      return 1;
    }
    return pool[off + t] / pool[off];
  }
}
