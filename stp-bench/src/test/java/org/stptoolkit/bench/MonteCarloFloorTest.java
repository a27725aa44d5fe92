package org.stptoolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.Footprint;

/** The Monte Carlo floor draws the engine's numbers: same seed, same mean of the headline's final year. */
class MonteCarloFloorTest {

  private static final double TOLERANCE = 1e-6;
  private static final int DRAWS = 5_000;

  private static double floorMean(List<Footprint> nation, List<FootprintResult> results, MonteCarloSpec spec,
      boolean national) {
    List<MonteCarloFloor.Model> models = MonteCarloFloor.models(nation, results, spec, national);
    MonteCarloFloor.Settings settings = MonteCarloFloor.settings(spec, models, national);
    return MonteCarloFloor.run(models, settings, new MonteCarloFloor.Work(models, settings, spec.relativeError()));
  }

  @Test
  void floorDrawsTheEnginesNumbersForTheExample() {
    List<Footprint> one = Nations.footprints(1);
    FootprintResult result = StpEngine.DEFAULT.run(one.get(0));
    MonteCarloSpec spec = MonteCarloSpec.typical(DRAWS, 7L).withThreads(1);
    double engine = MonteCarlo.run(result, ResolvedFootprint.of(one.get(0)), spec).headline().doSomething()
        .mean().last();
    assertThat(floorMean(one, List.of(result), spec, false)).isCloseTo(engine, within(TOLERANCE));
  }

  @Test
  void floorDrawsTheEnginesNumbersForTheNation() {
    List<Footprint> nation = Nations.footprints(44);
    List<FootprintResult> results = new ArrayList<>();
    nation.forEach(fp -> results.add(StpEngine.DEFAULT.run(fp)));
    MonteCarloSpec spec = MonteCarloSpec.typical(DRAWS, 7L).withThreads(1);
    double engine = MonteCarlo.national(nation, spec).headline().doSomething().mean().last();
    assertThat(floorMean(nation, results, spec, true)).isCloseTo(engine, within(TOLERANCE));
  }
}
