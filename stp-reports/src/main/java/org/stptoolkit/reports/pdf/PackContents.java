package org.stptoolkit.reports.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.bridge.ControlTotals;
import org.stptoolkit.finance.bridge.DoNothingSource;
import org.stptoolkit.finance.bridge.FundingApplied;
import org.stptoolkit.finance.bridge.PlanCosts;
import org.stptoolkit.finance.montecarlo.KeyRiskExposure;
import org.stptoolkit.finance.montecarlo.KeyRiskExposures;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.projection.ActivityResult;
import org.stptoolkit.finance.risk.RiskResult;
import org.stptoolkit.finance.sensitivity.SensitivityImpact;
import org.stptoolkit.finance.sensitivity.SensitivityResults;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.comparison.RagRating;
import org.stptoolkit.metrics.derived.DerivedIndicators;
import org.stptoolkit.metrics.intervals.ConfidenceLevel;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.summary.FinancePosition;
import org.stptoolkit.metrics.summary.GapSummary;
import org.stptoolkit.metrics.summary.IndicatorAssessment;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.activity.PointOfDelivery;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Reads the finance engine's result, the stp-metrics three-gaps summary and the findings into the
 * pack's view.
 *
 * <pre>{@code
 * FootprintResult result = StpEngine.DEFAULT.run(footprint);
 * PackContent content = PackContents.of(result, footprint, PackContents.threeGaps(footprint, result), findings);
 * PdfPack.openPdf().writeFootprint(Path.of("out/pack.pdf"), true, content);
 * }</pre>
 *
 * <p><b>Reports read results, never recompute them.</b> Every money figure comes from
 * {@link FootprintResult} exactly as the engine gives it (unrounded; the renderer rounds with
 * {@link RoundingPolicy}): the bridge rows, totals and positions, the cumulative positions, each
 * solution's gross, double count and net, the sensitivities, the risk-adjusted bridge, the social care
 * bridges, activity, plan costs and the notes. The footprint supplies words only (names,
 * descriptions, the organisations on the cover), and the indicator assessments come from stp-metrics.
 * This class selects rows, labels them and formats single figures; it adds up nothing.
 */
public final class PackContents {

  /** England's area code, the benchmark the indicators are compared with. */
  public static final String ENGLAND = ThreeGapsSummary.ENGLAND;

  /** How many of each gap's worst misses the dashboard lists. */
  public static final int WORST_MISSES = 3;

  private static final String HEALTH = "HEALTH";
  private static final String FOOTPRINT_NOTE = "Footprint note: ";
  private static final String AS_PUBLISHED = "As published: ";

  private PackContents() {}

  /**
   * The stp-metrics three-gaps summary of a footprint's indicators, with the engine's final-year
   * health do-nothing and do-something as the finance gap. A convenience for callers that have not
   * built the summary themselves.
   *
   * @param footprint the footprint (its indicator values and definitions)
   * @param result the engine's result for it
   * @return the summary
   */
  public static ThreeGapsSummary threeGaps(Footprint footprint, FootprintResult result) {
    BridgeResult h = result.health();
    FinancePosition finance = new FinancePosition(result.period().lastYear().toString(), h.doNothing().last(),
        h.doSomething().last());
    return ThreeGapsSummary.ofFootprint(footprint, finance, WORST_MISSES);
  }

  /**
   * The pack content for one footprint, with the three-gaps summary built by {@link #threeGaps}.
   *
   * @param result the engine's result for the footprint
   * @param footprint the footprint the result was computed from (names and descriptions)
   * @param findings the findings of reading the footprint (the engine's and the summary's are added)
   * @return the content
   */
  public static PackContent of(FootprintResult result, Footprint footprint, Findings findings) {
    return of(result, footprint, threeGaps(footprint, result), findings);
  }

  /**
   * The pack content for one footprint.
   *
   * @param result the engine's result for the footprint
   * @param footprint the footprint the result was computed from (names and descriptions)
   * @param threeGaps the stp-metrics summary of its indicators, with the engine's final-year positions
   * @param findings the findings of reading the footprint (the engine's and the summary's are added,
   *     each distinct finding once)
   * @return the content
   */
  public static PackContent of(FootprintResult result, Footprint footprint, ThreeGapsSummary threeGaps,
      Findings findings) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(threeGaps, "three-gaps summary");
    PlanPeriod period = result.period();
    FinancialYear last = period.lastYear();
    BridgeView bridge = bridge(result.health(), footprint, period, "healthcare",
        "Do-nothing healthcare position", "Do-something healthcare position", "");
    List<BridgeView> socialCare = new ArrayList<>();
    for (BridgeResult b : result.socialCare()) {
      String la = organisationName(footprint, b.scope().code());
      socialCare.add(bridge(b, footprint, period, "social care, " + la, "Do-nothing social care position",
          "Do-something social care position", "Social care bridge: " + la));
    }

