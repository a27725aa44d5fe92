package org.stptoolkit.reports.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stptoolkit.model.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.RoundingPolicy;
import org.stptoolkit.model.YearlyAmounts;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.comparison.RagRating;
import org.stptoolkit.metrics.intervals.ConfidenceLevel;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.summary.FinancePosition;
import org.stptoolkit.metrics.summary.GapSummary;
import org.stptoolkit.metrics.summary.IndicatorAssessment;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;

/**
 * Reads a footprint, its finance figures and its findings into the pack's view. Selects and labels;
 * the figures are the model's, the engine's and stp-metrics' own.
 *
 * <p><b>Interim finance source.</b> Until the stp-finance engine's result type is available, the bridge
 * is read from the model's published inputs: the published HEALTH do-nothing trajectory, each HEALTH
 * solution's phased amounts and each HEALTH funding line applied in the bridge. The total and the
 * do-something rows are then the sums of those rows by year ({@link #interimSum}), the one place this
 * class adds numbers; it goes when the engine's result is read instead.
 */
public final class PackContents {

  /** England's area code, the benchmark the indicators are compared with. */
  public static final String ENGLAND = "E92000001";

  private PackContents() {}

  /**
   * The pack content for one footprint.
   *
   * @param footprint the footprint
   * @param findings its validation findings (from reading and validating it)
   * @return the content
   */
  public static PackContent of(Footprint footprint, Findings findings) {
    List<FinancialYear> years = footprint.period().years();
    FinancialYear last = footprint.period().lastYear();
    BridgeView bridge = bridge(footprint);
    PositionsView positions = new PositionsView(years,
        MoneyRow.of("Do-nothing", RowKind.POSITION, bridge.doNothing().gbpK()),
        MoneyRow.of("Do-something", RowKind.POSITION, bridge.doSomething().gbpK()),
        List.of(MoneyRow.of("Total solution value and funding", RowKind.TOTAL, bridge.total().gbpK())));

    List<IndicatorValue> area = footprint.indicators().stream().filter(v -> !ENGLAND.equals(v.areaCode())).toList();
    List<IndicatorValue> england = footprint.indicators().stream().filter(v -> ENGLAND.equals(v.areaCode())).toList();
    FinancePosition fin = new FinancePosition(last.toString(), bridge.doNothing().gbpK().get(last),
        bridge.doSomething().gbpK().get(last));
    var defs = new ArrayList<>(org.stptoolkit.metrics.catalogue.Indicators.all());
    defs.removeIf(d -> footprint.indicatorDefinitions().stream().anyMatch(x -> x.id().equals(d.id())));
    defs.addAll(footprint.indicatorDefinitions());
    ThreeGapsSummary summary = ThreeGapsSummary.of(area, defs, england, fin, 3);

    List<ValidationFinding> all = new ArrayList<>(findings.all());
    all.addAll(summary.findings());
    return new PackContent(
        footprint.name() + " STP: summary pack",
        "Footprint " + footprint.number() + ", " + footprint.region().label() + ": the three gaps, the financial"
            + " bridge " + footprint.period().firstYear() + " to " + last + ", sensitivities, solutions and indicators",
        cover(footprint),
        tiles(summary, last),
        bridge,
        positions,
        last,
        sensitivities(footprint, last),
        solutions(footprint),
        indicators(summary),
        Optional.empty(),
        Findings.of(all).all(),
        RoundingPolicy.STATEMENT);
  }

  /**
   * A footprint's line on a region or England page of the national pack: its final-year do-nothing and
   * do-something as its own pack prints them.
   *
   * @param footprint the footprint's pack content
   * @param detail e.g. "10, Midlands and East"
   * @return the member row
   */
  public static AreaView.MemberRow memberOf(PackContent footprint, String detail) {
    BridgeView b = footprint.bridge();
    FinancialYear y = b.chartYear();
    return new AreaView.MemberRow(footprint.cover().heading(), detail, b.doNothing().valueOrNaN(y),
        b.doSomething().valueOrNaN(y), "OK");
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
    List<String> orgs = f.organisations().stream().map(PackContents::orgLine).toList();
    return new Cover(f.name(), facts, orgs, f.notes());
  }

  private static String orgLine(Organisation o) {
    return o.name() + " (" + o.code() + ")";
  }

  static BridgeView bridge(Footprint f) {
    List<FinancialYear> years = f.period().years();
    String health = DoNothingTrajectory.HEALTH;
    Optional<DoNothingTrajectory> dn = f.publishedDoNothing(health);
    YearlyAmounts doNothing = dn.map(DoNothingTrajectory::surplusGbpK).orElse(YearlyAmounts.empty());
    List<MoneyRow> steps = new ArrayList<>();
    for (Solution s : f.solutions()) {
      if (health.equals(s.scope())) {
        steps.add(MoneyRow.of(s.label(), RowKind.ITEM, s.phasedGbpK()));
      }
    }
    for (FundingLine l : f.funding()) {
      if (health.equals(l.scope()) && !l.committedNonRecurrent()) {
        steps.add(MoneyRow.of(l.name(), RowKind.FUNDING, l.amountsGbpK()));
      }
    }
    YearlyAmounts total = interimSum(years, steps.stream().map(MoneyRow::gbpK).toList());
    List<YearlyAmounts> withDn = new ArrayList<>();
    withDn.add(doNothing);
    withDn.add(total);
    YearlyAmounts doSomething = interimSum(years, withDn);
    String basis = dn.map(t -> "Do-nothing: " + (t.source().isEmpty() ? "published trajectory" : t.source()) + ".")
        .orElse("");
    return new BridgeView(years, f.period().lastYear(),
        MoneyRow.of("Do-nothing healthcare deficit", RowKind.POSITION, doNothing), steps,
        MoneyRow.of("Total solution value", RowKind.TOTAL, total),
        MoneyRow.of("Do-something healthcare deficit", RowKind.POSITION, doSomething), basis);
  }

  /** Interim: the sum of rows by year, until the engine's result supplies totals. */
  static YearlyAmounts interimSum(List<FinancialYear> years, List<YearlyAmounts> rows) {
    YearlyAmounts out = YearlyAmounts.empty();
    for (FinancialYear y : years) {
      double s = 0;
      for (YearlyAmounts r : rows) {
        s += r.get(y);
      }
      out = out.with(y, s);
    }
    return out;
  }

  static List<SensitivityRow> sensitivities(Footprint f, FinancialYear year) {
    List<SensitivityRow> out = new ArrayList<>();
    for (Sensitivity s : f.sensitivities()) {
      double nhs = s.publishedNhsImpactGbpK().has(year) ? s.publishedNhsImpactGbpK().get(year) : Double.NaN;
      double sc = s.publishedSocialCareImpactGbpK().has(year) ? s.publishedSocialCareImpactGbpK().get(year) : Double.NaN;
      out.add(new SensitivityRow(s.name(), s.description(), nhs, sc, "published"));
    }
    return out;
  }

  static List<SolutionRow> solutions(Footprint f) {
    return f.solutions().stream().map(s -> new SolutionRow(s.number(),
        s.name() + (DoNothingTrajectory.HEALTH.equals(s.scope()) ? "" : " [" + s.scope() + "]"),
        s.category().label(), s.maturity().label(), s.phasedGbpK(), YearlyAmounts.empty(), YearlyAmounts.empty()))
        .toList();
  }

  static List<GapTile> tiles(ThreeGapsSummary s, FinancialYear last) {
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
        } else {
          headline = g.indicators() + " values; none could be compared with England";
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
            o.label(), mark(o), nan(limit(a)), rag.label(), mark(rag)));
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
    return v == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", v);
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
