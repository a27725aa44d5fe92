package org.stptoolkit.reports.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.RoundingPolicy;

/**
 * The pack's first page, for a board: the three gaps in a line each with their status, the bridge in one
 * chart, the risk-adjusted position and the chance of breaking even, and three things the board must
 * decide or watch. Worded from the pack's own content ({@link #of}), so every figure on it is a figure
 * printed, the same, in the sections after it.
 *
 * @param heading the footprint's name
 * @param gaps one line per gap, with its status colour
 * @param bridge the health bridge, drawn as the waterfall
 * @param risk the risk-adjusted position and the Monte Carlo headline, in words
 * @param board three things the board must decide or watch
 */
public record ExecutiveSummary(String heading, List<GapLine> gaps, BridgeView bridge, List<String> risk,
    List<String> board) {

  /**
   * One gap on the summary page.
   *
   * @param gap the gap's name
   * @param status its status in a line
   * @param mark its colour
   */
  public record GapLine(String gap, String status, Mark mark) {
    /**
     * Validates the fields.
     *
     * @param gap the gap's name
     * @param status its status in a line
     * @param mark its colour
     */
    public GapLine {
      Objects.requireNonNull(gap, "gap");
      Objects.requireNonNull(status, "status");
      mark = mark == null ? Mark.NONE : mark;
    }
  }

  /**
   * Validates and copies.
   *
   * @param heading the footprint's name
   * @param gaps one line per gap, with its status colour
   * @param bridge the health bridge, drawn as the waterfall
   * @param risk the risk-adjusted position and the Monte Carlo headline, in words
   * @param board three things the board must decide or watch
   */
  public ExecutiveSummary {
    heading = heading == null ? "" : heading;
    gaps = List.copyOf(gaps);
    Objects.requireNonNull(bridge, "bridge");
    risk = List.copyOf(risk);
    board = List.copyOf(board);
  }

  /**
   * The summary of a pack's content.
   *
   * @param p the content
   * @return the summary
   */
  public static ExecutiveSummary of(PackContent p) {
    Objects.requireNonNull(p, "content");
    BridgeView b = p.bridge();
    FinancialYear y = b.chartYear();
    List<GapLine> gaps = new ArrayList<>();
    for (GapTile t : p.gaps()) {
      String status = t.headline();
      if (t.gap().startsWith("Finance")) {
        double dn = b.doNothing().valueOrNaN(y);
        double ds = b.doSomething().valueOrNaN(y);
        status = (Double.isFinite(ds) && ds >= 0 ? "closed: " : "not closed: ") + y + " goes from " + position(dn)
            + " without the plan to " + position(ds) + " with it (£'000)";
      }
      gaps.add(new GapLine(t.gap(), status, t.mark()));
    }
    List<String> risk = new ArrayList<>();
    p.risk().ifPresent(r -> {
      double adj = r.riskAdjusted().valueOrNaN(y);
      double plan = r.doSomething().valueOrNaN(y);
      risk.add("Risk-adjusted, with each solution's saving taken at what schemes of its maturity usually deliver, "
          + y + " is " + position(adj) + " (£'000), " + RoundingPolicy.formatGbpK(Math.abs(plan - adj))
          + (adj <= plan ? " worse" : " better") + " than the plan (" + position(plan) + ").");
    });
    if (p.monteCarlo().isPresent()) {
      risk.addAll(p.monteCarlo().get().inWords());
    } else {
      risk.add("The chance of breaking even was not estimated: the pack was written without a Monte Carlo"
          + " simulation (the report's --draws option adds one).");
    }
    return new ExecutiveSummary(p.cover().heading(), gaps, b, risk, board(p, y));
  }

  /** Three things to decide or watch: the largest saving, the savings at risk, the standards missed. */
  static List<String> board(PackContent p, FinancialYear y) {
    List<String> out = new ArrayList<>();
    double total = p.bridge().total().valueOrNaN(y);
    p.bridge().steps().stream()
        .filter(m -> m.kind() == RowKind.ITEM && Double.isFinite(m.valueOrNaN(y)) && m.valueOrNaN(y) > 0)
        .max(Comparator.comparingDouble(m -> m.valueOrNaN(y)))
        .ifPresent(m -> {
          String maturity = p.solutions().stream().filter(s -> (s.number() + " " + s.name()).equals(m.label()))
              .map(SolutionRow::maturity).filter(x -> !x.isEmpty()).findFirst()
              .map(x -> ", " + x.toLowerCase(java.util.Locale.ROOT)).orElse("");
          out.add("Decide how delivery of the largest saving, " + m.label() + " ("
              + RoundingPolicy.formatGbpK(m.valueOrNaN(y)) + " of the " + RoundingPolicy.formatGbpK(total)
              + " total solution value in " + y + maturity + "), is assured.");
        });
    p.risk().ifPresent(r -> r.rows().stream().filter(m -> m.kind() == RowKind.TOTAL).findFirst()
        .ifPresent(atRisk -> {
          double v = atRisk.valueOrNaN(y);
          if (Double.isFinite(v) && RoundingPolicy.roundGbpK(v) != 0) {
            out.add("Watch the " + RoundingPolicy.formatGbpK(Math.abs(v)) + " (£'000) of " + y + " savings at risk"
                + " from schemes not yet fully developed.");
          }
        }));
    for (GapTile t : p.gaps()) {
      if (t.gap().startsWith("Care") && t.mark() == Mark.RED) {
        List<String> misses = t.figures().stream().filter(f -> f.label().startsWith("Misses: "))
            .map(f -> f.label().substring("Misses: ".length())).toList();
        out.add("Watch care and quality: " + t.headline().toLowerCase(java.util.Locale.ROOT)
            + (misses.isEmpty() ? "" : " (" + String.join("; ", misses) + ")") + ".");
      }
    }
    if (out.size() < 3) {
      SensitivityView s = p.sensitivities();
      s.rows().stream().filter(r -> Double.isFinite(r.nhsGbpK()))
          .max(Comparator.comparingDouble(r -> Math.abs(r.nhsGbpK())))
          .ifPresent(r -> out.add("Watch " + r.name() + ": it would move the " + s.year() + " NHS position by "
              + RoundingPolicy.formatGbpK(r.nhsGbpK()) + " (£'000)."));
    }
    return out.size() > 3 ? out.subList(0, 3) : out;
  }

  /**
   * "a deficit of 285,402", "a surplus of 1,419", "break-even" (whole £'000).
   *
   * @param gbpK the position, £'000, a deficit negative
   * @return the words
   */
  public static String position(double gbpK) {
    if (!Double.isFinite(gbpK)) {
      return "not available";
    }
    long r = RoundingPolicy.roundGbpK(gbpK);
    if (r == 0) {
      return "break-even";
    }
    return (r < 0 ? "a deficit of " : "a surplus of ") + RoundingPolicy.formatGbpK(Math.abs(gbpK));
  }
}
