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
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.reports.workbook.EngineFigures;
import org.stptoolkit.reports.workbook.TemplateReader;
import org.stptoolkit.reports.workbook.TemplateWriter;

/**
 * Submission workbooks: written (one .xlsx per footprint, with the engine's figures, as bytes) and
 * imported back (read, checked and bound to the model), for one footprint and for the 44-footprint
 * nation. Targets: 44 workbooks written in under 5 s; 44 imported in under 5 s (single thread).
 *
 * <p>Run:
 * <pre>
 * java -jar stp-bench/target/benchmarks.jar WorkbookBenchmark -f 1 -wi 1 -i 3 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class WorkbookBenchmark {

  /** Footprints: 1 = the real example; 44 = England. */
  @Param({"1", "44"})
  public int footprints;

  List<Footprint> nation;
  List<EngineFigures> figures;
  List<byte[]> workbooks;

  /** Generates the nation, runs the engine and writes the workbooks to import. */
  @Setup(Level.Trial)
  public void setUp() {
    nation = new ArrayList<>(Nations.footprints(footprints));
    figures = new ArrayList<>();
    workbooks = new ArrayList<>();
    for (Footprint fp : nation) {
      EngineFigures f = EngineFigures.from(StpEngine.DEFAULT.run(fp));
      figures.add(f);
      workbooks.add(TemplateWriter.DEFAULT.write(fp, f));
    }
  }

  /**
   * Writes every footprint's workbook.
   *
   * @return total bytes written
   */
  @Benchmark
  public long write() {
    long bytes = 0;
    for (int i = 0; i < nation.size(); i++) {
      bytes += TemplateWriter.DEFAULT.write(nation.get(i), figures.get(i)).length;
    }
    return bytes;
  }

  /**
   * Imports every workbook.
   *
   * @return the number of organisations read back
   */
  @Benchmark
  public long importWorkbooks() {
    long orgs = 0;
    for (int i = 0; i < workbooks.size(); i++) {
      orgs += TemplateReader.DEFAULT.read("fp-" + i + ".xlsx", workbooks.get(i)).orElseThrow()
          .organisations().size();
    }
    return orgs;
  }
}
