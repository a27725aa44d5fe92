package org.stptoolkit.finance.solution;

import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.finance.ByYear;
import org.stptoolkit.finance.projection.Projection;
import org.stptoolkit.finance.projection.ResolvedFootprint;
import org.stptoolkit.model.FinancialYear;
import org.stptoolkit.model.PlanPeriod;
import org.stptoolkit.model.YearlyRates;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionRule;
import org.stptoolkit.model.validation.Location;
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

  /** The solutions' lines in the footprint's order; findings are added to {@code findings}. */
  public static List<SolutionLine> compute(Projection doNothing, List<ValidationFinding> findings) {
    ResolvedFootprint r = doNothing.resolved();
    List<Solution> solutions = r.footprint().solutions();
    PlanPeriod period = r.period();
    int years = r.planYears();
    int pools = r.poolCount();
    double[][] poolValue = new double[pools][years + 1];
    double[][] drawn = new double[pools][years + 1];
    for (int p = 0; p < pools; p++) {
      for (int t = 0; t <= years; t++) {
        poolValue[p][t] = doNothing.poolValue(p, t);
      }
    }
    List<SolutionLine> out = new ArrayList<>();
    for (int i = 0; i < solutions.size(); i++) {
      Solution s = solutions.get(i);
      String where = "solution " + s.label();
      List<Integer> own = new ArrayList<>();
      for (String id : s.costPools()) {
        int p = r.poolIndex(id);
        if (p < 0) {
          findings.add(ValidationFinding.warning(UNKNOWN_POOL, Location.of(where),
              "a cost pool defined in the footprint", "\"" + id + "\"; not capped by it"));
        } else if (!own.contains(p)) {
          own.add(p);
        }
      }
      SolutionRule rule = s.rule();
      int rulePool = -1;
      if (rule != null) {
        String poolId = poolOf(rule);
        if (poolId != null) {
          rulePool = r.poolIndex(poolId);
          if (rulePool < 0) {
            findings.add(ValidationFinding.warning(RULE_NOT_COMPUTED, Location.of(where),
                "the rule's cost pool defined in the footprint", "\"" + poolId + "\"; the rule gives zero"));
          } else if (!own.contains(rulePool)) {
            own.add(rulePool);
          }
        }
      }
      double[] remaining = new double[years + 1];
      for (int t = 0; t <= years; t++) {
        for (int p : own) {
          remaining[t] += poolValue[p][t] - drawn[p][t];
        }
      }
      ByYear ruleGross = null;
      double[] ruleNet = null;
      if (rule != null && (poolOf(rule) == null || rulePool >= 0)) {
        double[] full = rulePool >= 0 ? poolValue[rulePool] : null;
        double[] left = null;
        if (rulePool >= 0) {
          left = new double[years + 1];
          for (int t = 0; t <= years; t++) {
            left[t] = poolValue[rulePool][t] - drawn[rulePool][t];
          }
        }
        ruleGross = ByYear.of(evaluate(rule, period, full));
        boolean proportional = rule instanceof PercentOfPool || rule instanceof OverheadRemoval;
        ruleNet = proportional ? evaluate(rule, period, left) : ruleGross.toArray();
      }
      boolean phased = !s.phasedGbpK().isEmpty();
      double[] gross = phased ? s.phasedGbpK().toArray(period)
          : ruleGross != null ? ruleGross.toArray() : new double[years];
      double[] net = new double[years];
      for (int y = 0; y < years; y++) {
        double g = gross[y];
        double n = !phased && ruleNet != null ? ruleNet[y] : g;
        if (n > 0 && !own.isEmpty()) {
          n = Math.min(n, Math.max(0, remaining[y + 1]));
        }
        net[y] = n;
        // Draw the net saving from the pools in order.
        double left = n;
        for (int k = 0; k < own.size() && left > 0; k++) {
          int p = own.get(k);
          double avail = Math.max(0, poolValue[p][y + 1] - drawn[p][y + 1]);
          double take = k == own.size() - 1 ? left : Math.min(left, avail);
          drawn[p][y + 1] += take;
          left -= take;
        }
      }
      double[] dc = new double[years];
      for (int y = 0; y < years; y++) {
        dc[y] = gross[y] - net[y];
      }
      ByYear diff = phased && ruleGross != null ? ruleGross.minus(ByYear.of(gross)) : null;
      out.add(new SolutionLine(i, s.number(), s.name(), s.scope(), s.category(), s.maturity(),
          phased ? SolutionLine.PHASED : SolutionLine.RULE, ByYear.of(gross), ByYear.of(dc),
          ByYear.of(net), rule == null ? null : rule.kind(), ruleGross, diff));
    }
    return List.copyOf(out);
  }

  private static String poolOf(SolutionRule rule) {
    if (rule instanceof PercentOfPool p) {
      return p.pool();
    } else if (rule instanceof ActivityShift a) {
      return a.pool();
    } else if (rule instanceof BedClosure b) {
      return b.pool();
    } else if (rule instanceof OverheadRemoval o) {
      return o.pool();
    }
    return null;
  }

  /**
   * A rule's saving by plan year, evaluated on the pool values {@code pool} (index 0 = base year; may be
   * {@code null} for rules without a pool).
   */
  public static double[] evaluate(SolutionRule rule, PlanPeriod period, double[] pool) {
    int years = period.size();
    double[] s = new double[years];
    if (rule instanceof PercentOfPool p) {
      double acc = 0;
      for (int y = 0; y < years; y++) {
        if (!period.year(y).isBefore(p.fromYear())) {
          double step = p.sharePerYear() * pool[y];
          acc = p.cumulative() ? acc + step : step;
          s[y] = acc;
        }
      }
    } else if (rule instanceof OpportunityRealisation o) {
      for (int y = 0; y < years; y++) {
        int k = o.fromYear().yearsUntil(period.year(y)) + 1;
        if (k >= 1) {
          s[y] = o.opportunityGbpK() * o.realisation() * Math.min(1.0, (double) k / o.years());
        }
      }
    } else if (rule instanceof ActivityShift a) {
      double full = a.cohortSpells() * a.shareMoved() * a.unitCostGbp() / 1000.0
          * (1 - a.reprovisionCostShare());
      for (int y = 0; y < years; y++) {
        s[y] = full * ramp(a.rampUp(), period.year(y)) * index(pool, y + 1);
      }
    } else if (rule instanceof BedClosure b) {
      for (int y = 0; y < years; y++) {
        s[y] = b.beds() * b.costPerBedGbpK() * ramp(b.rampUp(), period.year(y)) * index(pool, y + 1);
      }
    } else if (rule instanceof OverheadRemoval o) {
      for (int y = 0; y < years; y++) {
        s[y] = o.share() * pool[y + 1] * ramp(o.rampUp(), period.year(y));
      }
    }
    return s;
  }

  /** The ramp-up in {@code year}: the value given for it, else the last one given before it, else 0. */
  static double ramp(YearlyRates rampUp, FinancialYear year) {
    var head = rampUp.fractions().headMap(year.next());
    return head.isEmpty() ? 0 : head.get(head.lastKey());
  }

  private static double index(double[] pool, int t) {
    if (pool == null || pool[0] == 0) {
      return 1;
    }
    return pool[t] / pool[0];
  }
}
