package org.stptoolkit.finance.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.aggregation.Measure;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Parsed;

/** The library-level national run: the same figures as the engine run footprint by footprint, on any executor. */
class NationalRunnerTest {

  private static final List<Footprint> NATION = SyntheticNation.generate(12, 2016L, 1);
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);
  private static final double TOLERANCE = 1e-6;

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @Test
  void projectsEveryFootprintAsTheEngineDoesInTheOrderGiven() {
    List<FootprintResult> results = NationalRunner.of(POOL).project(NATION, NationalRunner.Progress.NONE);
    assertThat(results).hasSize(NATION.size());
    for (int i = 0; i < NATION.size(); i++) {
      FootprintResult alone = StpEngine.DEFAULT.run(NATION.get(i));
      assertThat(results.get(i).footprintName()).isEqualTo(NATION.get(i).name());
      assertThat(results.get(i).health().doSomething()).isEqualTo(alone.health().doSomething());
      assertThat(results.get(i).health().doNothing()).isEqualTo(alone.health().doNothing());
    }
  }

  @Test
  void englandIsTheSumOfTheFootprintsAndTheMonteCarloIsTheSameOnAnyExecutor() {
    MonteCarloSpec spec = MonteCarloSpec.typical(3 * MonteCarlo.BLOCK + 10, 7L).withThreads(3);
    NationalResult onPool = NationalRunner.of(POOL).run(NATION, Optional.of(spec));
    NationalResult onCaller = NationalRunner.of(Runnable::run).run(NATION, Optional.of(spec.withThreads(1)));
    // England's do-something in the last plan year, summed here footprint by footprint.
    double sum = 0;
    for (Footprint f : NATION) {
      sum += StpEngine.DEFAULT.run(f).health().doSomething().last();
    }
    double england = onPool.england().measure(Measure.DO_SOMETHING).orElseThrow().last();
    assertThat(england).isCloseTo(sum, within(TOLERANCE * Math.abs(sum)));
    // The same seed gives the same draws whatever runs them: 3 threads on a pool, or the calling thread alone.
    MonteCarloResult a = onPool.monteCarlo().orElseThrow();
    MonteCarloResult b = onCaller.monteCarlo().orElseThrow();
    assertThat(a.nodes()).isEqualTo(b.nodes());
    assertThat(a.nodes()).hasSize(1 + (int) NATION.stream().map(Footprint::region).distinct().count() + NATION.size());
    assertThat(a.draws()).isEqualTo(spec.draws());
  }

  @Test
  void withoutAMonteCarloNoneIsRunAndEveryTaskRunsOnTheGivenExecutor() {
    AtomicInteger tasks = new AtomicInteger();
    NationalResult r = NationalRunner.of(task -> {
      tasks.incrementAndGet();
      task.run();
    }).run(NATION, Optional.empty());
    assertThat(r.monteCarlo()).isEmpty();
    assertThat(tasks.get()).isEqualTo(NATION.size());
    assertThat(r.results()).hasSize(NATION.size());
  }

  @Test
  void readsFilesInTheirOrderWithFindingsForABadOne(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>(SyntheticNation.write(dir, NATION.subList(0, 4), false));
    Path bad = java.nio.file.Files.writeString(dir.resolve("zz-bad.json"), "{\"number\": ");
    files.add(bad);
    List<Integer> seen = new ArrayList<>();
    List<Parsed<Footprint>> parsed = NationalRunner.of(POOL).read(files, dir, (done, total) -> seen.add(done));
    assertThat(parsed).hasSize(5);
    for (int i = 0; i < 4; i++) {
      assertThat(parsed.get(i).orElseThrow().number()).isEqualTo(NATION.get(i).number());
    }
    assertThat(parsed.get(4).isValid()).isFalse();
    assertThat(parsed.get(4).findings().all().get(0).toString()).contains("zz-bad.json");
    assertThat(seen).containsExactly(2, 3, 4, 5);
  }

  @Test
  void aRunNeedsFootprints() {
    assertThatThrownBy(() -> NationalRunner.of(POOL).run(List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one footprint");
  }

  @Test
  void readmeSnippetRuns() {
    // --- README snippet (44 footprints and 10,000 draws there) ---
    ExecutorService pool = Executors.newFixedThreadPool(4);
    NationalResult national = NationalRunner.of(pool)
        .run(SyntheticNation.generate(8, 2016L, 1), Optional.of(MonteCarloSpec.typical(2_000, 1L).withThreads(4)));
    national.england();
    // --- end ---
    pool.shutdown();
    assertThat(national.england().children()).isNotEmpty();
    assertThat(national.monteCarlo().orElseThrow().nodes().get(0).name()).isEqualTo("England");
  }
}
