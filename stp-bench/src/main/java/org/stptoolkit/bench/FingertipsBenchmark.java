package org.stptoolkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stptoolkit.metrics.fingertips.FillOptions;
import org.stptoolkit.metrics.fingertips.FingertipsColumns;
import org.stptoolkit.metrics.fingertips.FingertipsComparison;
import org.stptoolkit.metrics.fingertips.FingertipsComparisonResult;
import org.stptoolkit.metrics.fingertips.FingertipsCsv;
import org.stptoolkit.metrics.fingertips.FingertipsTable;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.ValueType;

/**
 * {@code stp compare}'s work on a Fingertips CSV export, in rows per second: the text parsed
 * ({@code FingertipsCsv.parse}) and every computed column filled ({@code FingertipsComparison.fill}:
 * value and 95%/99.8% Wilson limits from Count and Denominator, comparison with England and with the
 * parent region, recent trend over five yearly points).
 *
 * <p>The rows are a proportion (x of n, × 100, high is good) for areas in 9 regions over five years,
 * with England and region rows for each year, counts like a national indicator's.
 *
 * <p>Throughput is per row ({@code @OperationsPerInvocation} is each table's row count, so the score is
 * rows per second), for a small table (800 rows) and a national one (15,000 rows). Run:
 * <pre>
 * java -jar stp-bench/target/benchmarks.jar FingertipsBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class FingertipsBenchmark {

  /** Area rows per year of the small table: 5 × (1 + 9 + 150) = 800 rows. */
  public static final int SMALL_AREAS = 150;
  /** Rows of the small table. */
  public static final int SMALL_ROWS = 800;
  /** Area rows per year of the large table: 5 × (1 + 9 + 2,990) = 15,000 rows. */
  public static final int LARGE_AREAS = 2_990;
  /** Rows of the large table. */
  public static final int LARGE_ROWS = 15_000;

  String small;
  String large;
  FillOptions options;

  /** Builds the CSV texts. */
  @Setup(Level.Trial)
  public void setUp() {
    options = FillOptions.of(ValueType.PROPORTION, 100, Polarity.HIGH_IS_GOOD);
    small = String.join("\n", csvLines(SMALL_AREAS, 2016L)) + "\n";
    large = String.join("\n", csvLines(LARGE_AREAS, 2016L)) + "\n";
  }

  /**
   * Parses and fills an 800-row table; the score is rows per second.
   *
   * @return rows filled plus findings (so nothing is dead)
   */
  @Benchmark
  @OperationsPerInvocation(SMALL_ROWS)
  public int rows800() {
    return parseAndFill(small, options);
  }

  /**
   * Parses and fills a 15,000-row table; the score is rows per second.
   *
   * @return rows filled plus findings (so nothing is dead)
   */
  @Benchmark
  @OperationsPerInvocation(LARGE_ROWS)
  public int rows15000() {
    return parseAndFill(large, options);
  }

  static int parseAndFill(String csv, FillOptions options) {
    FingertipsTable table = FingertipsCsv.parse(csv, "x.csv").orElseThrow();
    FingertipsComparisonResult r = FingertipsComparison.fill(table, options, "x");
    return r.table().rows().size() + r.findings().size();
  }

  /**
   * A Fingertips export of one proportion: a header, then for each of five years an England row, nine
   * region rows and {@code areas} area rows, Value and limits empty for the comparison to fill.
   *
   * @param areas area rows per year
   * @param seed the seed of the counts
   * @return the lines, header first
   */
  public static List<String> csvLines(int areas, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    out.add(String.join(",", FingertipsColumns.HEADERS_26));
    int regions = 9;
    double[] areaShare = new double[areas];
    double[] areaDenominator = new double[areas];
    for (int a = 0; a < areas; a++) {
      areaShare[a] = 0.6 + 0.3 * r.nextDouble();
      areaDenominator[a] = 2_000 + r.nextInt(200_000);
    }
    for (int year = 2011; year <= 2015; year++) {
      out.add(row("E92000001", "England", "", "", "Country", year, 0.75, 40_000_000, r));
      for (int g = 0; g < regions; g++) {
        out.add(row(String.format(Locale.ROOT, "E120000%02d", g + 1), "Region " + (g + 1), "E92000001", "England",
            "Region", year, 0.7 + 0.1 * g / regions, 4_000_000, r));
      }
      for (int a = 0; a < areas; a++) {
        int g = a % regions;
        out.add(row(String.format(Locale.ROOT, "E0%07d", a + 1), "Area " + (a + 1),
            String.format(Locale.ROOT, "E120000%02d", g + 1), "Region " + (g + 1), "County & UA", year,
            areaShare[a] + 0.005 * (year - 2011), areaDenominator[a], r));
      }
    }
    return out;
  }

  private static String row(String code, String name, String parentCode, String parentName, String type,
      int year, double share, double denominator, SplittableRandom r) {
    double n = Math.round(denominator * (0.95 + 0.1 * r.nextDouble()));
    double x = Math.round(n * Math.min(0.999, share));
    String[] c = new String[26];
    java.util.Arrays.fill(c, "");
    c[0] = "90999";
    c[1] = "Synthetic proportion (benchmark)";
    c[2] = parentCode;
    c[3] = parentName;
    c[4] = code;
    c[5] = name;
    c[6] = type;
    c[7] = "Persons";
    c[8] = "All ages";
    c[11] = String.valueOf(year);
    c[17] = String.valueOf((long) x);
    c[18] = String.valueOf((long) n);
    c[23] = year + "0000";
    return String.join(",", c);
  }
}
