package org.stptoolkit.finance.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Builds the bridge of each scope: the NHS health system ({@code "HEALTH"}: providers and commissioners)
 * and each local authority that has social care figures, solutions or a published trajectory.
 *
 * <p>The do-nothing is the published trajectory when the scope has one for every plan year; when it
 * covers only some years the published figures are used there and the drivers-based projection
 * elsewhere (an INFO finding says so); without one, the drivers-based projection.
 *
 * <p>Where the plan also prints its total solution value or do-something rows, they are carried beside
 * the computed ones (never used in the sums) and compared year by year as printed, in whole £'000: an
 * INFO finding ({@value #PUBLISHED_DO_SOMETHING}, {@value #PUBLISHED_TOTAL_SOLUTION_VALUE}) when every
 * printed year is within {@link RoundingPolicy#TOLERANCE_GBPK} of the computed figure (the plan's totals
 * are rounded sums of unrounded workings, the engine's are sums of the printed rows), a WARNING naming
 * the years beyond it otherwise.
 */
public final class FinancialBridge {

  /** Finding rule: a published trajectory covers only some plan years. */
  public static final String PARTIAL_TRAJECTORY = "PARTIAL_DO_NOTHING_TRAJECTORY";

  /** Finding rule: the computed do-something against the plan's printed do-something row. */
  public static final String PUBLISHED_DO_SOMETHING = "PUBLISHED_DO_SOMETHING";

  /** Finding rule: the computed total solution value against the plan's printed row. */
  public static final String PUBLISHED_TOTAL_SOLUTION_VALUE = "PUBLISHED_TOTAL_SOLUTION_VALUE";

  private FinancialBridge() {}

  /**
   * The bridges, health first, then local authorities in the footprint's organisation order.
   *
   * <p>Runs over the scopes as {@link ResolvedFootprint#bridgeScopes()} resolved them once (published
   * do-nothing and its mask, funding as arrays, printed rows): per run it reads the projection and the
   * solutions' net rows and makes only each bridge's own series and records.
   *
   * @param doNothing the do-nothing projection
   * @param solutions the solutions' lines, in the footprint's order
   * @param findings where to add findings
   * @return the bridges, health first, then local authorities in the footprint's organisation order
   */
  public static List<BridgeResult> compute(Projection doNothing, List<SolutionLine> solutions,
      List<ValidationFinding> findings) {
    ResolvedFootprint r = doNothing.resolved();
    List<ResolvedScope> scopes = r.bridgeScopes();
    int years = r.planYears();
    int n = solutions.size();
    int[] lineScope = new int[n];
    int[] lines = new int[scopes.size()];
    for (int i = 0; i < n; i++) {
      Scope scope = solutions.get(i).scope();
      int c = -1;
      for (int k = 0; k < scopes.size() && c < 0; k++) {
        if (scope.equals(scopes.get(k).scope)) {
          c = k;
        }
      }
      lineScope[i] = c;
      if (c >= 0) {
        lines[c]++;
      }
    }
    BridgeResult[] out = new BridgeResult[scopes.size()];
    int made = 0;
    for (int c = 0; c < scopes.size(); c++) {
      ResolvedScope scope = scopes.get(c);
      if (!scope.usedWithoutSolutions && lines[c] == 0) {
        continue;
      }
      ByYear drivers = scope.organisation < 0 ? doNothing.health()
          : doNothing.organisationSurplus(scope.organisation);
      List<SolutionLine> own;
      if (lines[c] == n) {
        own = solutions;
      } else if (lines[c] == 0) {
        own = List.of();
      } else {
        SolutionLine[] picked = new SolutionLine[lines[c]];
        for (int i = 0, k = 0; i < n; i++) {
          if (lineScope[i] == c) {
            picked[k++] = solutions.get(i);
          }
        }
        own = List.of(picked);
      }
      out[made++] = bridge(scope, years, drivers, own, findings);
    }
    return made == out.length ? List.of(out) : List.of(Arrays.copyOf(out, made));
  }

  /**
   * One scope's bridge from its parts.
   *
   * @param period the plan period
   * @param scope the health system or a local authority
   * @param drivers the scope's drivers-based do-nothing, £'000 by plan year
   * @param published the scope's published trajectory, if any
   * @param solutions the scope's solution lines, in order
   * @param funding the scope's funding lines
   * @param findings where a partial-trajectory INFO is added
   * @return the bridge
   */
  public static BridgeResult bridge(PlanPeriod period, Scope scope, ByYear drivers,
      Optional<DoNothingTrajectory> published, List<SolutionLine> solutions, List<FundingLine> funding,
      List<ValidationFinding> findings) {
    return bridge(ResolvedScope.of(period, scope.code(), published, funding), period.size(), drivers, solutions,
        findings);
  }

  /**
   * One scope's bridge over its resolved parts. A row equal to one the bridge already holds is shared
   * rather than copied (series are immutable): the do-nothing is the drivers' series without a published
   * trajectory and the published one when it gives every year; the solutions and funding applied are
   * the series of zeros when the scope has none.
   */
  private static BridgeResult bridge(ResolvedScope scope, int years, ByYear drivers,
      List<SolutionLine> solutions, List<ValidationFinding> findings) {
    double[] dn = null;
    if (scope.given != null) {
      dn = drivers.toArray();
      for (int y = 0; y < years; y++) {
        if (scope.given[y]) {
          dn[y] = scope.publishedGbpK[y];
        }
      }
      if (scope.partial != null) {
        findings.add(scope.partial);
      }
    }
    double[] sol = new double[years];
    for (SolutionLine s : solutions) {
      ByYear net = s.net();
      for (int y = 0; y < years; y++) {
        sol[y] += net.get(y);
      }
    }
    double[] applied = scope.applies ? new double[years] : null;
    double committed = 0;
    for (int l = 0; l < scope.fundingGbpK.length; l++) {
      double[] a = scope.fundingGbpK[l];
      boolean isCommitted = scope.committed[l];
      for (int y = 0; y < years; y++) {
        if (isCommitted) {
          committed += a[y];
        } else {
          applied[y] += a[y];
        }
      }
    }
    // Without funding applied the total solution value is the solutions' row itself: sol[y] + 0.0 is
    // sol[y] bit for bit, since a sum that starts at +0.0 is never -0.0 (the one value + 0.0 changes).
    double[] total = applied == null ? sol : new double[years];
    double[] ds = new double[years];
    for (int y = 0; y < years; y++) {
      double d = dn == null ? drivers.get(y) : dn[y];
      double a = applied == null ? 0.0 : applied[y];
      if (applied != null) {
        total[y] = sol[y] + a;
      }
      ds[y] = d + sol[y] + a;
    }
    ByYear doNothing = dn == null ? drivers : scope.allGiven ? scope.published : ByYear.ofOwned(dn);
    ByYear doSomething = ByYear.ofOwned(ds);
    ByYear solutionsRow = solutions.isEmpty() ? scope.zeros : ByYear.ofOwned(sol);
    ByYear totalSolutionValue = applied == null && !solutions.isEmpty() ? solutionsRow : ByYear.ofOwned(total);
    ByYear pubTotal = scope.printedTotal == null ? null : scope.printedTotal.check(total, findings);
    ByYear pubDs = scope.printedDoSomething == null ? null : scope.printedDoSomething.check(ds, findings);
    double cumDs = doSomething.sum();
    return new BridgeResult(scope.scope, scope.source, doNothing, drivers, scope.published, solutions,
        scope.funding, solutionsRow,
        applied == null ? scope.zeros : ByYear.ofOwned(applied), totalSolutionValue, doSomething,
        pubTotal, pubDs, doNothing.sum(), cumDs, committed, Math.max(0, -cumDs - committed));
  }
}