    List<ValidationFinding> all = distinct(findings == null ? List.of() : findings.all(),
        result.findings().all(), threeGaps.findings());

    return new PackContent(
        result.footprintName() + " STP: summary pack",
        "Footprint " + result.footprintNumber() + ", " + result.region().label() + ": the three gaps, the financial"
            + " bridge " + period.firstYear() + " to " + last + ", sensitivities, solutions and indicators",
        cover(footprint),
        tiles(threeGaps),
        bridge,
        socialCare,
        positions(result),
        planCosts(result.planCosts(), period),
        sensitivities(result.sensitivities(), footprint, period),
        solutions(result.solutions(), period),
        activity(result.activity(), period),
        indicators(threeGaps),
        risk(result.risk(), result.health(), period),
        Optional.empty(),
        Findings.of(all).all(),
        notes(result, footprint),
        RoundingPolicy.STATEMENT,
        keyRisks(footprint, result, null));
  }

  /**
   * The key risks page: each risk of the footprint's register with its words, and the engine's figures for
   * what its linked solutions and drivers carry in the final plan year ({@link KeyRiskExposures}).
   *
   * @param footprint the footprint (its register)
   * @param result the engine's result for it
   * @param monteCarlo a Monte Carlo run of the same footprint, or {@code null} (no spread shares then)
   * @return the view (no rows when the footprint has no key risks)
   */
  public static KeyRisksView keyRisks(Footprint footprint, FootprintResult result, MonteCarloResult monteCarlo) {
    Objects.requireNonNull(footprint, "footprint");
    Objects.requireNonNull(result, "result");
    List<KeyRisksView.Row> rows = new ArrayList<>();
    int n = 1;
    for (KeyRiskExposure e : KeyRiskExposures.of(footprint, result, monteCarlo)) {
      KeyRisk k = e.risk();
      rows.add(new KeyRisksView.Row(n++, k.title(), k.description(), k.mitigatingActions(),
          k.externalDependencies(), k.owner(), k.likelihood(), k.impact(), e.solutions(), e.drivers(),
          e.netFinalYear(), e.haircutFinalYear(), e.riskAdjustedFinalYear(), e.spreadShare()));
    }
    String last = result.period().lastYear().toString();
    String note = "Money: the linked solutions' net saving in " + last + " as the bridge has it, and what the"
        + " maturity realisation factors of the risk-adjusted bridge already take off it (social care solutions"
        + " are not risk-adjusted). Spread: each uncertain input's contribution to the Monte Carlo's " + last
        + " do-something variance (its squared correlation with it, scaled so that all inputs add to 100%),"
        + " summed over the risk's linked solutions' delivery and linked drivers' shifts, so the risks' shares"
        + " never add to more than the whole."
        + (monteCarlo == null ? " No Monte Carlo was run for this pack (run the report with --draws)." : "");
    return new KeyRisksView(last, rows, monteCarlo != null, note);
  }

  /**
   * Each finding once, the first seen kept: the engine re-validates the footprint, so its findings
   * repeat those of reading it, without the file name the reader adds.
   */
  @SafeVarargs
  static List<ValidationFinding> distinct(List<ValidationFinding>... lists) {
    Map<List<Object>, ValidationFinding> out = new LinkedHashMap<>();
    for (List<ValidationFinding> l : lists) {
      for (ValidationFinding f : l) {
        out.putIfAbsent(List.of(f.severity(), f.rule(), f.location().place(), f.expected(), f.found()), f);
      }
    }
    return List.copyOf(out.values());
  }

  static YearlyAmounts amounts(PlanPeriod period, ByYear values) {
    return values == null ? YearlyAmounts.empty() : YearlyAmounts.of(period.firstYear(), values.toArray());
  }

  static String organisationName(Footprint f, String code) {
    return f.organisations().stream().filter(o -> o.code().equals(code)).map(Organisation::name).findFirst()
        .orElse(code);
  }

  static Cover cover(Footprint f) {
    List<GapTile.Figure> facts = new ArrayList<>();
    facts.add(new GapTile.Figure("Footprint", f.number() + " " + f.name()));
    facts.add(new GapTile.Figure("Region", f.region().label()));
    if (!f.lead().isEmpty()) {
      facts.add(new GapTile.Figure("Lead", f.lead()));
    }
    facts.add(new GapTile.Figure("Plan years", f.period().firstYear() + " to " + f.period().lastYear()
        + " (base year " + f.period().baseYear() + ")"));
    facts.add(new GapTile.Figure("Organisations", String.valueOf(f.organisations().size())));
    List<String> orgs = f.organisations().stream().map(o -> o.name() + " (" + o.code() + ")").toList();
    return new Cover(f.name(), facts, orgs, f.notes());
  }

  /**
   * One bridge as the engine gives it: do-nothing, each solution's net, funding applied, total,
   * do-something, and the plan's printed total and do-something where the result carries them. The
   * footprint says only which years the plan prints (a printed row may cover only the final year); the
   * figures are the result's.
   */
  static BridgeView bridge(BridgeResult b, Footprint footprint, PlanPeriod period, String what,
      String doNothingLabel, String doSomethingLabel, String title) {
    List<MoneyRow> steps = new ArrayList<>();
    for (SolutionLine s : b.solutions()) {
      steps.add(MoneyRow.of(s.label(), RowKind.ITEM, amounts(period, s.net())));
    }
    for (FundingApplied f : b.funding()) {
      if (!f.committedNonRecurrent()) {
        steps.add(MoneyRow.of(f.name(), RowKind.FUNDING, amounts(period, f.amounts())));
      }
    }
    Optional<DoNothingTrajectory> printed = footprint.publishedDoNothing(b.scope().code());
    MoneyRow publishedTotal = b.publishedTotalSolutionValue() == null ? null
        : MoneyRow.of(AS_PUBLISHED + "total solution value", RowKind.PUBLISHED, printedYears(period,
            b.publishedTotalSolutionValue(), printed.map(DoNothingTrajectory::publishedTotalSolutionValueGbpK)));
    MoneyRow publishedDoSomething = b.publishedDoSomething() == null ? null
        : MoneyRow.of(AS_PUBLISHED + lowerFirst(doSomethingLabel), RowKind.PUBLISHED, printedYears(period,
            b.publishedDoSomething(), printed.map(DoNothingTrajectory::publishedDoSomethingGbpK)));
    String published = publishedTotal == null && publishedDoSomething == null ? ""
        : " '" + AS_PUBLISHED.substring(0, AS_PUBLISHED.length() - 2) + "' rows are the plan's own printed"
            + " figures, shown beside the engine's for comparison (the findings state any difference).";
    return new BridgeView(period.years(), period.lastYear(),
        MoneyRow.of(doNothingLabel, RowKind.POSITION, amounts(period, b.doNothing())), steps,
        MoneyRow.of("Total solution value", RowKind.TOTAL, amounts(period, b.totalSolutionValue())),
        MoneyRow.of(doSomethingLabel, RowKind.POSITION, amounts(period, b.doSomething())),
        publishedTotal, publishedDoSomething,
        "Bridge (" + what + "; a surplus positive, a deficit in brackets); solutions net of double counting. "
            + doNothingBasis(b.doNothingSource()) + published, title);
  }

  /**
   * The result's printed row in the years the plan prints (blank in the others); every year when the
   * footprint does not say.
   */
  static YearlyAmounts printedYears(PlanPeriod period, ByYear values, Optional<YearlyAmounts> printed) {
    YearlyAmounts all = amounts(period, values);
    if (printed.isEmpty() || printed.get().isEmpty()) {
      return all;
    }
    YearlyAmounts out = YearlyAmounts.empty();
    for (FinancialYear y : period.years()) {
      if (printed.get().has(y)) {
        out = out.with(y, all.get(y));
      }
    }
    return out;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String doNothingBasis(DoNothingSource source) {
    return switch (source) {
      case PUBLISHED -> "Do-nothing: the plan's published trajectory (the drivers-based projection is shown"
          + " beside it under 'Do-nothing and do-something').";
      case PUBLISHED_AND_DRIVERS -> "Do-nothing: the plan's published figure where it gives one, the"
          + " drivers-based projection in the other years.";
      case DRIVERS -> "Do-nothing: the drivers-based projection.";
    };
  }

  static PositionsView positions(FootprintResult r) {
    PlanPeriod p = r.period();
    BridgeResult h = r.health();
    String span = p.firstYear() + " to " + p.lastYear();
    List<MoneyRow> more = new ArrayList<>();
    more.add(MoneyRow.of("Do-nothing, drivers-based projection", RowKind.ITEM, amounts(p, h.driversDoNothing())));
    if (h.publishedDoNothing() != null) {
      more.add(MoneyRow.of("Published less drivers-based do-nothing", RowKind.ITEM, amounts(p, h.publishedLessDrivers())));
    }
    more.add(MoneyRow.of("Total solution value", RowKind.TOTAL, amounts(p, h.totalSolutionValue())));
    for (FundingApplied f : h.funding()) {
      if (f.committedNonRecurrent()) {
        more.add(MoneyRow.of("Committed, not in the bridge: " + f.name(), RowKind.FUNDING, amounts(p, f.amounts())));
      }
    }
    ControlTotals ct = r.controlTotals();
    if (ct != null) {
      more.add(MoneyRow.of("Sum of organisations' control totals", RowKind.TOTAL, amounts(p, ct.sum())));
      more.add(MoneyRow.of("Do-something less control totals", RowKind.ITEM, amounts(p, ct.planLessControlTotals())));
    }
    List<GapTile.Figure> figures = List.of(
        new GapTile.Figure("Normalised health position, " + p.baseYear() + " (£'000)",
            RoundingPolicy.formatGbpK(r.normalisedHealthSurplus())),
        new GapTile.Figure("Cumulative do-nothing, " + span + " (£'000)",
            RoundingPolicy.formatGbpK(h.cumulativeDoNothing())),
        new GapTile.Figure("Cumulative do-something, " + span + " (£'000)",
            RoundingPolicy.formatGbpK(h.cumulativeDoSomething())),
        new GapTile.Figure("Committed non-recurrent funding, " + span + " (£'000)",
            RoundingPolicy.formatGbpK(h.committedNonRecurrentFunding())),
        new GapTile.Figure("Deficit funding requirement (£'000)",
            RoundingPolicy.formatGbpK(h.deficitFundingRequirement())));
    return new PositionsView(p.years(),
        MoneyRow.of("Do-nothing", RowKind.POSITION, amounts(p, h.doNothing())),
        MoneyRow.of("Do-something", RowKind.POSITION, amounts(p, h.doSomething())), more, figures);
  }

  static List<MoneyRow> planCosts(PlanCosts c, PlanPeriod p) {
    if (c == null) {
      return List.of();
    }
    List<MoneyRow> out = new ArrayList<>();
    for (PlanCosts.Line l : c.transformationLines()) {
      out.add(MoneyRow.of(l.name() + " (cumulative)", RowKind.ITEM, amounts(p, l.amounts())));
    }
    out.add(MoneyRow.of("Transformation costs, cumulative", RowKind.TOTAL, amounts(p, c.transformationCumulative())));
    out.add(MoneyRow.of("Transformation costs in year (the STF transformation request)", RowKind.TOTAL,
        amounts(p, c.transformationInYear())));
    out.add(MoneyRow.of("Capital", RowKind.ITEM, amounts(p, c.capital())));
    return out;
  }

  static SensitivityView sensitivities(SensitivityResults s, Footprint f, PlanPeriod p) {
    FinancialYear last = p.lastYear();
    String note = "Each sensitivity is modelled on the drivers-based do-nothing, one at"
        + " a time; 'Published' is the plan's own printed figure for " + last + ", where it gives one. All"
        + " together: every sensitivity applied at once (the overlays interact, so it need not equal the sum).";
    if (s == null) {
      return new SensitivityView(last, List.of(), null, note);
    }
    Map<String, SensitivityImpact> byName = new LinkedHashMap<>();
    s.single().forEach(i -> byName.putIfAbsent(i.name(), i));
    List<SensitivityRow> rows = new ArrayList<>();
    for (String name : s.tornado()) {
      SensitivityImpact i = byName.remove(name);
      if (i != null) {
        rows.add(row(i, description(f, name), "modelled"));
      }
    }
    byName.values().forEach(i -> rows.add(row(i, description(f, i.name()), "modelled")));
    SensitivityRow combined = s.combined() == null ? null
        : row(s.combined(), "All of the above applied together", "modelled, all together");
    return new SensitivityView(last, rows, combined, note);
  }

  private static SensitivityRow row(SensitivityImpact i, String description, String basis) {
    return new SensitivityRow(i.name(), description, i.nhsImpact().last(), i.socialCareImpact().last(),
        i.publishedNhsFinalYear() == null ? Double.NaN : i.publishedNhsFinalYear(),
        i.publishedSocialCareFinalYear() == null ? Double.NaN : i.publishedSocialCareFinalYear(), basis);
  }

  private static String description(Footprint f, String name) {
    return f.sensitivities().stream().filter(x -> x.name().equals(name)).map(Sensitivity::description)
        .findFirst().orElse("");
  }

  static List<SolutionRow> solutions(List<SolutionLine> lines, PlanPeriod p) {
    return lines.stream().map(s -> new SolutionRow(s.number(),
        s.name() + (s.scope().isHealth() ? "" : " [" + s.scope() + "]"),
        s.category() == null ? "" : s.category().label(), s.maturity() == null ? "" : s.maturity().label(),
        amounts(p, s.net()), amounts(p, s.gross()), amounts(p, s.doubleCount()), s.basis().name(),
        amounts(p, s.ruleDifference())))
        .toList();
  }

  static Optional<ActivityView> activity(ActivityResult a, PlanPeriod p) {
    if (a == null || (a.byPod().isEmpty() && a.workforce().isEmpty() && a.baseCases() == 0)) {
      return Optional.empty();
    }
    List<ActivityView.Row> rows = new ArrayList<>();
    String beds = "Beds and inpatient cases";
    rows.add(new ActivityView.Row("Inpatient cases (elective, day case, non-elective)", beds, a.baseCases(),
        amounts(p, a.cases()), a.additionalCases(), true));
    rows.add(new ActivityView.Row(String.format(Locale.ROOT, "Beds at %.0f%% occupancy", a.targetOccupancy() * 100),
        beds, a.baseBeds(), amounts(p, a.beds()), a.additionalBeds(), true));
    for (ActivityResult.PodSpells s : a.byPod()) {
      rows.add(new ActivityView.Row(podLabel(s.pod()), "Activity by point of delivery", s.baseSpells(),
          amounts(p, s.spells()), Double.NaN, false));
    }
    for (ActivityResult.WorkforceLine w : a.workforce()) {
      rows.add(new ActivityView.Row(w.name(), "Workforce (whole-time equivalents)", w.baseWte(),
          amounts(p, w.wte()), w.additional(), false));
    }
    return Optional.of(new ActivityView(p.baseYear(), p.years(), rows,
        "Activity, beds and workforce projected with the do-nothing drivers (before"
            + " solutions). Beds = bed-days ÷ (365 × occupancy). 'Change' is the engine's additional cases, beds"
            + " and WTE in " + p.lastYear() + " over " + p.baseYear() + "."));
  }

  static String podLabel(PointOfDelivery pod) {
    return switch (pod) {
      case ELECTIVE -> "Elective spells";
      case DAY_CASE -> "Day cases";
      case NON_ELECTIVE -> "Non-elective spells";
      case A_AND_E -> "A&E attendances";
      case MINOR_INJURY -> "Minor injury unit attendances";
      case OUTPATIENT_FIRST -> "Outpatient first attendances";
      case OUTPATIENT_FOLLOW_UP -> "Outpatient follow-up attendances";
    };
  }

  static Optional<RiskView> risk(RiskResult r, BridgeResult health, PlanPeriod p) {
    if (r == null) {
      return Optional.empty();
    }
    List<MoneyRow> rows = new ArrayList<>();
    for (RiskResult.AdjustedSolution s : r.solutions()) {
      rows.add(MoneyRow.of(s.label() + " (" + (s.maturity() == null ? "" : s.maturity().label() + ": ")
          + realisation(s) + ")", RowKind.ITEM, amounts(p, s.riskAdjusted())));
    }
    rows.add(MoneyRow.of("Savings at risk (risk-adjusted less plan)", RowKind.TOTAL, amounts(p, r.riskAdjustedGap())));
    String span = p.firstYear() + " to " + p.lastYear();
    List<GapTile.Figure> figures = new ArrayList<>();
    for (Maturity m : Maturity.values()) {
      Double f = r.factors().get(m);
      if (f != null) {
        figures.add(new GapTile.Figure("Realisation factor: " + m.label(), percent(f)));
      }
    }
    figures.add(new GapTile.Figure("Cumulative do-something, " + span + " (£'000)",
        RoundingPolicy.formatGbpK(health.cumulativeDoSomething())));
    figures.add(new GapTile.Figure("Cumulative risk-adjusted do-something, " + span + " (£'000)",
        RoundingPolicy.formatGbpK(r.cumulativeRiskAdjusted())));
    return Optional.of(new RiskView(p.years(),
        MoneyRow.of("Do-something (plan)", RowKind.POSITION, amounts(p, r.doSomething())),
        MoneyRow.of("Risk-adjusted do-something", RowKind.POSITION, amounts(p, r.riskAdjustedDoSomething())),
        rows, figures,
        "Each health solution's saving is taken at its maturity's realisation factor (additional costs at"
            + " 100%); funding applied is unchanged."));
  }

  /**
   * How the engine took a solution: savings at the factor, additional costs at 100% (said by the signs
   * of its net by year, so a cost is never labelled "savings at 75%").
   */
  static String realisation(RiskResult.AdjustedSolution s) {
    boolean saving = false;
    boolean cost = false;
    for (double v : s.net().toArray()) {
      saving |= v > 0;
      cost |= v < 0;
    }
    String savings = "savings at " + percent(s.factor());
    if (cost && !saving) {
      return "an additional cost, at 100%";
    }
    return cost ? savings + ", additional costs at 100%" : savings;
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  /** The engine's notes, without the footprint's own notes that the cover already prints. */
  static List<String> notes(FootprintResult r, Footprint f) {
    List<String> out = new ArrayList<>();
    for (String n : r.notes()) {
      boolean onCover = n.startsWith(FOOTPRINT_NOTE) && f.notes().contains(n.substring(FOOTPRINT_NOTE.length()));
      if (!onCover && !n.equals(RoundingPolicy.STATEMENT)) {
        out.add(n);
      }
    }
    return out;
  }

  static List<GapTile> tiles(ThreeGapsSummary s) {
    List<GapTile> out = new ArrayList<>();
    for (GapSummary g : s.gaps()) {
      List<GapTile.Figure> figs = new ArrayList<>();
      Mark mark;
      String headline;
      if (g.gap() == Gap.FINANCE_AND_EFFICIENCY && g.finance() != null) {
        FinancePosition p = g.finance();
        figs.add(new GapTile.Figure("Do-nothing " + p.year() + " (£'000)", RoundingPolicy.formatGbpK(p.doNothingGbpThousands())));
        figs.add(new GapTile.Figure("Do-something " + p.year() + " (£'000)", RoundingPolicy.formatGbpK(p.doSomethingGbpThousands())));
        figs.add(new GapTile.Figure("Closed by the plan (£'000)", RoundingPolicy.formatGbpK(p.closedGbpThousands())));
        headline = p.gapClosed() ? "Gap closed by " + p.year() : "Gap not closed by " + p.year();
        mark = p.gapClosed() ? Mark.GREEN : Mark.RED;
      } else {
        int compared = g.worse() + g.similar() + g.better() + g.higher() + g.lower();
        if (g.missingStandard() > 0) {
          headline = g.missingStandard() + " of " + g.withStandard() + " standards missed";
          mark = Mark.RED;
        } else if (compared > 0) {
          headline = g.worse() + " worse, " + g.similar() + " similar, " + g.better() + " better than England";
          mark = g.worse() > 0 ? Mark.RED : g.similar() > 0 ? Mark.AMBER : Mark.GREEN;
        } else if (g.withStandard() > 0) {
          headline = "All " + g.withStandard() + " standards met";
          mark = Mark.GREEN;
        } else if (described(s, g.gap()) != null) {
          IndicatorAssessment a = described(s, g.gap());
          headline = g.indicators() + " values, none with an interval to test; " + a.value().areaName() + " "
              + describedText(a);
          mark = Mark.NONE;
        } else {
          headline = g.indicators() + " indicator values, none of them testable against England (the plan gives"
              + " them without counts or confidence intervals)";
          mark = Mark.NONE;
        }
      }
      figs.add(new GapTile.Figure("Indicator values assessed", String.valueOf(g.indicators())));
      figs.add(new GapTile.Figure("Worse / similar / better than England", g.worse() + " / " + g.similar() + " / " + g.better()));
      figs.add(new GapTile.Figure("Higher / lower (no judgement)", g.higher() + " / " + g.lower()));
      figs.add(new GapTile.Figure("Not compared with England", String.valueOf(g.notCompared())));
      figs.add(new GapTile.Figure("Standards missed", g.missingStandard() + " of " + g.withStandard()));
      for (IndicatorAssessment a : g.worstMisses()) {
        figs.add(new GapTile.Figure("Misses: " + a.definition().name() + " (" + a.value().areaName() + ")",
            fmt(a.estimate().value()) + " vs " + fmt(limit(a))));
      }
      out.add(new GapTile(g.gap().label(), headline, mark, figs));
    }
    return out;
  }

  /** The first of a gap's values described against the region or England (no interval to test), or null. */
  static IndicatorAssessment described(ThreeGapsSummary s, Gap gap) {
    for (IndicatorAssessment a : s.assessments()) {
      if (a.definition().gap() == gap && !a.tested()
          && (a.differenceFromRegion() != null || a.differenceFromEngland() != null)) {
        return a;
      }
    }
    return null;
  }

  /** "life expectancy at birth (male) 0.9 years above the West Midlands", the region preferred. */
  static String describedText(IndicatorAssessment a) {
    String name = a.definition().name().toLowerCase(Locale.ROOT);
    String sex = a.value().sex().equalsIgnoreCase("Persons") || name.contains("(" + a.value().sex().toLowerCase(Locale.ROOT) + ")")
        ? "" : " (" + a.value().sex().toLowerCase(Locale.ROOT) + ")";
    return name + sex + " " + (a.differenceFromRegion() != null ? a.differenceFromRegion().text()
        : a.differenceFromEngland().text());
  }

  static List<IndicatorRow> indicators(ThreeGapsSummary s) {
    List<IndicatorRow> out = new ArrayList<>();
    for (Gap gap : Gap.values()) {
      for (IndicatorAssessment a : s.assessments()) {
        if (a.definition().gap() != gap) {
          continue;
        }
        Interval ci = a.estimate().interval(ConfidenceLevel.NINETY_FIVE);
        BenchmarkOutcome o = a.comparedWithEngland();
        RagRating rag = a.standard().byInterval() == RagRating.NOT_ASSESSED ? a.standard().byValue() : a.standard().byInterval();
        out.add(new IndicatorRow(gap.label(), a.definition().name(), a.value().areaName(), a.value().period(),
            a.value().sex(), a.definition().unit(), nan(a.estimate().value()),
            ci == null ? Double.NaN : ci.lower(), ci == null ? Double.NaN : ci.upper(), nan(a.englandValue()),
            o.label(), mark(o), a.differenceFromEngland() == null ? "" : a.differenceFromEngland().text(),
            nan(limit(a)), rag.label(), mark(rag),
            a.region() == null ? "" : DerivedIndicators.benchmarkName(a.region().areaName()),
            a.differenceFromRegion() == null ? Double.NaN : a.differenceFromRegion().comparator(),
            a.region() == null ? "" : a.comparedWithRegion().label(), mark(a.comparedWithRegion()),
            a.differenceFromRegion() == null ? "" : a.differenceFromRegion().text()));
      }
    }
    return out;
  }

  private static Double limit(IndicatorAssessment a) {
    var st = a.definition().standard();
    if (st == null) {
      return null;
    }
    return st.lower() != null ? st.lower() : st.upper();
  }

  private static String fmt(Double v) {
    return v == null ? "–" : String.format(Locale.ROOT, "%.1f", v);
  }

  private static double nan(Double v) {
    return v == null ? Double.NaN : v;
  }

  static Mark mark(BenchmarkOutcome o) {
    return switch (o.direction()) {
      case BETTER -> Mark.GREEN;
      case SIMILAR -> Mark.AMBER;
      case WORSE -> Mark.RED;
      case HIGHER, LOWER -> Mark.BLUE;
      default -> Mark.NONE;
    };
  }

  static Mark mark(RagRating r) {
    return switch (r) {
      case GREEN -> Mark.GREEN;
      case AMBER -> Mark.AMBER;
      case RED -> Mark.RED;
      case NOT_ASSESSED -> Mark.NONE;
    };
  }
}
