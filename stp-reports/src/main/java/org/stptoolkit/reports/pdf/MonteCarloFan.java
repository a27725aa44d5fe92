package org.stptoolkit.reports.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloWords;
import org.stptoolkit.finance.montecarlo.Percentile;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * Reads a Monte Carlo result into the pack's fan chart: the headline node's do-something percentiles
 * by year (whatever percentiles the run reported, lowest first), its probability of balance, and the
 * plan's deterministic do-something from the engine's result for reference.
 *
 * <pre>{@code
 * MonteCarloResult mc = MonteCarlo.run(footprint, MonteCarloSpec.typical(100_000, 42));
 * PackContent content = PackContents.of(result, footprint, findings).withMonteCarlo(MonteCarloFan.of(mc, result));
 * }</pre>
 */
public final class MonteCarloFan {

  /** How many of the largest sources of variance are listed. */
  public static final int VARIANCE_DRIVERS = 5;

  private MonteCarloFan() {}

  /**
   * The fan chart of a footprint's run.
   *
   * @param mc the Monte Carlo result (its first node is the footprint)
   * @param result the engine's deterministic result for the same footprint
   * @return the fan view
   * @throws IllegalArgumentException when the run reported no percentiles or covers other years
   */
  public static FanView of(MonteCarloResult mc, FootprintResult result) {
    Objects.requireNonNull(mc, "Monte Carlo result");
    Objects.requireNonNull(result, "result");
    PlanPeriod p = result.period();
    if (!mc.years().equals(p.labels())) {
      throw new IllegalArgumentException("the Monte Carlo run covers " + mc.years() + ", the result "
          + p.labels() + "; run both on the same footprint");
    }
    MonteCarloResult.Node node = mc.headline();
    List<Map.Entry<Percentile, ByYear>> ps = new ArrayList<>(node.doSomething().percentiles().entrySet());
    if (ps.isEmpty()) {
      throw new IllegalArgumentException("the Monte Carlo run reported no percentiles");
    }
    ps.sort(Map.Entry.comparingByKey());
    List<MoneyRow> rows = new ArrayList<>();
    for (Map.Entry<Percentile, ByYear> e : ps) {
      rows.add(MoneyRow.of(e.getKey().name().toUpperCase(Locale.ROOT), RowKind.ITEM, amounts(p, e.getValue())));
    }
    List<GapTile.Figure> figures = new ArrayList<>();
    figures.add(new GapTile.Figure("Draws", String.format(Locale.ROOT, "%,d", mc.draws())));
    figures.add(new GapTile.Figure("Random-number start (repeats the run exactly)", Long.toString(mc.seed())));
    mc.varianceDrivers().stream().limit(VARIANCE_DRIVERS).forEach(v -> figures.add(new GapTile.Figure(
        "Contribution to " + p.lastYear() + " variance: " + v.inWords(), MonteCarloWords.percent(v.contribution()))));
    return new FanView(p.years(), rows,
        MoneyRow.of("Do-something (plan)", RowKind.POSITION, PackContents.amounts(p, result.health().doSomething())),
        amounts(p, node.probabilityOfBalance()), figures,
        "Monte Carlo of the do-something position: " + node.name() + ". Contribution to variance: each"
            + " uncertain input's squared correlation with the " + p.lastYear() + " position, scaled so that all"
            + " inputs add to 100% (a ranking; exact only for independent inputs). " + mc.percentileError(),
        MonteCarloWords.headline(mc, 0));
  }

  private static YearlyAmounts amounts(PlanPeriod p, ByYear v) {
    return PackContents.amounts(p, v);
  }
}
