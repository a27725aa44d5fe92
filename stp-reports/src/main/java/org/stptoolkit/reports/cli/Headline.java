package org.stptoolkit.reports.cli;

import java.io.PrintWriter;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.metrics.summary.GapSummary;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.RoundingPolicy;
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
    }
    out.println("  " + Gap.FINANCE_AND_EFFICIENCY.label() + ": do-nothing gap "
        + RoundingPolicy.formatGbpK(h.doNothing().last()) + " closed to "
        + RoundingPolicy.formatGbpK(h.doSomething().last()) + " by " + last);
    out.flush();
  }
}
