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
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.reports.pdf.NationalPacks;
import org.stptoolkit.reports.pdf.PackContents;
import org.stptoolkit.reports.pdf.PdfPack;

/**
 * The PDF summary pack: one footprint's pack (content gathered from the engine's result with
 * {@code PackContents.of} and rendered), and the national pack ({@code NationalPacks.of}: England page,
 * one page per region, every footprint's pack) of the footprints. The engine runs in {@code @Setup};
 * only the pack is measured. Target: the national pack of 44 in under 3 s.
 *
 * <p>Run:
 * <pre>
 * java -jar stp-bench/target/benchmarks.jar PdfBenchmark -f 1 -wi 1 -i 3 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class PdfBenchmark {

  /** Footprints in the national pack: 1 = the real example alone; 44 = England. */
  @Param({"1", "44"})
  public int footprints;

  List<Footprint> nation;
  List<FootprintResult> results;
  List<Findings> findings;
  PdfPack pdf;

  /** Generates and validates the nation and runs the engine on it (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    nation = new ArrayList<>(Nations.footprints(footprints));
    results = new ArrayList<>();
    findings = new ArrayList<>();
    for (Footprint fp : nation) {
      findings.add(FootprintValidator.DEFAULT.validate(fp));
      results.add(StpEngine.DEFAULT.run(fp));
    }
    pdf = PdfPack.openPdf();
  }

  /**
   * One footprint's pack (the first of the nation: the real example when {@code footprints} is 1).
   *
   * @return the PDF's length in bytes
   */
  @Benchmark
  public int footprintPack() {
    return pdf.footprint(PackContents.of(results.get(0), nation.get(0), findings.get(0))).length;
  }

  /**
   * The national pack of every footprint, as {@code stp national} makes it.
   *
   * @return the PDF's length in bytes
   */
  @Benchmark
  public int nationalPack() {
    List<NationalPacks.Run> runs = new ArrayList<>(nation.size());
    for (int i = 0; i < nation.size(); i++) {
      runs.add(NationalPacks.Run.of(nation.get(i), results.get(i), findings.get(i)));
    }
    return pdf.national(NationalPacks.of("England: STP summary pack (benchmark)", runs)).length;
  }
}
