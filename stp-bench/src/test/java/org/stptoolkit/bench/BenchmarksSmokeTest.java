package org.stptoolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, briefly, in this JVM (no fork, no warm-up, one 50 ms iteration, the
 * smallest size: the example, 4,096 draws), so that none can rot. It checks that each ran and returned a score; it never asserts
 * speed.
 */
class BenchmarksSmokeTest {

  /** Every benchmark method of the suite, as JMH names them. */
  private static final Set<String> EXPECTED = Set.of(
      "org.stptoolkit.bench.ProjectionBenchmark.engine",
      "org.stptoolkit.bench.ProjectionBenchmark.engineProjectionOnly",
      "org.stptoolkit.bench.ProjectionBenchmark.floor",
      "org.stptoolkit.bench.FootprintRunBenchmark.run",
      "org.stptoolkit.bench.WorkbookBenchmark.write",
      "org.stptoolkit.bench.WorkbookBenchmark.importWorkbooks",
      "org.stptoolkit.bench.PdfBenchmark.footprintPack",
      "org.stptoolkit.bench.PdfBenchmark.nationalPack",
      "org.stptoolkit.bench.FingertipsBenchmark.rows800",
      "org.stptoolkit.bench.FingertipsBenchmark.rows15000",
      "org.stptoolkit.bench.MonteCarloBenchmark.engine",
      "org.stptoolkit.bench.MonteCarloBenchmark.floor",
      "org.stptoolkit.bench.MonteCarloNationalBenchmark.national");

  @Test
  void everyBenchmarkRunsOnceBriefly() throws RunnerException {
    // JMH refuses to start while another JMH run on the machine holds /tmp/jmh.lock (a benchmark run by
    // someone else, or another build's smoke test); this run measures nothing, so it need not wait for it
    System.setProperty("jmh.ignoreLock", "true");
    Options options = new OptionsBuilder()
        .include("org\\.stptoolkit\\.bench\\..*")
        .param("footprints", "1")
        .param("draws", "4096")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .threads(1)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Set<String> ran = new TreeSet<>();
    for (RunResult r : results) {
      ran.add(r.getParams().getBenchmark());
      assertThat(r.getPrimaryResult().getScore()).as(r.getParams().getBenchmark()).isPositive();
    }
    assertThat(ran).isEqualTo(new TreeSet<>(EXPECTED));
  }
}
