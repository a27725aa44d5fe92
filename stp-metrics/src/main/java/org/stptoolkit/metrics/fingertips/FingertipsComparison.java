package org.stptoolkit.metrics.fingertips;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.metrics.comparison.BenchmarkComparison;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.comparison.StandardComparison;
import org.stptoolkit.metrics.intervals.CiMethod;
import org.stptoolkit.metrics.intervals.ConfidenceIntervals;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.EstimateStatus;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.trend.TrendPoint;
import org.stptoolkit.metrics.trend.TrendResult;
import org.stptoolkit.metrics.trend.TrendTest;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.ValueType;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Fills a Fingertips table's computed columns — what {@code stp compare INPUT.csv} does.
 *
 * <ol>
 *   <li>Value and the four limits: for rows whose Value is empty, computed from Count and Denominator by
 *       the indicator's value type and multiplier ({@link ConfidenceIntervals}). A row whose Value is
 *       given but whose limits are empty gets limits from its counts when they give the same value. A
 *       given Value that differs from its counts by more than {@link #VALUE_TOLERANCE} units is a WARNING
 *       {@code FINGERTIPS_VALUE_MISMATCH} and is kept. A row that cannot be computed is an INFO
 *       {@code FINGERTIPS_NOT_COMPUTED} with the reason (zero denominator, missing count, …).</li>
 *   <li>"Compared to England value or percentiles": against the England row (Area Code E92000001) of the
 *       same indicator, time period, sex, age, category type and category ({@link BenchmarkComparison}).</li>
 *   <li>"Compared to &lt;parent&gt; …": against the row of the same key whose Area Code is this row's
 *       Parent Code.</li>
 *   <li>"Compared to goal": Green/Amber/Red by the 95% interval against the indicator's standard.</li>
 *   <li>"Recent Trend": on the latest row of each area's series (same indicator, area, sex, age and
 *       category) from its yearly points ({@link TrendTest}); the year is the first four digits of
 *       "Time period Sortable" (or of "Time period").</li>
 * </ol>
 * Cells that already hold text are left as they are; only empty cells are filled.
 */
public final class FingertipsComparison {
  /** Largest difference, in units, between a given Value and its counts that is treated as rounding. */
  public static final double VALUE_TOLERANCE = 0.05;

  private FingertipsComparison() {}

  /**
   * Fills the table. The work is linear in rows: each row's benchmark key and series key are built
   * once, the benchmark rows are looked up by (key, area code) in one map and each series' rows are
   * grouped by one pass over the table.
   *
   * @param table the table as read
   * @param options value type, multiplier, polarity and goal
   * @param fileName the file name for findings ("" when none)
   * @return the filled table and findings
   */
  public static FingertipsComparisonResult fill(FingertipsTable table, FillOptions options, String fileName) {
    return fill(table, options, fileName, null);
  }

