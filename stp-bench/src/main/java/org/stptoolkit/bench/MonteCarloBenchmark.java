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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.Footprint;

/**
 * Monte Carlo draws per second on one thread, for the real example and the 44-footprint nation, against
 * {@link MonteCarloFloor} (the same random numbers and arithmetic in a bare loop). The set-up is
 * {@code MonteCarloSpec.typical}: two driver shifts (non-demographic growth and pay inflation, normal)
 * re-projecting the do-nothing in every draw, triangular delivery by maturity correlated within a
 * category (0.5). Target: the engine at 50% or more of the floor's draws per second.
 *
 * <p>One invocation is {@value #DRAWS} draws ({@code @OperationsPerInvocation}), so the score is draws
 * per second. The example runs on its deterministic result and resolved footprint made in
 * {@code @Setup}; the nation goes through the public {@code MonteCarlo.national}, which also runs the
 * deterministic engine on each of the 44 footprints inside every invocation (about a tenth of it; it
 * has no public entry point that takes prepared results).
 *
 * <p>Run:
 * <pre>
 * java -jar stp-bench/target/benchmarks.jar MonteCarloBenchmark -f 1 -wi 4 -i 3 -w 2s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class MonteCarloBenchmark {

  /** Draws per invocation: two blocks of the engine's 4,096. */
  public static final int DRAWS = 8_192;
  /** The seed of the draws. */
  public static final long DRAW_SEED = 42L;

  /** Footprints: 1 = the real example; 44 = England. */
  @Param({"1", "44"})
  public int footprints;

  List<Footprint> nation;
  FootprintResult result;
  ResolvedFootprint resolved;
  MonteCarloSpec spec;
  List<MonteCarloFloor.Model> models;
  MonteCarloFloor.Settings settings;
  MonteCarloFloor.Work work;

  /** Generates the nation, runs the deterministic engine and prepares the floor. */
  @Setup(Level.Trial)
  public void setUp() {
    nation = new ArrayList<>(Nations.footprints(footprints));
    spec = MonteCarloSpec.typical(DRAWS, DRAW_SEED).withThreads(1);
    List<FootprintResult> results = new ArrayList<>();
    for (Footprint fp : nation) {
      results.add(StpEngine.DEFAULT.run(fp));
    }
    resolved = ResolvedFootprint.of(nation.get(0));
    result = results.get(0);
    boolean national = footprints > 1;
    models = MonteCarloFloor.models(nation, results, spec, national);
    settings = MonteCarloFloor.settings(spec, models, national);
    work = new MonteCarloFloor.Work(models, settings, spec.relativeError());
  }

  /**
   * The engine's Monte Carlo.
   *
   * @return the mean final-year do-something of the headline (the footprint, or England), £'000
   */
  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double engine() {
    if (footprints == 1) {
      return MonteCarlo.run(result, resolved, spec).headline().doSomething().mean().last();
    }
    return MonteCarlo.national(nation, spec).headline().doSomething().mean().last();
  }

  /**
   * The floor.
   *
   * @return the mean final-year do-something of the headline, £'000
   */
  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double floor() {
    return MonteCarloFloor.run(models, settings, work);
  }
}
