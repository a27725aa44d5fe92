package org.stptoolkit.metrics.fingertips;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.comparison.StandardComparison;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.trend.TrendPoint;
import org.stptoolkit.metrics.trend.TrendResult;
import org.stptoolkit.metrics.trend.TrendTest;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.ValueType;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * {@link FingertipsComparison#fill} for files too big to hold: the same columns filled with the same
 * figures, written row by row as the file is read a third time, so no row's text is held.
 *
 * <p>Three passes over the file: the first collects the parent area codes and the findings of reading;
 * the second fills each row's Value and limits (step 1), keeps the benchmark values (England's and the
 * parent areas' rows, by indicator, period, sex, age and category) and, for the trend test, each row's
 * year, value, 95% limits, count and denominator in primitive arrays (about 50 bytes a row, not the
 * row's text) with the series it belongs to; the third fills the comparison columns and writes each row
 * as it is read. Memory is therefore the benchmark rows, one small record per series and those 50 bytes
 * a row: a 1,000,000-row export fits a 256 MB heap (see BENCHMARKS.md), where holding the rows took
 * about 5 KB a row.
 *
 * <p>Findings are capped at {@value #MAX_PER_KIND} of each rule, with one more that counts the rest, so a
 * file with one mistake on every row gives a readable report.
 */
public final class FingertipsStreamComparison {

  /** The most findings of one rule kept; the rest are counted. */
  public static final int MAX_PER_KIND = 100;

  private FingertipsStreamComparison() {}

  /**
   * What a streamed comparison did.
   *
   * @param valid true when there was no ERROR and the output was written
   * @param findings what was found, at most {@value #MAX_PER_KIND} a rule, then a count of the rest
   * @param rows data rows read
   * @param valuesComputed rows whose Value was computed from Count and Denominator
   * @param comparisonsMade rows compared with England
   */
  public record Outcome(boolean valid, List<ValidationFinding> findings, long rows, long valuesComputed,
      long comparisonsMade) {
    /**
     * Copies the findings.
     *
     * @param valid true when there was no ERROR and the output was written
     * @param findings what was found, at most {@value #MAX_PER_KIND} a rule, then a count of the rest
     * @param rows data rows read
     * @param valuesComputed rows whose Value was computed from Count and Denominator
     * @param comparisonsMade rows compared with England
     */
    public Outcome {
      findings = List.copyOf(findings);
    }
  }

  /** Opens the output once the input is known to be valid (nothing is opened otherwise). */
  @FunctionalInterface
  public interface Output {
    /**
     * Writes the filled file through {@code body}, which writes every row to the writer it is given.
     *
     * @param body what writes every row to the writer it is given
     * @throws IOException if the file cannot be written
     */
    void write(Body body) throws IOException;
  }

  /** Writes the filled rows to a writer. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes everything to {@code out}.
     *
     * @param out where to write
     * @throws IOException if the writer fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Fills {@code input} and writes it through {@code output} when it has no ERROR.
   *
   * @param input the Fingertips export
   * @param options value type, multiplier, polarity and goal
   * @param output where the filled file goes; not called when the input has an ERROR
   * @return what was done and found
   * @throws IOException when the input cannot be read or the output written
   */
  public static Outcome fill(Path input, FillOptions options, Output output) throws IOException {
    String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
    Capped findings = new Capped();
    Set<String> parents = new HashSet<>();
    Parsed<FingertipsCsv.Layout> layout = FingertipsCsv.stream(input, r -> {
      if (!r.parentCode().isEmpty()) {
        parents.add(r.parentCode());
      }
    }, findings::add);
    if (!layout.isValid() || findings.errors > 0) {
      if (findings.total == 0) {
        layout.findings().all().forEach(findings::add);
      }
      return new Outcome(false, findings.all(), 0, 0, 0);
    }
    parents.add(FingertipsColumns.ENGLAND_AREA_CODE);
    Pass2 p2 = new Pass2(options, name, parents, findings);
    FingertipsCsv.stream(input, p2::accept, f -> { });
    if (findings.errors > 0) {
      return new Outcome(false, findings.all(), p2.rows, p2.computed, 0);
    }
    int[] start = new int[p2.seriesCount() + 1];
    for (int i = 0; i < p2.rows; i++) {
      start[p2.series[i] + 1]++;
    }
    for (int s = 0; s < p2.seriesCount(); s++) {
      start[s + 1] += start[s];
    }
    int[] order = new int[p2.rows];
    int[] fill = Arrays.copyOf(start, start.length);
    for (int i = 0; i < p2.rows; i++) {
      order[fill[p2.series[i]]++] = i;
    }
    long[] compared = new long[1];
    FingertipsCsv.Layout l = layout.orElseThrow();
    output.write(out -> {
      FingertipsCsv.writeHeader(out, l);
      int[] index = new int[1];
      FingertipsCsv.stream(input, r -> {
        int i = index[0]++;
        FingertipsRow filled = FingertipsComparison.fillRow(r, i, options, name, f -> { });
        FingertipsCsv.writeRow(out, compare(filled, i, options, p2, start, order, compared), l);
      }, f -> { });
      out.flush();
    });
    return new Outcome(true, findings.all(), p2.rows, p2.computed, compared[0]);
  }

  private static FingertipsRow compare(FingertipsRow r, int i, FillOptions options, Pass2 p2, int[] start,
      int[] order, long[] compared) {
    IndicatorDefinition def = options.definitionFor(r.indicatorId(), r.indicatorName());
    Estimate e = FingertipsComparison.estimateOf(r);
    String key = FingertipsComparison.key(r);
    String england = r.comparedToEngland();
    if (england.isEmpty() && !r.isEngland()) {
      BenchmarkOutcome o = benchmark(e, p2.benchmarks.get(key + "\u0000" + FingertipsColumns.ENGLAND_AREA_CODE),
          def, options.twoLevel());
      england = o.label();
      if (o != BenchmarkOutcome.NOT_COMPARED) {
        compared[0]++;
      }
    }
    String parent = r.comparedToParent();
    if (parent.isEmpty() && !r.isEngland() && !r.parentCode().isEmpty()) {
      parent = benchmark(e, p2.benchmarks.get(key + "\u0000" + r.parentCode()), def, options.twoLevel()).label();
    }
    String goal = r.comparedToGoal();
    if (goal.isEmpty() && def.standard() != null && e.ci95() != null) {
      goal = StandardComparison.byInterval(e.ci95(), def.standard()).label();
    }
    String trend = r.recentTrend();
    int s = p2.series[i];
    if (trend.isEmpty() && p2.latest[s] == i) {
      TrendResult t = trend(p2, start[s], start[s + 1], order, def);
      if (t != null) {
        trend = t.label();
      }
    }
    return r.withComparisons(trend, england, parent, goal);
  }

  private static BenchmarkOutcome benchmark(Estimate e, double[] benchmark, IndicatorDefinition def, boolean twoLevel) {
    if (benchmark == null || Double.isNaN(benchmark[0])) {
      return BenchmarkOutcome.NOT_COMPARED;
    }
    return twoLevel ? org.stptoolkit.metrics.comparison.BenchmarkComparison.compareTwoLevel(e, benchmark[0], def.polarity())
        : org.stptoolkit.metrics.comparison.BenchmarkComparison.compare(e, benchmark[0], def.polarity());
  }

  private static TrendResult trend(Pass2 p2, int from, int to, int[] order, IndicatorDefinition def) {
    List<TrendPoint> points = new java.util.ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      int i = order[k];
      if (p2.year[i] == NO_YEAR) {
        return null;
      }
      boolean counts = def.valueType() == ValueType.PROPORTION && !Double.isNaN(p2.count[i])
          && !Double.isNaN(p2.denominator[i]);
      points.add(new TrendPoint(p2.year[i], boxed(p2.value[i]), boxed(p2.lower95[i]), boxed(p2.upper95[i]),
          counts ? p2.count[i] : null, counts ? p2.denominator[i] : null));
    }
    return TrendTest.recentTrend(points, def.polarity());
  }

  private static Double boxed(double d) {
    return Double.isNaN(d) ? null : d;
  }

  private static double unboxed(Double d) {
    return d == null ? Double.NaN : d;
  }

  private static final int NO_YEAR = Integer.MIN_VALUE;

  /** The second pass: step 1 of each row, the benchmark values and the trend points. */
  private static final class Pass2 {
    final FillOptions options;
    final String name;
    final Set<String> benchmarkAreas;
    final Capped findings;
    final Map<String, double[]> benchmarks = new HashMap<>();
    final Map<String, Integer> seriesIds = new HashMap<>();
    int rows;
    long computed;
    int[] series = new int[1024];
    int[] year = new int[1024];
    double[] value = new double[1024];
    double[] lower95 = new double[1024];
    double[] upper95 = new double[1024];
    double[] count = new double[1024];
    double[] denominator = new double[1024];
    int[] latest = new int[1024];

    Pass2(FillOptions options, String name, Set<String> benchmarkAreas, Capped findings) {
      this.options = options;
      this.name = name;
      this.benchmarkAreas = benchmarkAreas;
      this.findings = findings;
    }

    int seriesCount() {
      return seriesIds.size();
    }

    void accept(FingertipsRow r) {
      int i = rows++;
      FingertipsRow f = FingertipsComparison.fillRow(r, i, options, name, findings::add);
      if (f != r && r.value() == null) {
        computed++;
      }
      if (benchmarkAreas.contains(f.areaCode())) {
        benchmarks.putIfAbsent(FingertipsComparison.key(f) + "\u0000" + f.areaCode(),
            new double[] {unboxed(f.value())});
      }
      if (i == series.length) {
        int n = series.length * 2;
        series = Arrays.copyOf(series, n);
        year = Arrays.copyOf(year, n);
        value = Arrays.copyOf(value, n);
        lower95 = Arrays.copyOf(lower95, n);
        upper95 = Arrays.copyOf(upper95, n);
        count = Arrays.copyOf(count, n);
        denominator = Arrays.copyOf(denominator, n);
      }
      Integer y = FingertipsComparison.year(f);
      int before = seriesIds.size();
      int s = seriesIds.computeIfAbsent(FingertipsComparison.seriesKey(f), k -> before);
      series[i] = s;
      year[i] = y == null ? NO_YEAR : y;
      value[i] = unboxed(f.value());
      lower95[i] = unboxed(f.lower95());
      upper95[i] = unboxed(f.upper95());
      count[i] = unboxed(f.count());
      denominator[i] = unboxed(f.denominator());
      if (s == latest.length) {
        latest = Arrays.copyOf(latest, latest.length * 2);
      }
      if (s == before) {
        latest[s] = i; // the first row of a series is its latest until a row of a later year comes
      } else {
        int last = latest[s];
        if (year[i] != NO_YEAR && year[last] != NO_YEAR && year[i] > year[last]) {
          latest[s] = i;
        }
      }
    }
  }

  /** Findings kept up to {@value #MAX_PER_KIND} a rule and severity, the rest counted. */
  private static final class Capped {
    private final List<ValidationFinding> kept = new java.util.ArrayList<>();
    private final Map<String, Integer> perKind = new java.util.LinkedHashMap<>();
    private final Map<String, ValidationFinding> firstOfKind = new HashMap<>();
    long errors;
    long total;

    void add(ValidationFinding f) {
      total++;
      if (f.isError()) {
        errors++;
      }
      String kind = f.severity() + " " + f.rule();
      int n = perKind.merge(kind, 1, Integer::sum);
      firstOfKind.putIfAbsent(kind, f);
      if (n <= MAX_PER_KIND) {
        kept.add(f);
      }
    }

    List<ValidationFinding> all() {
      List<ValidationFinding> out = new java.util.ArrayList<>(kept);
      perKind.forEach((kind, n) -> {
        if (n > MAX_PER_KIND) {
          ValidationFinding first = firstOfKind.get(kind);
          out.add(new ValidationFinding(first.severity(), Findings.MORE,
              org.stptoolkit.model.validation.Location.of(first.location().file()), "",
              String.format(java.util.Locale.ROOT, "%,d more %s findings of rule %s, not listed", n - MAX_PER_KIND,
                  first.severity(), first.rule())));
        }
      });
      return out;
    }
  }
}
