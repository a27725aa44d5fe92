package org.stptoolkit.finance.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.json.ResultJson;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.synthetic.SyntheticNation;

class MonteCarloTest {

  private static final Footprint EXAMPLE = Examples.staffordshireAndStokeOnTrent();
  private static final ResolvedFootprint RESOLVED = ResolvedFootprint.of(EXAMPLE);
  private static final FootprintResult RESULT = StpEngine.DEFAULT.run(RESOLVED);

  private static MonteCarloSpec degenerate(int draws) {
    Map<Maturity, Distribution> one = new HashMap<>();
    for (Maturity m : Maturity.values()) {
      one.put(m, Distribution.triangular(1, 1, 1));
    }
    return MonteCarloSpec.of(draws, 42).withThreads(3)
        .withDriverShifts(List.of(new MonteCarloSpec.DriverShift(Driver.NON_DEMOGRAPHIC_GROWTH, Distribution.fixed(0))))
        .withDeliveryByMaturity(one).withCategoryCorrelation(0.5);
  }

  @Test
  void degenerateDistributionsReproduceTheDeterministicBridgeExactly() {
    MonteCarloResult mc = MonteCarlo.run(RESULT, RESOLVED, degenerate(10_000));
    MonteCarloResult.Node h = mc.headline();
    for (Percentile p : List.of(Percentile.P10, Percentile.P50, Percentile.P90)) {
      assertThat(h.doSomething().percentiles().get(p)).isEqualTo(RESULT.health().doSomething());
      assertThat(h.doNothing().percentiles().get(p)).isEqualTo(RESULT.health().doNothing());
      assertThat(h.cumulativeDoSomething().percentiles().get(p)).isEqualTo(RESULT.health().cumulativeDoSomething());
    }
    assertThat(h.doSomething().mean()).isEqualTo(RESULT.health().doSomething());
    assertThat(h.doSomething().standardDeviation().sum()).isZero();
    assertThat(h.probabilityOfBalance().toArray()).containsExactly(0, 0, 0, 0, 1);
  }

  @Test
  void sumOfIndependentNormalDeliveriesHasTheAnalyticMeanAndVariance() {
    int draws = 200_000;
    double sigma = 0.2;
    Map<Integer, Distribution> delivery = new HashMap<>();
    double variance = 0;
    for (SolutionLine s : RESULT.health().solutions()) {
      delivery.put(s.index(), Distribution.normal(1, sigma));
      variance += Math.pow(s.net().last() * sigma, 2);
    }
    MonteCarloResult mc = MonteCarlo.run(RESULT, RESOLVED,
        MonteCarloSpec.of(draws, 7).withDeliveryBySolution(delivery));
    double expectedMean = RESULT.health().doSomething().last();
    double sd = Math.sqrt(variance);
    double mean = mc.headline().doSomething().mean().last();
    double sampleSd = mc.headline().doSomething().standardDeviation().last();
    // Sampling error the run reports: SE(mean) = sd/√N; SE(variance)/variance ≈ √(2/(N − 1)).
    assertThat(mean).isCloseTo(expectedMean, within(4 * sd / Math.sqrt(draws)));
    assertThat(sampleSd * sampleSd).isCloseTo(variance, within(4 * Math.sqrt(2.0 / (draws - 1)) * variance));
    // The median of a normal is its mean, within the sketch's error and sampling error.
    double p50 = mc.headline().doSomething().percentiles().get(Percentile.P50).last();
    assertThat(p50).isCloseTo(expectedMean, within(4 * 1.2533 * sd / Math.sqrt(draws) + mc.relativeError() * Math.abs(p50)));
  }

  @Test
  void sameSeedGivesTheSameAnswerOnOneAndManyThreads() {
    MonteCarloSpec spec = MonteCarloSpec.typical(30_000, 99);
    MonteCarloResult one = MonteCarlo.run(RESULT, RESOLVED, spec.withThreads(1));
    MonteCarloResult many = MonteCarlo.run(RESULT, RESOLVED, spec.withThreads(4));
    assertThat(many.threads()).isEqualTo(4);
    assertThat(many.headline()).isEqualTo(one.headline());
    assertThat(many.varianceDrivers()).isEqualTo(one.varianceDrivers());
    MonteCarloResult other = MonteCarlo.run(RESULT, RESOLVED, spec.withSeed(100).withThreads(4));
    assertThat(other.headline().doSomething().mean()).isNotEqualTo(one.headline().doSomething().mean());
  }

  @Test
  void keptDrawsAreTheSameOnAnyNumberOfThreadsAndAgreeWithTheSummary() {
    MonteCarloSpec spec = MonteCarloSpec.typical(9_000, 5).withKeepDraws(true);
    MonteCarloResult one = MonteCarlo.run(RESULT, RESOLVED, spec.withThreads(1));
    MonteCarloResult many = MonteCarlo.run(RESULT, RESOLVED, spec.withThreads(3));
    assertThat(many.kept()).isEqualTo(one.kept());
    double[] fin = one.kept().finalYearDoSomething().toArray();
    java.util.Arrays.sort(fin);
    double exactP90 = fin[(int) Math.ceil(0.9 * fin.length) - 1];
    double est = one.headline().doSomething().percentiles().get(Percentile.P90).last();
    assertThat(est).isCloseTo(exactP90, within(one.relativeError() * Math.abs(exactP90) + 1e-3));
  }

