package org.stptoolkit.finance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.bridge.DoNothingSource;
import org.stptoolkit.finance.bridge.FundingApplied;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * One scope that can have a bridge (the health system, or one local authority's social care), resolved
 * once with its footprint ({@link ResolvedFootprint#bridgeScopes()}) into what
 * {@link FinancialBridge#compute} reads on every run: the organisation whose drivers-based position it
 * starts from, the published do-nothing by plan year with a mask of the years given, where the
 * do-nothing comes from, the funding lines as arrays and as the records the result hands out, the
 * plan's printed total solution value and do-something rows ({@link PrintedRow}), and the
 * partial-trajectory finding, which depends on nothing the projection computes and is made here once.
 * Immutable; shared by every run and thread.
 */
public final class ResolvedScope {

  /** {@code "HEALTH"} or a local authority code. */
  final String code;
  /** The same, typed, as the result gives it. */
  final Scope scope;
  /** The organisation whose surplus is the drivers-based do-nothing, or -1 for health. */
  final int organisation;
  /** True when the scope has a bridge whatever the solutions: health, or a trajectory or service lines. */
  final boolean usedWithoutSolutions;
  /** Where the do-nothing comes from: the drivers, the published trajectory or both. */
  final DoNothingSource source;
  /** The years the published do-nothing gives, or {@code null} when there is no trajectory. */
  final boolean[] given;
  /** The published do-nothing by plan year, 0 where not given, or {@code null}. */
  final double[] publishedGbpK;
  /** The same as the result's series, or {@code null}. */
  final ByYear published;
  /** True when the published do-nothing gives every plan year (source {@code "PUBLISHED"}). */
  final boolean allGiven;
  /** The partial-trajectory INFO, or {@code null} when the trajectory covers every year or none. */
  final ValidationFinding partial;
  /** The scope's funding lines as the result gives them. */
  final List<FundingApplied> funding;
  /** Funding line {@code l}'s amounts by plan year. */
  final double[][] fundingGbpK;
  /** True where funding line {@code l} is committed non-recurrent. */
  final boolean[] committed;
  /** True when some funding line is applied (not committed non-recurrent). */
  final boolean applies;
  /** Zeros for every plan year, as a series; shared by the bridge's rows that are zero. */
  final ByYear zeros;
  /** The printed total solution value, or {@code null} when not printed for any plan year. */
  final PrintedRow printedTotal;
  /** The printed do-something, or {@code null} when not printed for any plan year. */
  final PrintedRow printedDoSomething;

  private ResolvedScope(PlanPeriod period, String code, int organisation, boolean usedWithoutSolutions,
      Optional<DoNothingTrajectory> trajectory, List<FundingLine> lines) {
    this.code = code;
    this.scope = Scope.of(code);
    this.organisation = organisation;
    this.usedWithoutSolutions = usedWithoutSolutions;
    int years = period.size();
    DoNothingSource from = DoNothingSource.DRIVERS;
    ValidationFinding partialFinding = null;
    if (trajectory.isPresent()) {
      DoNothingTrajectory t = trajectory.get();
      YearlyAmounts amounts = t.surplusGbpK();
      publishedGbpK = amounts.toArray(period);
      published = ByYear.of(publishedGbpK);
      given = new boolean[years];
      int count = 0;
      for (int y = 0; y < years; y++) {
        given[y] = amounts.has(period.year(y));
        if (given[y]) {
          count++;
        }
      }
      if (count == years) {
        from = DoNothingSource.PUBLISHED;
      } else if (count > 0) {
        from = DoNothingSource.PUBLISHED_AND_DRIVERS;
        partialFinding = ValidationFinding.info(FinancialBridge.PARTIAL_TRAJECTORY,
            Location.of("do-nothing " + code), "a published do-nothing for every plan year",
            "published for " + count + " of " + years
                + " years; the drivers-based projection is used in the others");
      }
      printedTotal = PrintedRow.of(period, code, FinancialBridge.PUBLISHED_TOTAL_SOLUTION_VALUE,
          "total solution value", "solutions + funding applied", t.publishedTotalSolutionValueGbpK());
      printedDoSomething = PrintedRow.of(period, code, FinancialBridge.PUBLISHED_DO_SOMETHING,
          "do-something", "do-nothing + solutions + funding applied", t.publishedDoSomethingGbpK());
    } else {
      publishedGbpK = null;
      published = null;
      given = null;
      printedTotal = null;
      printedDoSomething = null;
    }
    source = from;
    allGiven = from == DoNothingSource.PUBLISHED;
    partial = partialFinding;
    List<FundingApplied> applied = new ArrayList<>(lines.size());
    fundingGbpK = new double[lines.size()][];
    committed = new boolean[lines.size()];
    for (int l = 0; l < lines.size(); l++) {
      FundingLine f = lines.get(l);
      fundingGbpK[l] = f.amountsGbpK().toArray(period);
      committed[l] = f.committedNonRecurrent();
      applied.add(new FundingApplied(f.name(), scope, ByYear.of(fundingGbpK[l]),
          f.committedNonRecurrent()));
    }
    funding = List.copyOf(applied);
    boolean anyApplied = false;
    for (boolean c : committed) {
      anyApplied |= !c;
    }
    applies = anyApplied;
    zeros = ByYear.zeros(years);
  }

  /** One scope from its parts, for {@link FinancialBridge#bridge} (no organisation: drivers are given). */
  static ResolvedScope of(PlanPeriod period, String scope, Optional<DoNothingTrajectory> published,
      List<FundingLine> funding) {
    return new ResolvedScope(period, scope, -1, true, published, funding);
  }

  /**
   * Every scope of {@code footprint} that can have a bridge: health, then each local authority with
   * social care, once per code, in organisation order. Called once, by {@link ResolvedFootprint#of},
   * after its organisations are resolved.
   *
   * @param footprint the resolved footprint (its organisations, trajectories, funding and service lines
   *     are read)
   * @return the candidate scopes, health first
   */
  public static List<ResolvedScope> resolveAll(ResolvedFootprint footprint) {
    Footprint fp = footprint.footprint();
    PlanPeriod period = footprint.period();
    List<String> codes = new ArrayList<>();
    List<ResolvedScope> out = new ArrayList<>();
    String health = DoNothingTrajectory.HEALTH;
    codes.add(health);
    out.add(new ResolvedScope(period, health, -1, true, fp.publishedDoNothing(health),
        fundingOf(fp, health)));
    for (int o = 0; o < footprint.organisationCount(); o++) {
      String code = footprint.organisationCode(o);
      if (footprint.sector(o) == ResolvedFootprint.SOCIAL_CARE && !codes.contains(code)) {
        codes.add(code);
        Optional<DoNothingTrajectory> published = fp.publishedDoNothing(code);
        boolean used = published.isPresent() || !fp.baseline().serviceLinesOf(code).isEmpty();
        out.add(new ResolvedScope(period, code, footprint.organisationIndex(code), used, published,
            fundingOf(fp, code)));
      }
    }
    return List.copyOf(out);
  }

  private static List<FundingLine> fundingOf(Footprint fp, String scope) {
    return fp.funding().stream().filter(f -> f.scope().equals(scope)).toList();
  }

  /**
   * {@code "HEALTH"} or the local authority's code.
   *
   * @return {@code "HEALTH"} or the local authority's code
   */
  public String code() {
    return code;
  }
}
