package org.stptoolkit.metrics.fingertips;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a Fingertips export. Text columns are never {@code null} (empty when blank); numeric
 * columns are {@code null} when the cell is empty. Values are in the indicator's units.
 *
 * @param indicatorId Indicator ID
 * @param indicatorName Indicator Name
 * @param parentCode Parent Code
 * @param parentName Parent Name
 * @param areaCode Area Code (E92000001 for England)
 * @param areaName Area Name
 * @param areaType Area Type
 * @param sex Sex
 * @param age Age
 * @param categoryType Category Type
 * @param category Category
 * @param timePeriod Time period, e.g. "2015/16"
 * @param value Value
 * @param lower95 Lower CI 95.0 limit
 * @param upper95 Upper CI 95.0 limit
 * @param lower998 Lower CI 99.8 limit
 * @param upper998 Upper CI 99.8 limit
 * @param count Count
 * @param denominator Denominator
 * @param valueNote Value note
 * @param recentTrend Recent Trend
 * @param comparedToEngland Compared to England value or percentiles
 * @param comparedToParent Compared to &lt;parent area type&gt; value or percentiles
 * @param timePeriodSortable Time period Sortable, e.g. "20150000"
 * @param newData New data
 * @param comparedToGoal Compared to goal
 * @param timePeriodRange Time period range (27-column exports), or {@code null} in 26-column exports
 */
public record FingertipsRow(String indicatorId, String indicatorName, String parentCode, String parentName,
    String areaCode, String areaName, String areaType, String sex, String age, String categoryType,
    String category, String timePeriod, Double value, Double lower95, Double upper95, Double lower998,
    Double upper998, Double count, Double denominator, String valueNote, String recentTrend,
    String comparedToEngland, String comparedToParent, String timePeriodSortable, String newData,
    String comparedToGoal, String timePeriodRange) {

  /**
   * Normalises null text to empty strings.
   *
   * @param indicatorId Indicator ID
   * @param indicatorName Indicator Name
   * @param parentCode Parent Code
   * @param parentName Parent Name
   * @param areaCode Area Code (E92000001 for England)
   * @param areaName Area Name
   * @param areaType Area Type
   * @param sex Sex
   * @param age Age
   * @param categoryType Category Type
   * @param category Category
   * @param timePeriod Time period, e.g. "2015/16"
   * @param value Value
   * @param lower95 Lower CI 95.0 limit
   * @param upper95 Upper CI 95.0 limit
   * @param lower998 Lower CI 99.8 limit
   * @param upper998 Upper CI 99.8 limit
   * @param count Count
   * @param denominator Denominator
   * @param valueNote Value note
   * @param recentTrend Recent Trend
   * @param comparedToEngland Compared to England value or percentiles
   * @param comparedToParent Compared to &lt;parent area type&gt; value or percentiles
   * @param timePeriodSortable Time period Sortable, e.g. "20150000"
   * @param newData New data
   * @param comparedToGoal Compared to goal
   * @param timePeriodRange Time period range (27-column exports), or {@code null} in 26-column exports
   */
  public FingertipsRow {
    indicatorId = t(indicatorId);
    indicatorName = t(indicatorName);
    parentCode = t(parentCode);
    parentName = t(parentName);
    areaCode = t(areaCode);
    areaName = t(areaName);
    areaType = t(areaType);
    sex = t(sex);
    age = t(age);
    categoryType = t(categoryType);
    category = t(category);
    timePeriod = t(timePeriod);
    valueNote = t(valueNote);
    recentTrend = t(recentTrend);
    comparedToEngland = t(comparedToEngland);
    comparedToParent = t(comparedToParent);
    timePeriodSortable = t(timePeriodSortable);
    newData = t(newData);
    comparedToGoal = t(comparedToGoal);
  }

  private static String t(String s) {
    return s == null ? "" : s;
  }

  /** Builds a row from 26 or 27 cells (numeric cells already parsed; {@code null} when empty). */
  static FingertipsRow fromCells(List<String> c, Double[] numbers) {
    return new FingertipsRow(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
        c.get(8), c.get(9), c.get(10), c.get(11), numbers[12], numbers[13], numbers[14], numbers[15],
        numbers[16], numbers[17], numbers[18], c.get(19), c.get(20), c.get(21), c.get(22), c.get(23),
        c.get(24), c.get(25), c.size() > 26 ? c.get(26) : null);
  }

  /** The cells in column order as text (numbers as plain decimals, missing numbers as ""). */
  List<String> cells(boolean withTimePeriodRange) {
    List<String> out = new ArrayList<>(List.of(indicatorId, indicatorName, parentCode, parentName, areaCode,
        areaName, areaType, sex, age, categoryType, category, timePeriod, n(value), n(lower95), n(upper95),
        n(lower998), n(upper998), n(count), n(denominator), valueNote, recentTrend, comparedToEngland,
        comparedToParent, timePeriodSortable, newData, comparedToGoal));
    if (withTimePeriodRange) {
      out.add(timePeriodRange == null ? "" : timePeriodRange);
    }
    return out;
  }

  static String n(Double d) {
    if (d == null) {
      return "";
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * The row as a model value (for the three-gaps summary), or empty when it lacks an indicator id,
   * area code or time period, or its counts are negative.
   *
   * @return the row as a model value (for the three-gaps summary), or empty when it lacks an indicator id,
   *     area code or time period, or its counts are negative
   */
  public java.util.Optional<org.stptoolkit.model.indicator.IndicatorValue> toIndicatorValue() {
    try {
      return java.util.Optional.of(new org.stptoolkit.model.indicator.IndicatorValue(indicatorId, areaCode, areaName,
          timePeriod, sex, age, value, count, denominator, org.stptoolkit.model.basics.Provenance.PUBLISHED, valueNote));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * True for England's row.
   *
   * @return true for England's row
   */
  public boolean isEngland() {
    return FingertipsColumns.ENGLAND_AREA_CODE.equals(areaCode);
  }

  /**
   * This row with the value and both intervals replaced.
   *
   * @param newValue the value, or {@code null}
   * @param l95 the lower 95% limit, or {@code null}
   * @param u95 the upper 95% limit, or {@code null}
   * @param l998 the lower 99.8% limit, or {@code null}
   * @param u998 the upper 99.8% limit, or {@code null}
   * @return this row with the value and both intervals replaced
   */
  public FingertipsRow withValues(Double newValue, Double l95, Double u95, Double l998, Double u998) {
    return new FingertipsRow(indicatorId, indicatorName, parentCode, parentName, areaCode, areaName, areaType,
        sex, age, categoryType, category, timePeriod, newValue, l95, u95, l998, u998, count, denominator,
        valueNote, recentTrend, comparedToEngland, comparedToParent, timePeriodSortable, newData,
        comparedToGoal, timePeriodRange);
  }

  /**
   * This row with the four computed text columns replaced.
   *
   * @param trend the recent trend's text
   * @param england the comparison with England's text
   * @param parent the comparison with the parent area's text
   * @param goal the comparison with the goal's text
   * @return this row with the four computed text columns replaced
   */
  public FingertipsRow withComparisons(String trend, String england, String parent, String goal) {
    return new FingertipsRow(indicatorId, indicatorName, parentCode, parentName, areaCode, areaName, areaType,
        sex, age, categoryType, category, timePeriod, value, lower95, upper95, lower998, upper998, count,
        denominator, valueNote, trend, england, parent, timePeriodSortable, newData, goal, timePeriodRange);
  }
}
