package org.stptoolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once, briefly, in this JVM (no fork, no warm-up, one 50 ms iteration, the
 * smallest size: the example, 4,096 draws), so that none can rot. It checks that each ran and returned a score; it never asserts
 * speed. The workbook benchmarks, whose cold start (POI) is half the smoke run, run in
 * {@link WorkbookBenchmarksSmokeTest}, so that the two halves can run in the build's two test JVMs side by
 * side; this class runs every other benchmark the suite has, so a new one is smoked here by default.
 */
class BenchmarksSmokeTest {

  /** Every benchmark method of the suite, as JMH names them. */
  static final Set<String> EXPECTED = Set.of(
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

  /** What {@link WorkbookBenchmarksSmokeTest} runs (a JMH pattern), and this class leaves out. */
  static final String WORKBOOKS = "org\\.stptoolkit\\.bench\\.WorkbookBenchmark\\..*";

  @Test
  void everyBenchmarkButTheWorkbooksRunsOnceBriefly() throws RunnerException {
    assertThat(smoke(new OptionsBuilder().include("org\\.stptoolkit\\.bench\\..*").exclude(WORKBOOKS)))
        .isEqualTo(EXPECTED.stream().filter(b -> !b.matches(WORKBOOKS)).collect(Collectors.toCollection(TreeSet::new)));
  }

  /** Runs the benchmarks {@code selected} names once, briefly; checks each scored; returns their names. */
  static Set<String> smoke(ChainedOptionsBuilder selected) throws RunnerException {
    // JMH refuses to start while another JMH run on the machine holds /tmp/jmh.lock (a benchmark run by
    // someone else, or another build's smoke test, or the other half of this one); this run measures
    // nothing, so it need not wait for it
    System.setProperty("jmh.ignoreLock", "true");
    ChainedOptionsBuilder options = selected
        .param("footprints", "1")
        .param("draws", "4096")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .threads(1)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    Set<String> ran = new TreeSet<>();
    for (RunResult r : new Runner(options.build()).run()) {
      ran.add(r.getParams().getBenchmark());
      assertThat(r.getPrimaryResult().getScore()).as(r.getParams().getBenchmark()).isPositive();
    }
    return ran;
  }
}
