package org.stptoolkit.reports.cli;

import java.io.PrintWriter;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.bridge.BridgeResult;
import java.util.Locale;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.summary.GapSummary;
import org.stptoolkit.metrics.summary.IndicatorAssessment;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.reports.pdf.PackContents;

/** The short headline commands print: final-year do-nothing and do-something, and the three gaps. */
final class Headline {
  private Headline() {}

  /** Prints the headline of one footprint's result. */
  static void print(PrintWriter out, Footprint fp, FootprintResult r) {
    BridgeResult h = r.health();
    String last = r.period().lastYear().toString();
    out.println(fp.name() + " (footprint " + fp.number() + ", " + fp.region().label() + "), "
        + r.period().firstYear() + " to " + last + ", £'000");
    out.println("  normalised " + fp.period().baseYear() + " health position  "
        + RoundingPolicy.formatGbpK(r.normalisedHealthSurplus()));
    out.println("  do-nothing " + last + "                    " + RoundingPolicy.formatGbpK(h.doNothing().last()));
    out.println("  do-something " + last + "                  " + RoundingPolicy.formatGbpK(h.doSomething().last()));
    out.println("  cumulative do-nothing / do-something   " + RoundingPolicy.formatGbpK(h.cumulativeDoNothing())
        + " / " + RoundingPolicy.formatGbpK(h.cumulativeDoSomething()));
    ThreeGapsSummary gaps = PackContents.threeGaps(fp, r);
    for (Gap g : new Gap[] {Gap.HEALTH_AND_WELLBEING, Gap.CARE_AND_QUALITY}) {
      GapSummary s = gaps.gap(g);
      out.println("  " + g.label() + ": " + s.indicators() + " indicators, " + s.worse() + " worse than England, "
          + s.similar() + " similar, " + s.better() + " better, " + s.notCompared()
          + " not compared (no interval or no England value); " + s.missingStandard() + " of "
          + s.withStandard() + " with a standard miss it");
      String example = comparison(gaps, g);
      if (!example.isEmpty()) {
        out.println("    for example " + example);
      }
    }
    out.println("  " + Gap.FINANCE_AND_EFFICIENCY.label() + ": do-nothing gap "
        + RoundingPolicy.formatGbpK(h.doNothing().last()) + " closed to "
        + RoundingPolicy.formatGbpK(h.doSomething().last()) + " by " + last);
    out.flush();
  }

  /**
   * One of a gap's values against its benchmark in words, the first tested one if any ("Smoking
   * prevalence in adults, Stoke-on-Trent 2015: 26.0 %, worse than England (95% interval 24.1 to 28.0)"),
   * else the first described one ("... 79.7 years, 0.9 years above the West Midlands; no interval, so a
   * description, not a significance test"); empty when none compares with anything.
   */
  static String comparison(ThreeGapsSummary gaps, Gap gap) {
    IndicatorAssessment described = null;
    for (IndicatorAssessment a : gaps.assessments()) {
      if (a.definition().gap() != gap || a.estimate().value() == null) {
        continue;
      }
      Interval ci = a.estimate().ci95();
      if (ci != null && a.comparedWithEngland() != BenchmarkOutcome.NOT_COMPARED) {
        return subject(a) + ", " + a.comparedWithEngland().label().toLowerCase(Locale.ROOT) + (a.comparedWithEngland()
            .direction() == BenchmarkOutcome.SIMILAR ? " to" : " than") + " England " + fmt(a.englandValue())
            + " (95% interval " + fmt(ci.lower()) + " to " + fmt(ci.upper()) + ")";
      }
      if (described == null && (a.differenceFromRegion() != null || a.differenceFromEngland() != null)) {
        described = a;
      }
    }
    if (described == null) {
      return "";
    }
    String text = described.differenceFromRegion() != null ? described.differenceFromRegion().text()
        : described.differenceFromEngland().text();
    return subject(described) + ", " + text + "; no interval, so a description, not a significance test";
  }

  private static String subject(IndicatorAssessment a) {
    String unit = a.definition().unit();
    String sex = a.value().sex().equalsIgnoreCase("Persons") || a.definition().name().toLowerCase(Locale.ROOT)
        .contains("(" + a.value().sex().toLowerCase(Locale.ROOT) + ")") ? "" : " (" + a.value().sex().toLowerCase(Locale.ROOT) + ")";
    return a.definition().name() + sex + ", " + a.value().areaName() + " " + a.value().period() + ": "
        + fmt(a.estimate().value()) + (unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit);
  }

  private static String fmt(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
  }
}
