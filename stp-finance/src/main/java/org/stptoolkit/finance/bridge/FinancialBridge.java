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
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.PlanPeriod;
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
 */
public final class FinancialBridge {

  /** Finding rule: a published trajectory covers only some plan years. */
  public static final String PARTIAL_TRAJECTORY = "PARTIAL_DO_NOTHING_TRAJECTORY";

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
    double cumDs = doSomething.sum();
    return new BridgeResult(scope, source, doNothing, drivers, pub, solutions, lines, ByYear.of(sol),
        ByYear.of(applied), ByYear.of(total), doSomething, doNothing.sum(), cumDs, committed,
        Math.max(0, -cumDs - committed));
  }
}
