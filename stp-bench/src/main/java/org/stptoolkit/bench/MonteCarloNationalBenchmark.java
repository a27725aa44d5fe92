package org.stptoolkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.Footprint;

/**
 * A national Monte Carlo run as {@code stp national --draws N} does it: the 44-footprint nation,
 * {@code MonteCarloSpec.typical}, on every core, wall-clock time of one whole run (single shot, the way
 * an analyst waits for it). Target: 100,000 draws in under 10 s.
 *
 * <p>Run:
 * <pre>
 * java -jar stp-bench/target/benchmarks.jar MonteCarloNationalBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class MonteCarloNationalBenchmark {

  /** Draws of the run. */
  @Param({"4096", "100000"})
  public int draws;

  List<Footprint> nation;
  MonteCarloSpec spec;

  /** Generates the nation. */
  @Setup(Level.Trial)
  public void setUp() {
    nation = new ArrayList<>(Nations.footprints(44));
    spec = MonteCarloSpec.typical(draws, MonteCarloBenchmark.DRAW_SEED)
        .withThreads(Runtime.getRuntime().availableProcessors());
  }

  /**
   * One national run.
   *
   * @return England's mean final-year do-something, £'000
   */
  @Benchmark
  public double national() {
    return MonteCarlo.national(nation, spec).headline().doSomething().mean().last();
  }
}
