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
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.internal.FinancialBridge;
import org.stptoolkit.finance.internal.DoNothingProjection;
import org.stptoolkit.finance.internal.Projection;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.finance.internal.SolutionEngine;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * The deterministic do-nothing projection, solutions (double counting removed) and financial bridge of
 * one footprint (the real example), of the 44-footprint synthetic nation, and of the ×10 and ×100
 * nations, against {@link FloorLoop}: the same arithmetic as a bare loop over {@code double[]}.
 *
 * <p>Both start from footprints resolved once in {@code @Setup} (the engine's {@code ResolvedFootprint},
 * the floor's {@link FloorLoop.Flat}), as {@code stp national} resolves each footprint once; the time is
 * for one pass over every footprint of the nation. {@code engine} calls
 * {@code DoNothingProjection.run}, {@code SolutionEngine.compute} and {@code FinancialBridge.compute}
 * exactly as {@code StpEngine.run} does; {@code floor} runs {@link FloorLoop#run}. Engine ÷ floor is the
 * cost of the engine's objects over the physical limit; engine time ÷ footprints shows how it scales.
 *
 * <p>What one operation does, on each side. {@code engine}: for each footprint, the do-nothing projection
 * of every unit (into the thread's working table), every cost pool's value by year, the health and each
 * local authority's position, every solution's rule, cap and draw from its pools (double count
 * removed), each scope's bridge (published do-nothing where given, solutions, funding, do-something,
 * cumulative sums, deficit funding requirement), the comparison of the plan's printed rows and the text
 * of those findings, and the immutable result objects (series checked finite). {@code floor}: the same
 * arithmetic in the same order over {@code double[]} with reused working arrays, including the
 * printed-row comparison and a finiteness check; no result objects, no finding text.
 *
 * <p>The heap: {@code -Xms6g -Xmx6g} holds the ×100 nation; {@code -Xmn256m} fixes the young generation
 * so that the memory the engine allocates in is reused from the first second of warm-up on. Without it
 * G1 starts with an eden of several GiB that one fork never fills, so every allocation touches memory
 * for the first time and pays the operating system's page fault (measured on 6 December 2026 in this
 * machine's virtual machine: about 12 µs of CPU per 4 KiB page, 67 faults per operation for the
 * projection alone at 44 footprints, ten times the work itself). A long-running process reuses its
 * young generation; the benchmark now does too. The floor allocates nothing and is not affected.
 *
 * <p>Warm-up matters here: the engine's methods go through slow intermediate JIT states for the first
 * 3–4 seconds (measured: 15–20 µs per footprint before, 1.2 µs after, for the projection alone), so use
 * at least 4 warm-up iterations of 2 s. Run with the annotations' protocol (5 × 2 s warm-up, 5 × 1 s
 * measured; about 4 minutes, with building the ×100 nation), as BENCHMARKS.md reports it:
 * <pre>
 * java -jar stp-bench/target/benchmarks.jar ProjectionBenchmark -p footprints=44,4400 -f 1 -wi 5 -w 2s -i 5 -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-Xmn256m"})
@State(Scope.Benchmark)
public class ProjectionBenchmark {

  /** Footprints: 1 = the real example; 44 = England; 440 = ×10; 4,400 = ×100. */
  @Param({"1", "44", "440", "4400"})
  public int footprints;

  List<ResolvedFootprint> resolved;
  List<FloorLoop.Flat> flat;
  FloorLoop.Scratch scratch;

  /** Generates the nation and resolves it for both sides. */
  @Setup(Level.Trial)
  public void setUp() {
    List<Footprint> nation = Nations.footprints(footprints);
    resolved = new ArrayList<>(nation.size());
    for (Footprint fp : nation) {
      resolved.add(ResolvedFootprint.of(fp));
    }
    flat = FloorLoop.flattenAll(nation);
    scratch = new FloorLoop.Scratch(flat);
  }

  /**
   * The engine: projection, solutions and bridges of every footprint.
   *
   * @return the sum of every scope's do-something in the final plan year, £'000
   */
  @Benchmark
  public double engine() {
    double sum = 0;
    for (ResolvedFootprint r : resolved) {
      List<ValidationFinding> findings = new ArrayList<>();
      Projection doNothing = DoNothingProjection.run(r);
      List<SolutionLine> solutions = SolutionEngine.compute(doNothing, findings);
      List<BridgeResult> bridges = FinancialBridge.compute(doNothing, solutions, findings);
      for (BridgeResult b : bridges) {
        sum += b.doSomething().last();
      }
    }
    return sum;
  }

  /**
   * The engine's projection alone (with the pools' values and the scopes' positions it keeps for the
   * bridge; no solutions, no bridge), to show where the time goes.
   *
   * @return the sum of every footprint's health do-nothing in the final year, £'000
   */
  @Benchmark
  public double engineProjectionOnly() {
    double sum = 0;
    for (ResolvedFootprint r : resolved) {
      sum += DoNothingProjection.run(r).health().last();
    }
    return sum;
  }

  /**
   * The floor: the same arithmetic over plain arrays, no allocation.
   *
   * @return a checksum of the bridge figures
   */
  @Benchmark
  public double floor() {
    double sum = 0;
    for (FloorLoop.Flat f : flat) {
      sum += FloorLoop.run(f, scratch);
    }
    return sum;
  }
}
