/**
 * JMH benchmarks of the STP toolkit, run from {@code stp-bench/target/benchmarks.jar} (see
 * BENCHMARKS.md at the repository root), on the real Staffordshire &amp; Stoke-on-Trent example and on
 * synthetic nations of 44, 440 and 4,400 footprints ({@link org.stptoolkit.model.synthetic.SyntheticNation}).
 *
 * <ul>
 *   <li>{@link org.stptoolkit.bench.ProjectionBenchmark}: the engine's do-nothing projection, solutions
 *       and bridge against {@link org.stptoolkit.bench.FloorLoop}, a hand-written loop over plain
 *       {@code double[]} doing the same arithmetic with no model objects (the physical limit), so each
 *       report gives the ratio engine ÷ floor.</li>
 *   <li>{@link org.stptoolkit.bench.MonteCarloBenchmark}: Monte Carlo draws per second against
 *       {@link org.stptoolkit.bench.MonteCarloFloor}; {@link org.stptoolkit.bench.MonteCarloNationalBenchmark}:
 *       a whole national run of 100,000 draws.</li>
 *   <li>{@link org.stptoolkit.bench.FootprintRunBenchmark}: the whole engine run per footprint
 *       ({@code StpEngine.DEFAULT.run}).</li>
 *   <li>{@link org.stptoolkit.bench.WorkbookBenchmark}: submission workbooks written and imported.</li>
 *   <li>{@link org.stptoolkit.bench.PdfBenchmark}: the PDF pack of one footprint and the national pack.</li>
 *   <li>{@link org.stptoolkit.bench.FingertipsBenchmark}: Fingertips CSV parsed and compared, rows per
 *       second.</li>
 * </ul>
 *
 * <p>Each class states its protocol in its annotations and its exact run command in its javadoc. Inputs
 * are non-final {@code @State} fields built in {@code @Setup}; every benchmark returns its result so the
 * JIT cannot remove the work. Speed is never asserted in unit tests; {@code BenchmarksSmokeTest} runs
 * each benchmark once, briefly, so none of them can rot.
 */
package org.stptoolkit.bench;