  @Test
  void typicalRunRanksTheLargestUncertainSavingsAsTheMainVarianceDrivers() {
    MonteCarloResult mc = MonteCarlo.run(RESULT, RESOLVED, MonteCarloSpec.typical(20_000, 1));
    assertThat(mc.varianceDrivers()).isNotEmpty();
    assertThat(mc.varianceDrivers().get(0).name()).isIn("delivery: 2 CIP/Workforce", "driver: Pay inflation",
        "driver: Non-demographic growth", "delivery: 12 Estates Strategy");
    assertThat(mc.varianceDrivers().get(0).label()).isIn("2 CIP/Workforce", "Pay inflation",
        "Non-demographic growth", "12 Estates Strategy");
    // Contributions add to 100% (the squared correlations of correlated inputs need not), ranked as the
    // squared correlations are, each the squared correlation over their sum.
    double contributions = mc.varianceDrivers().stream()
        .mapToDouble(MonteCarloResult.VarianceDriver::contribution).sum();
    assertThat(contributions).isCloseTo(1.0, within(0.001));
    double squared = mc.varianceDrivers().stream()
        .mapToDouble(MonteCarloResult.VarianceDriver::squaredCorrelation).sum();
    for (MonteCarloResult.VarianceDriver v : mc.varianceDrivers()) {
      assertThat(v.contribution()).isCloseTo(v.squaredCorrelation() / squared, within(1e-12));
    }
    double p10 = mc.headline().doSomething().percentiles().get(Percentile.P10).last();
    double p90 = mc.headline().doSomething().percentiles().get(Percentile.P90).last();
    assertThat(p10).isLessThan(p90);
    // Delivery below 100% on average, so the typical run's median is worse than the plan.
    assertThat(mc.headline().doSomething().percentiles().get(Percentile.P50).last()).isLessThan(RESULT.health().doSomething().last());
  }

  @Test
  void nationalRunAggregatesEnglandAsTheSumOfFootprintsAndRegions() {
    List<Footprint> fps = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 3, 1);
    MonteCarloResult mc = MonteCarlo.national(fps, degenerate(2_000));
    assertThat(mc.nodes().get(0).name()).isEqualTo("England");
    // England, the four regions, then each footprint in the order given.
    assertThat(mc.nodes()).hasSize(5 + fps.size());
    double expected = fps.stream().mapToDouble(f -> StpEngine.DEFAULT.run(f).health().doSomething().last()).sum();
    assertThat(mc.headline().doSomething().mean().last()).isCloseTo(expected, within(1e-6 * Math.abs(expected)));
    double regions = mc.nodes().subList(1, 5).stream().mapToDouble(n -> n.doSomething().mean().last()).sum();
    assertThat(regions).isCloseTo(expected, within(1e-6 * Math.abs(expected)));
    for (int i = 0; i < fps.size(); i++) {
      MonteCarloResult.Node node = mc.nodes().get(5 + i);
      assertThat(node.name()).isEqualTo(fps.get(i).name());
      // Degenerate: every draw is the plan, so the chance of balance is 1 or 0 by the plan's sign.
      double plan = StpEngine.DEFAULT.run(fps.get(i)).health().doSomething().last();
      assertThat(node.doSomething().mean().last()).isCloseTo(plan, within(1e-6 * Math.max(1, Math.abs(plan))));
      assertThat(node.probabilityOfBalance().last()).isEqualTo(plan >= 0 ? 1.0 : 0.0);
    }
  }

  @Test
  void resultJsonWithMonteCarloValidatesAgainstTheSchema() {
    MonteCarloResult mc = MonteCarlo.run(RESULT, RESOLVED, MonteCarloSpec.typical(5_000, 3).withKeepDraws(true)
        .withPercentiles(List.of(0.025, 0.1, 0.5, 0.9, 0.975)));
    JsonNode tree = ResultJson.toTree(RESULT, mc);
    assertThat(ResultJson.check(tree)).isEmpty();
    assertThat(tree.at("/monteCarlo/doSomething/p2.5")).hasSize(5);
    assertThat(tree.at("/monteCarlo/probabilityOfBalance")).hasSize(5);
  }

  @Test
  void blocksRunOnTheGivenExecutorAndTheCallingThreadWithTheSameNumbersAsOneThread() {
    // 5 blocks on 3 threads: waves of 3 and 2 blocks; the caller runs the first of each wave, so 2 + 1 tasks.
    MonteCarloSpec spec = MonteCarloSpec.typical(4 * MonteCarlo.BLOCK + 1, 11L).withThreads(3);
    java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      MonteCarloResult pooled = MonteCarlo.run(RESULT, RESOLVED, spec, MonteCarlo.Progress.NONE, task -> {
        tasks.incrementAndGet();
        pool.execute(task);
      });
      MonteCarloResult alone = MonteCarlo.run(RESULT, RESOLVED, spec.withThreads(1), MonteCarlo.Progress.NONE,
          Runnable::run);
      assertThat(tasks.get()).isEqualTo(3);
      assertThat(pooled.nodes()).isEqualTo(alone.nodes());
      assertThat(pooled.varianceDrivers()).isEqualTo(alone.varianceDrivers());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingExecutorFailsTheRunWithItsOwnException() {
    MonteCarloSpec spec = MonteCarloSpec.typical(2 * MonteCarlo.BLOCK, 11L).withThreads(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MonteCarlo.run(RESULT, RESOLVED, spec,
        MonteCarlo.Progress.NONE, task -> {
          throw new java.util.concurrent.RejectedExecutionException("pool shut down");
        })).isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
  }
}
