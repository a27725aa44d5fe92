package org.stptoolkit.finance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * One solution of a footprint resolved once, with the footprint ({@link ResolvedFootprint#solutions()}),
 * into what {@link SolutionEngine#compute} reads on every run: the indexes of the cost pools it draws
 * from (its own pools in the order listed, then the rule's pool, each once), its rule resolved to
 * numbers by plan year ({@code null} when there is none or it cannot be computed), its phased amounts
 * as an array and as the series the result hands out, and the findings about it that do not depend on
 * the projection (a pool the footprint does not define), made here once with the text
 * {@link SolutionEngine#compute} has always given them. Immutable; shared by every run and thread.
 */
public final class ResolvedSolution {

  final Solution solution;
  final List<ValidationFinding> findings;
  final int[] pools;
  final int rulePool;
  final ResolvedRule rule;
  final boolean phased;
  final double[] phasedGbpK;
  final ByYear phasedGross;
  /** Zeros for every plan year, one series shared by the footprint's solutions. */
  final ByYear zeros;
  /**
   * The footprint's solutions as one table ({@link SolutionTable}), the same for each of them; set by
   * {@link #resolveAll} before the list is handed out, never changed afterwards.
   */
  SolutionTable table;
  /** The solution's template number, as its line repeats it (read once, not from the model each run). */
  final int number;
  /** The solution's name, as its line repeats it. */
  final String name;
  /** The solution's scope, as its line repeats it (made once, not on every run). */
  final Scope scope;
  /** The solution's category, as its line repeats it. */
  final SolutionCategory category;
  /** The solution's maturity, as its line repeats it. */
  final Maturity maturity;
  /** The solution's rule kind, or {@code null} when it has no rule, as its line repeats it. */
  final String ruleKind;

  private ResolvedSolution(Solution solution, List<ValidationFinding> findings, int[] pools, int rulePool,
      ResolvedRule rule, PlanPeriod period, ByYear zeros, Scope scope) {
    this.zeros = zeros;
    this.solution = solution;
    this.findings = findings;
    this.pools = pools;
    this.rulePool = rulePool;
    this.rule = rule;
    this.phased = !solution.phasedGbpK().isEmpty();
    this.phasedGbpK = solution.phasedGbpK().toArray(period);
    this.phasedGross = phased ? ByYear.of(phasedGbpK) : null;
    this.number = solution.number();
    this.name = solution.name();
    this.scope = scope;
    this.category = solution.category();
    this.maturity = solution.maturity();
    this.ruleKind = solution.rule() == null ? null : solution.rule().kind();
  }

  /**
   * Resolves every solution of {@code footprint} in the footprint's order. Called once, by
   * {@link ResolvedFootprint#of}, after its pools are resolved.
   *
   * @param footprint the resolved footprint (its cost pools and period are read)
   * @return the solutions, in the footprint's order
   */
  public static List<ResolvedSolution> resolveAll(ResolvedFootprint footprint) {
    PlanPeriod period = footprint.period();
    Map<String, Integer> poolIndex = new HashMap<>();
    for (int p = 0; p < footprint.poolCount(); p++) {
      poolIndex.putIfAbsent(footprint.poolId(p), p);
    }
    ByYear zeros = ByYear.zeros(period.size());
    List<Solution> solutions = footprint.footprint().solutions();
    List<ResolvedSolution> out = new ArrayList<>(solutions.size());
    for (Solution s : solutions) {
      String where = "solution " + s.label();
      List<ValidationFinding> findings = new ArrayList<>();
      List<Integer> own = new ArrayList<>();
      for (String id : s.costPools()) {
        Integer p = poolIndex.get(id);
        if (p == null) {
          findings.add(ValidationFinding.warning(SolutionEngine.UNKNOWN_POOL, Location.of(where),
              "a cost pool defined in the footprint", "\"" + id + "\"; not capped by it"));
        } else if (!own.contains(p)) {
          own.add(p);
        }
      }
      ResolvedRule rule = null;
      int rulePool = -1;
      if (s.rule() != null) {
        rule = ResolvedRule.of(s.rule(), period);
        if (rule.pool != null) {
          Integer p = poolIndex.get(rule.pool);
          if (p == null) {
            findings.add(ValidationFinding.warning(SolutionEngine.RULE_NOT_COMPUTED, Location.of(where),
                "the rule's cost pool defined in the footprint",
                "\"" + rule.pool + "\"; the rule gives zero"));
            rule = null;
          } else {
            rulePool = p;
            if (!own.contains(p)) {
              own.add(p);
            }
          }
        }
      }
      int[] pools = own.stream().mapToInt(Integer::intValue).toArray();
      out.add(new ResolvedSolution(s, List.copyOf(findings), pools, rulePool, rule, period, zeros,
          Scope.of(s.scope())));
    }
    SolutionTable table = new SolutionTable(out, period.size(), zeros);
    for (ResolvedSolution rs : out) {
      rs.table = table;
    }
    return List.copyOf(out);
  }

  /**
   * The solution as the footprint gives it.
   *
   * @return the solution as the footprint gives it
   */
  public Solution solution() {
    return solution;
  }
}
