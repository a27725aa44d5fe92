package org.stptoolkit.finance.internal;

import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.SolutionRule;

/**
 * A solution rule resolved against a plan period into the numbers {@link SolutionEngine#evaluate} needs
 * per plan year: its kind, share, first year as a plan-year index, amount at full effect and the ramp-up
 * by plan year (the value given for the year, else the last one given before it, else 0). Made once per
 * footprint, so that evaluating the rule reads no map and makes no {@code FinancialYear}. Immutable.
 */
final class ResolvedRule {

  /** No rule (evaluates to zero). */
  static final int NONE = 0;
  /** {@link PercentOfPool}. */
  static final int PERCENT_OF_POOL = 1;
  /** {@link OpportunityRealisation}. */
  static final int OPPORTUNITY = 2;
  /** {@link ActivityShift}. */
  static final int ACTIVITY_SHIFT = 3;
  /** {@link BedClosure}. */
  static final int BED_CLOSURE = 4;
  /** {@link OverheadRemoval}. */
  static final int OVERHEAD = 5;

  final int kind;
  /** The cost pool the rule reads, or {@code null} (opportunity realisation, or no rule). */
  final String pool;
  /** Percent of pool: share per year; overhead removal: share removed at full effect. */
  final double share;
  /** Percent of pool and opportunity realisation: plan-year index of the first year (may be negative). */
  final int fromIndex;
  final boolean cumulative;
  /**
   * Opportunity × realisation; activity shift: the saving at full effect in base-year prices; bed
   * closure: beds × cost per bed. Each is the product the rule's formula starts with, in its order.
   */
  final double amount;
  /** Opportunity realisation: years over which it builds up. */
  final int phaseYears;
  /** Activity shift, bed closure, overhead removal: ramp-up by plan year. */
  final double[] ramp;

  private ResolvedRule(int kind, String pool, double share, int fromIndex, boolean cumulative,
      double amount, int phaseYears, double[] ramp) {
    this.kind = kind;
    this.pool = pool;
    this.share = share;
    this.fromIndex = fromIndex;
    this.cumulative = cumulative;
    this.amount = amount;
    this.phaseYears = phaseYears;
    this.ramp = ramp;
  }

  /** Resolves {@code rule} (may be {@code null}: a rule of kind {@link #NONE}) against {@code period}. */
  static ResolvedRule of(SolutionRule rule, PlanPeriod period) {
    FinancialYear first = period.firstYear();
    int years = period.size();
    if (rule == null) {
      return new ResolvedRule(NONE, null, 0, 0, false, 0, 0, new double[years]);
    }
    return rule.accept(new SolutionRule.Visitor<ResolvedRule>() {
      @Override
      public ResolvedRule percentOfPool(PercentOfPool p) {
        return new ResolvedRule(PERCENT_OF_POOL, p.pool(), p.sharePerYear(), first.yearsUntil(p.fromYear()),
            p.cumulative(), 0, 0, null);
      }

      @Override
      public ResolvedRule opportunityRealisation(OpportunityRealisation o) {
        return new ResolvedRule(OPPORTUNITY, null, 0, first.yearsUntil(o.fromYear()), false,
            o.opportunityGbpK() * o.realisation(), o.years(), null);
      }

      @Override
      public ResolvedRule activityShift(ActivityShift a) {
        double full = a.cohortSpells() * a.shareMoved() * a.unitCostGbp() / 1000.0
            * (1 - a.reprovisionCostShare());
        return new ResolvedRule(ACTIVITY_SHIFT, a.pool(), 0, 0, false, full, 0, ramp(a.rampUp(), period));
      }

      @Override
      public ResolvedRule bedClosure(BedClosure b) {
        return new ResolvedRule(BED_CLOSURE, b.pool(), 0, 0, false, b.beds() * b.costPerBedGbpK(), 0,
            ramp(b.rampUp(), period));
      }

      @Override
      public ResolvedRule overheadRemoval(OverheadRemoval o) {
        return new ResolvedRule(OVERHEAD, o.pool(), o.share(), 0, false, 0, 0, ramp(o.rampUp(), period));
      }
    });
  }

  /** True for the rules evaluated on what earlier solutions left of the pool (percent of pool, overhead). */
  boolean proportional() {
    return kind == PERCENT_OF_POOL || kind == OVERHEAD;
  }

  private static double[] ramp(org.stptoolkit.model.basics.YearlyRates rampUp, PlanPeriod period) {
    double[] out = new double[period.size()];
    for (int y = 0; y < out.length; y++) {
      out[y] = SolutionEngine.ramp(rampUp, period.year(y));
    }
    return out;
  }
}
