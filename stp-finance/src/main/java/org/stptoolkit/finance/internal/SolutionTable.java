package org.stptoolkit.finance.internal;

import java.util.List;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.SolutionCategory;

/**
 * A footprint's resolved solutions laid out as one table of primitive arrays, solution by solution,
 * which {@link SolutionEngine#compute} reads on every run instead of following each
 * {@link ResolvedSolution} and its rule through the heap. A national run computes thousands of
 * footprints one after another, so each footprint's solutions are cold in the cache; read from a few
 * arrays they cost a few memory fetches per footprint, read from objects a chain of dependent fetches
 * per solution. Made once with the footprint's {@link ResolvedSolution}s (which share it) from exactly
 * their figures; immutable, shared by every run and thread.
 *
 * <p>Per solution {@code i}: {@code pools[poolStart[i] .. poolStart[i + 1])} its pools in order (own
 * pools, then the rule's); its rule ({@code hasRule[i]}) as kind, pool, share, first year index,
 * cumulative flag, amount, phase years and ramp-up ({@code ramp[i × years + y]}); its phased amounts
 * ({@code phasedGbpK[i × years + y]}, zeros when none are given) and their series; and the fields its
 * line repeats.
 */
final class SolutionTable {

  /** Number of solutions. */
  final int count;
  /** Number of plan years. */
  final int years;
  /** Where solution {@code i}'s pools start in {@link #pools}; {@code count + 1} entries. */
  final int[] poolStart;
  /** Every solution's pools in order, one after another. */
  final int[] pools;
  /** True when the solution has findings of its own (made once, added on every run). */
  final boolean[] hasFindings;
  /** True when the solution has a rule that can be computed. */
  final boolean[] hasRule;
  /** The rule's kind ({@code ResolvedRule} constants). */
  final int[] kind;
  /** The rule's pool index, or -1. */
  final int[] rulePool;
  /** The rule's share (percent of pool, overhead removal). */
  final double[] share;
  /** The rule's first plan-year index (percent of pool, opportunity). */
  final int[] fromIndex;
  /** True for a cumulative percent-of-pool rule. */
  final boolean[] cumulative;
  /** The rule's amount at full effect. */
  final double[] amount;
  /** Years an opportunity builds up over. */
  final int[] phaseYears;
  /** The rule's ramp-up, {@code [i × years + y]}. */
  final double[] ramp;
  /** True when the solution gives phased amounts. */
  final boolean[] phased;
  /** The phased amounts, {@code [i × years + y]}, zeros when none are given. */
  final double[] phasedGbpK;
  /** The phased amounts as the series the result hands out, or {@code null}. */
  final ByYear[] phasedGross;
  /** The line's template number. */
  final int[] number;
  /** The line's name. */
  final String[] name;
  /** The line's scope. */
  final Scope[] scope;
  /** The line's category. */
  final SolutionCategory[] category;
  /** The line's maturity. */
  final Maturity[] maturity;
  /** The line's rule kind, or {@code null}. */
  final String[] ruleKind;
  /** Zeros for every plan year, the series shared by the footprint's zero rows. */
  final ByYear zeros;

  /** The table of {@code solutions}, each resolved against a plan of {@code years} years. */
  SolutionTable(List<ResolvedSolution> solutions, int years, ByYear zeros) {
    int n = solutions.size();
    this.count = n;
    this.years = years;
    this.zeros = zeros;
    poolStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      poolStart[i + 1] = poolStart[i] + solutions.get(i).pools.length;
    }
    pools = new int[poolStart[n]];
    hasFindings = new boolean[n];
    hasRule = new boolean[n];
    kind = new int[n];
    rulePool = new int[n];
    share = new double[n];
    fromIndex = new int[n];
    cumulative = new boolean[n];
    amount = new double[n];
    phaseYears = new int[n];
    ramp = new double[n * years];
    phased = new boolean[n];
    phasedGbpK = new double[n * years];
    phasedGross = new ByYear[n];
    number = new int[n];
    name = new String[n];
    scope = new Scope[n];
    category = new SolutionCategory[n];
    maturity = new Maturity[n];
    ruleKind = new String[n];
    for (int i = 0; i < n; i++) {
      ResolvedSolution rs = solutions.get(i);
      System.arraycopy(rs.pools, 0, pools, poolStart[i], rs.pools.length);
      hasFindings[i] = !rs.findings.isEmpty();
      ResolvedRule rule = rs.rule;
      hasRule[i] = rule != null;
      rulePool[i] = rs.rulePool;
      if (rule != null) {
        kind[i] = rule.kind;
        share[i] = rule.share;
        fromIndex[i] = rule.fromIndex;
        cumulative[i] = rule.cumulative;
        amount[i] = rule.amount;
        phaseYears[i] = rule.phaseYears;
        if (rule.ramp != null) {
          System.arraycopy(rule.ramp, 0, ramp, i * years, years);
        }
      }
      phased[i] = rs.phased;
      System.arraycopy(rs.phasedGbpK, 0, phasedGbpK, i * years, years);
      phasedGross[i] = rs.phasedGross;
      number[i] = rs.number;
      name[i] = rs.name;
      scope[i] = rs.scope;
      category[i] = rs.category;
      maturity[i] = rs.maturity;
      ruleKind[i] = rs.ruleKind;
    }
  }

  /** True for the rules evaluated on what earlier solutions left of the pool (percent of pool, overhead). */
  boolean proportional(int i) {
    return kind[i] == ResolvedRule.PERCENT_OF_POOL || kind[i] == ResolvedRule.OVERHEAD;
  }
}