  /**
   * Fills a table that holds some of a file's rows, naming each row in findings by its place in the file.
   *
   * @param table the rows kept from the file
   * @param options value type, multiplier, polarity and goal
   * @param fileName the file name for findings ("" when none)
   * @param dataRows for each row of {@code table}, its data row number in the file (1 for the row after
   *     the header), or {@code null} when the table is the whole file
   * @return the filled table and findings
   */
  public static FingertipsComparisonResult fill(FingertipsTable table, FillOptions options, String fileName,
      int[] dataRows) {
    if (dataRows != null && dataRows.length != table.rows().size()) {
      throw new IllegalArgumentException("one data row number per row is needed: " + table.rows().size()
          + " rows, " + dataRows.length + " numbers");
    }
    List<ValidationFinding> findings = new ArrayList<>();
    List<FingertipsRow> rows = new ArrayList<>(table.rows());
    int computed = 0;
    for (int i = 0; i < rows.size(); i++) {
      FingertipsRow r = rows.get(i);
      FingertipsRow filled = fillRow(r, dataRows == null ? i : dataRows[i] - 1L, options, fileName, findings::add);
      if (filled != r) {
        rows.set(i, filled);
        computed += r.value() == null ? 1 : 0;
      }
    }
    int n = rows.size();
    String[] benchmarkKeys = new String[n];
    Map<String, FingertipsRow> byKeyAndArea = new HashMap<>();
    for (int i = 0; i < n; i++) {
      benchmarkKeys[i] = key(rows.get(i));
      byKeyAndArea.putIfAbsent(benchmarkKeys[i] + "\u0000" + rows.get(i).areaCode(), rows.get(i));
    }
    Integer[] years = new Integer[n];
    String[] seriesKeys = new String[n];
    Map<String, List<Integer>> seriesRows = new HashMap<>();
    for (int i = 0; i < n; i++) {
      years[i] = year(rows.get(i));
      seriesKeys[i] = seriesKey(rows.get(i));
      seriesRows.computeIfAbsent(seriesKeys[i], k -> new ArrayList<>()).add(i);
    }
    boolean[] latest = latestInSeries(seriesRows, years, n);
    int compared = 0;
    for (int i = 0; i < n; i++) {
      FingertipsRow r = rows.get(i);
      IndicatorDefinition def = options.definitionFor(r.indicatorId(), r.indicatorName());
      Estimate e = estimateOf(r);
      String england = r.comparedToEngland();
      if (england.isEmpty() && !r.isEngland()) {
        FingertipsRow eng = byKeyAndArea.get(benchmarkKeys[i] + "\u0000" + FingertipsColumns.ENGLAND_AREA_CODE);
        BenchmarkOutcome o = compare(e, eng, def, options.twoLevel());
        england = o.label();
        if (o != BenchmarkOutcome.NOT_COMPARED) {
          compared++;
        }
      }
      String parent = r.comparedToParent();
      if (parent.isEmpty() && !r.isEngland() && !r.parentCode().isEmpty()) {
        FingertipsRow p = byKeyAndArea.get(benchmarkKeys[i] + "\u0000" + r.parentCode());
        parent = compare(e, p, def, options.twoLevel()).label();
      }
      String goal = r.comparedToGoal();
      if (goal.isEmpty() && def.standard() != null && e.ci95() != null) {
        goal = StandardComparison.byInterval(e.ci95(), def.standard()).label();
      }
      String trend = r.recentTrend();
      if (trend.isEmpty() && latest[i]) {
        TrendResult t = trend(rows, seriesRows.get(seriesKeys[i]), years, def);
        if (t != null) {
          trend = t.label();
        }
      }
      rows.set(i, r.withComparisons(trend, england, parent, goal));
    }
    return new FingertipsComparisonResult(table.withRows(rows), findings, computed, compared);
  }

  /**
   * Step 1 for one row (row {@code i}, counted from 0): Value and limits from Count and Denominator
   * where Value is empty, limits where only they are missing; findings go to {@code findings}.
   *
   * @return the row filled, or {@code r} itself when nothing was filled
   */
  static FingertipsRow fillRow(FingertipsRow r, long i, FillOptions options, String fileName,
      FingertipsCsv.FindingSink findings) {
    boolean hasCounts = r.count() != null && r.denominator() != null;
    if (r.value() == null && !hasCounts) {
      return r;
    }
    IndicatorDefinition def = options.definitionFor(r.indicatorId(), r.indicatorName());
    Estimate e = hasCounts ? ConfidenceIntervals.fromCounts(def.valueType(), r.count(), r.denominator(), def.multiplier())
        : null;
    if (r.value() == null) {
      if (e.value() == null) {
        Location where = where(r, i, fileName);
        String expected = "a Count and Denominator a "
            + def.valueType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " can be computed from";
        if (e.status() == EstimateStatus.INVALID_INPUT) {
          // Counts that cannot be right for the value type (a numerator above its denominator for a
          // proportion) are an error in the input, not a value that merely cannot be published.
          findings.accept(ValidationFinding.error("FINGERTIPS_INVALID_COUNTS", where, expected, e.reason()));
        } else {
          findings.accept(ValidationFinding.info("FINGERTIPS_NOT_COMPUTED", where, expected,
              e.status() + ": " + e.reason()));
        }
        return r;
      }
      return withEstimate(r, e);
    }
    if (e != null && e.value() != null) {
      if (Math.abs(e.value() - r.value()) > VALUE_TOLERANCE) {
        findings.accept(ValidationFinding.warning("FINGERTIPS_VALUE_MISMATCH", where(r, i, fileName),
            "Value " + FingertipsRow.n(e.value()) + " from Count " + FingertipsRow.n(r.count())
                + " and Denominator " + FingertipsRow.n(r.denominator()), "Value " + FingertipsRow.n(r.value())));
      } else if (r.lower95() == null && r.upper95() == null && e.isCalculated()) {
        return withEstimate(r, e).withValues(r.value(), e.ci95().lower(), e.ci95().upper(),
            e.ci998().lower(), e.ci998().upper());
      }
    }
    return r;
  }

