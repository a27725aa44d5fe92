package org.stptoolkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.stptoolkit.model.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.RoundingPolicy;
import org.stptoolkit.model.YearlyAmounts;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.reports.pdf.AreaView;
import org.stptoolkit.reports.pdf.MoneyRow;
import org.stptoolkit.reports.pdf.NationalPack;
import org.stptoolkit.reports.pdf.PackContent;
import org.stptoolkit.reports.pdf.PackContents;
import org.stptoolkit.reports.pdf.PdfPack;
import org.stptoolkit.reports.pdf.PositionsView;
import org.stptoolkit.reports.pdf.RowKind;

/**
 * The PDF summary pack: one footprint's pack (content gathered with {@code PackContents.of} and
 * rendered), and the national pack (England page, one page per region, every footprint's pack) of the
 * footprints. Target: the national pack of 44 in under 3 s.
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
  List<Findings> findings;
  PdfPack pdf;

  /** Generates and validates the nation. */
  @Setup(Level.Trial)
  public void setUp() {
    nation = new ArrayList<>(Nations.footprints(footprints));
    findings = new ArrayList<>();
    for (Footprint fp : nation) {
      findings.add(FootprintValidator.DEFAULT.validate(fp));
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
    Footprint fp = nation.get(0);
    return pdf.footprint(PackContents.of(StpEngine.DEFAULT.run(fp), fp, findings.get(0))).length;
  }

  /**
   * The national pack of every footprint.
   *
   * @return the PDF's length in bytes
   */
  @Benchmark
  public int nationalPack() {
    List<PackContent> contents = new ArrayList<>(nation.size());
    for (int i = 0; i < nation.size(); i++) {
      Footprint fp = nation.get(i);
      contents.add(PackContents.of(StpEngine.DEFAULT.run(fp), fp, findings.get(i)));
    }
    return pdf.national(national(nation, contents)).length;
  }

  /** England and region pages: members' rows and summed positions, as a national run would give them. */
  static NationalPack national(List<Footprint> nation, List<PackContent> contents) {
    Map<String, List<AreaView.MemberRow>> byRegion = new TreeMap<>();
    Map<String, double[][]> sums = new TreeMap<>();
    List<FinancialYear> years = nation.get(0).period().years();
    double[][] england = new double[2][years.size()];
    for (int i = 0; i < nation.size(); i++) {
      Footprint fp = nation.get(i);
      PackContent c = contents.get(i);
      String region = fp.region().label();
      byRegion.computeIfAbsent(region, k -> new ArrayList<>())
          .add(PackContents.memberOf(c, fp.number() + ", " + region));
      double[][] s = sums.computeIfAbsent(region, k -> new double[2][years.size()]);
      for (int y = 0; y < years.size(); y++) {
        double dn = c.bridge().doNothing().gbpK().get(years.get(y));
        double ds = c.bridge().doSomething().gbpK().get(years.get(y));
        s[0][y] += dn;
        s[1][y] += ds;
        england[0][y] += dn;
        england[1][y] += ds;
      }
    }
    FinancialYear last = years.get(years.size() - 1);
    List<AreaView> regions = new ArrayList<>();
    List<AreaView.MemberRow> englandRows = new ArrayList<>();
    for (var e : byRegion.entrySet()) {
      double[][] s = sums.get(e.getKey());
      regions.add(new AreaView(e.getKey(), positions(years, s), "Footprint", last, e.getValue(), List.of()));
      englandRows.add(new AreaView.MemberRow(e.getKey(), e.getValue().size() + " footprints",
          s[0][years.size() - 1], s[1][years.size() - 1], "OK"));
    }
    AreaView englandPage = new AreaView("England", positions(years, england), "Region", last, englandRows,
        List.of());
    return new NationalPack("National pack (benchmark)", "Synthetic nation", englandPage, regions, contents,
        List.of(), RoundingPolicy.STATEMENT);
  }

  private static PositionsView positions(List<FinancialYear> years, double[][] s) {
    FinancialYear first = years.get(0);
    return new PositionsView(years, MoneyRow.of("Do-nothing", RowKind.POSITION, YearlyAmounts.of(first, s[0])),
        MoneyRow.of("Do-something", RowKind.POSITION, YearlyAmounts.of(first, s[1])), List.of());
  }
}
