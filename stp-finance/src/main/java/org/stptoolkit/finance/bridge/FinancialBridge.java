package org.stptoolkit.finance.bridge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stptoolkit.finance.ByYear;
import org.stptoolkit.finance.projection.Projection;
import org.stptoolkit.finance.projection.ResolvedFootprint;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.PlanPeriod;
import org.stptoolkit.model.RoundingPolicy;
import org.stptoolkit.model.YearlyAmounts;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.validation.Location;
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

  /** The bridges, health first, then local authorities in the footprint's organisation order. */
  public static List<BridgeResult> compute(Projection doNothing, List<SolutionLine> solutions,
      List<ValidationFinding> findings) {
    ResolvedFootprint r = doNothing.resolved();
    Footprint fp = r.footprint();
    Set<String> scopes = new LinkedHashSet<>();
    scopes.add(DoNothingTrajectory.HEALTH);
    for (int o = 0; o < r.organisationCount(); o++) {
      String code = r.organisationCode(o);
      if (r.sector(o) == ResolvedFootprint.SOCIAL_CARE) {
        boolean used = fp.publishedDoNothing(code).isPresent()
            || solutions.stream().anyMatch(s -> s.scope().equals(code))
            || !fp.baseline().serviceLinesOf(code).isEmpty();
        if (used) {
          scopes.add(code);
        }
      }
    }
    List<BridgeResult> out = new ArrayList<>();
    for (String scope : scopes) {
      ByYear drivers;
      if (DoNothingTrajectory.HEALTH.equals(scope)) {
        drivers = doNothing.health();
      } else {
        drivers = doNothing.organisationSurplus(r.organisationIndex(scope));
      }
      out.add(bridge(r.period(), scope, drivers, fp.publishedDoNothing(scope),
          solutions.stream().filter(s -> s.scope().equals(scope)).toList(),
          fp.funding().stream().filter(f -> f.scope().equals(scope)).toList(), findings));
    }
    return List.copyOf(out);
  }

  /** One scope's bridge from its parts. */
  public static BridgeResult bridge(PlanPeriod period, String scope, ByYear drivers,
      Optional<DoNothingTrajectory> published, List<SolutionLine> solutions, List<FundingLine> funding,
      List<ValidationFinding> findings) {
    int years = period.size();
    double[] dn = drivers.toArray();
    ByYear pub = null;
    String source = "DRIVERS";
    if (published.isPresent()) {
      var amounts = published.get().surplusGbpK();
      pub = ByYear.of(amounts.toArray(period));
      int given = 0;
      for (int y = 0; y < years; y++) {
        if (amounts.has(period.year(y))) {
          dn[y] = amounts.get(period.year(y));
          given++;
        }
      }
      if (given == years) {
        source = "PUBLISHED";
      } else if (given > 0) {
        source = "PUBLISHED_AND_DRIVERS";
        findings.add(ValidationFinding.info(PARTIAL_TRAJECTORY, Location.of("do-nothing " + scope),
            "a published do-nothing for every plan year", "published for " + given + " of " + years
                + " years; the drivers-based projection is used in the others"));
      }
    }
    double[] sol = new double[years];
    for (SolutionLine s : solutions) {
      for (int y = 0; y < years; y++) {
        sol[y] += s.net().get(y);
      }
    }
    double[] applied = new double[years];
    double committed = 0;
    List<FundingApplied> lines = new ArrayList<>();
    for (FundingLine f : funding) {
      double[] a = f.amountsGbpK().toArray(period);
      lines.add(new FundingApplied(f.name(), f.scope(), ByYear.of(a), f.committedNonRecurrent()));
      for (int y = 0; y < years; y++) {
        if (f.committedNonRecurrent()) {
          committed += a[y];
        } else {
          applied[y] += a[y];
        }
      }
    }
    double[] total = new double[years];
    double[] ds = new double[years];
    for (int y = 0; y < years; y++) {
      total[y] = sol[y] + applied[y];
      ds[y] = dn[y] + sol[y] + applied[y];
    }
    ByYear doNothing = ByYear.of(dn);
    ByYear doSomething = ByYear.of(ds);
    ByYear totalSolutionValue = ByYear.of(total);
    ByYear pubTotal = null;
    ByYear pubDs = null;
    if (published.isPresent()) {
      DoNothingTrajectory t = published.get();
      pubTotal = compare(period, scope, PUBLISHED_TOTAL_SOLUTION_VALUE, "total solution value",
          "solutions + funding applied", totalSolutionValue, t.publishedTotalSolutionValueGbpK(),
          findings);
      pubDs = compare(period, scope, PUBLISHED_DO_SOMETHING, "do-something",
          "do-nothing + solutions + funding applied", doSomething, t.publishedDoSomethingGbpK(),
          findings);
    }
    double cumDs = doSomething.sum();
    return new BridgeResult(scope, source, doNothing, drivers, pub, solutions, lines, ByYear.of(sol),
        ByYear.of(applied), totalSolutionValue, doSomething, pubTotal, pubDs, doNothing.sum(), cumDs,
        committed, Math.max(0, -cumDs - committed));
  }

  /**
   * The printed row aligned with the plan years (0 where not printed), or {@code null} when nothing is
   * printed; adds one finding comparing it with the computed row in the printed years.
   */
  private static ByYear compare(PlanPeriod period, String scope, String rule, String row,
      String working, ByYear computed, YearlyAmounts printed, List<ValidationFinding> findings) {
    if (printed.isEmpty()) {
      return null;
    }
    StringBuilder computedRow = new StringBuilder();
    StringBuilder printedRow = new StringBuilder();
    List<String> beyond = new ArrayList<>();
    List<FinancialYear> years = new ArrayList<>();
    for (int y = 0; y < period.size(); y++) {
      FinancialYear year = period.year(y);
      if (!printed.has(year)) {
        continue;
      }
      years.add(year);
      double c = whole(computed.get(y));
      double p = whole(printed.get(year));
      computedRow.append(computedRow.length() == 0 ? "" : " ").append(RoundingPolicy.formatGbpK(c));
      printedRow.append(printedRow.length() == 0 ? "" : " ").append(RoundingPolicy.formatGbpK(p));
      if (!RoundingPolicy.withinTolerance(c, p)) {
        beyond.add(year + " by " + RoundingPolicy.formatGbpK(Math.abs(c - p)));
      }
    }
    if (years.isEmpty()) {
      return null; // every printed year is outside the plan: the validator reports it
    }
    String span = years.size() == 1 ? years.get(0).toString()
        : years.get(0) + "–" + years.get(years.size() - 1);
    Location where = Location.of(row + " " + scope);
    String expected = "the engine's " + row + " (" + working + ") to match the plan's printed row";
    String found = "computed " + computedRow + " against printed " + printedRow + " for " + span;
    if (beyond.isEmpty()) {
      findings.add(ValidationFinding.info(rule, where, expected, found
          + ": within the ±1 £'000 rounding tolerance — the plan's totals are rounded sums of"
          + " unrounded workings"));
    } else {
      findings.add(ValidationFinding.warning(rule, where, expected, found + ": differs in "
          + String.join(", ", beyond) + ", beyond the ±1 £'000 rounding tolerance"));
    }
    return ByYear.of(printed.toArray(period));
  }

  /** Whole £'000, half away from zero, as a report prints it (no range limit). */
  private static double whole(double gbpK) {
    return Math.copySign(Math.floor(Math.abs(gbpK) + 0.5), gbpK);
  }
}