  private static Location where(FingertipsRow r, long i, String fileName) {
    return new Location(fileName, "data row " + (i + 1) + " " + r.indicatorId() + " " + r.areaCode() + " "
        + r.timePeriod());
  }

  /**
   * Fills the table; findings carry no file name.
   *
   * @param table the table as read
   * @param options value type, multiplier, polarity and goal
   * @return the filled table, with findings that carry no file name
   */
  public static FingertipsComparisonResult fill(FingertipsTable table, FillOptions options) {
    return fill(table, options, "");
  }

  private static FingertipsRow withEstimate(FingertipsRow r, Estimate e) {
    return r.withValues(e.value(), e.ci95() == null ? null : e.ci95().lower(), e.ci95() == null ? null : e.ci95().upper(),
        e.ci998() == null ? null : e.ci998().lower(), e.ci998() == null ? null : e.ci998().upper());
  }

  /** The row's value and intervals as an estimate (an interval only when both its limits are present and ordered). */
  static Estimate estimateOf(FingertipsRow r) {
    Interval ci95 = interval(r.lower95(), r.upper95());
    Interval ci998 = interval(r.lower998(), r.upper998());
    EstimateStatus status = r.value() != null && ci95 != null && ci998 != null
        ? EstimateStatus.CALCULATED : EstimateStatus.NOT_APPLICABLE;
    return new Estimate(status, r.value(), ci95, ci998, CiMethod.NONE, "");
  }

  private static Interval interval(Double lower, Double upper) {
    return lower == null || upper == null || lower > upper ? null : Interval.of(lower, upper);
  }

  static BenchmarkOutcome compare(Estimate e, FingertipsRow benchmark, IndicatorDefinition def, boolean twoLevel) {
    if (benchmark == null || benchmark.value() == null) {
      return BenchmarkOutcome.NOT_COMPARED;
    }
    return twoLevel ? BenchmarkComparison.compareTwoLevel(e, benchmark.value(), def.polarity())
        : BenchmarkComparison.compare(e, benchmark.value(), def.polarity());
  }

  /**
   * The trend of one series from its rows (indexes into {@code rows}, in file order), or {@code null}
   * when one of them has no year.
   */
  private static TrendResult trend(List<FingertipsRow> rows, List<Integer> series, Integer[] years,
      IndicatorDefinition def) {
    List<TrendPoint> points = new ArrayList<>(series.size());
    for (int i : series) {
      FingertipsRow r = rows.get(i);
      Integer year = years[i];
      if (year == null) {
        return null;
      }
      boolean counts = def.valueType() == ValueType.PROPORTION && r.count() != null && r.denominator() != null;
      points.add(new TrendPoint(year, r.value(), r.lower95(), r.upper95(),
          counts ? r.count() : null, counts ? r.denominator() : null));
    }
    return TrendTest.recentTrend(points, def.polarity());
  }

  /**
   * Marks the latest row of each series: the first row of the series, replaced by a later row only
   * when both have a year and the later row's is greater (so the first of equal latest years wins, and
   * a first row without a year stays the latest).
   */
  private static boolean[] latestInSeries(Map<String, List<Integer>> seriesRows, Integer[] years, int rowCount) {
    boolean[] latest = new boolean[rowCount];
    for (List<Integer> series : seriesRows.values()) {
      int last = series.get(0);
      for (int i : series) {
        Integer y = years[i];
        if (y != null && years[last] != null && y > years[last]) {
          last = i;
        }
      }
      latest[last] = true;
    }
    return latest;
  }

  static Integer year(FingertipsRow r) {
    String s = !r.timePeriodSortable().isBlank() ? r.timePeriodSortable().strip() : r.timePeriod().strip();
    if (s.length() < 4 || !s.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.parseInt(s.substring(0, 4));
  }

  static String key(FingertipsRow r) {
    return String.join("\u0000", r.indicatorId(), r.timePeriod(), r.sex(), r.age(), r.categoryType(), r.category());
  }

  static String seriesKey(FingertipsRow r) {
    return String.join("\u0000", r.indicatorId(), r.areaCode(), r.sex(), r.age(), r.categoryType(), r.category());
  }
}
