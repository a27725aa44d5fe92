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
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;

/**
 * The whole engine run per footprint, as a national run does it on one thread:
 * {@code StpEngine.DEFAULT.run(footprint)} (validation, resolve, do-nothing, solutions, bridges,
 * sensitivities, activity, plan costs, control totals, the risk-adjusted bridge). No floor: the parts
 * beyond the projection and bridge are reported here so the national run's budget can be seen.
 *
 * <p>Run:
 * <pre>
 * java -jar stp-bench/target/benchmarks.jar FootprintRunBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class FootprintRunBenchmark {

  /** Footprints: 1 = the real example; 44 = England. */
  @Param({"1", "44"})
  public int footprints;

  List<Footprint> nation;

  /** Generates the nation. */
  @Setup(Level.Trial)
  public void setUp() {
    nation = new ArrayList<>(Nations.footprints(footprints));
  }

  /**
   * Runs the engine on every footprint.
   *
   * @return the sum of health do-something in the final plan year, £'000
   */
  @Benchmark
  public double run() {
    double sum = 0;
    for (Footprint fp : nation) {
      FootprintResult r = StpEngine.DEFAULT.run(fp);
      sum += r.health().doSomething().last();
    }
    return sum;
  }
}
