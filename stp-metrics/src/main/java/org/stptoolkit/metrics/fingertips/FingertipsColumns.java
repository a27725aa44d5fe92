package org.stptoolkit.metrics.fingertips;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns of Fingertips' CSV export, in order. Column 23 names the parent area type, e.g.
 * "Compared to Region value or percentiles"; any text of the form "Compared to … value or percentiles"
 * is accepted there and written back unchanged.
 */
public final class FingertipsColumns {
  /** England's area code. */
  public static final String ENGLAND_AREA_CODE = "E92000001";
  /** The default header of column 23. */
  public static final String DEFAULT_PARENT_COMPARISON_HEADER = "Compared to Region value or percentiles";
  /** The 27th column of newer exports. */
  public static final String TIME_PERIOD_RANGE = "Time period range";
  /** Zero-based index of the parent comparison column. */
  public static final int PARENT_COMPARISON_INDEX = 22;
  /** The pattern the parent comparison header must match. */
  public static final Pattern PARENT_COMPARISON = Pattern.compile("Compared to .+ value or percentiles");

  /**
   * The 26 columns of the classic export; at index 22 the parent comparison header, whose wording names
   * the parent area type (matched by {@link #PARENT_COMPARISON}).
   */
  public static final List<String> HEADERS_26 = List.of(
      "Indicator ID", "Indicator Name", "Parent Code", "Parent Name", "Area Code", "Area Name", "Area Type",
      "Sex", "Age", "Category Type", "Category", "Time period", "Value", "Lower CI 95.0 limit",
      "Upper CI 95.0 limit", "Lower CI 99.8 limit", "Upper CI 99.8 limit", "Count", "Denominator",
      "Value note", "Recent Trend", "Compared to England value or percentiles",
      DEFAULT_PARENT_COMPARISON_HEADER, "Time period Sortable", "New data", "Compared to goal");

  /** Zero-based indexes of the numeric columns. */
  public static final List<Integer> NUMERIC = List.of(12, 13, 14, 15, 16, 17, 18);

  private FingertipsColumns() {}

  /**
   * The header at a zero-based index for a given parent comparison header.
   *
   * @param index the column's zero-based index
   * @param parentHeader the parent comparison column's header
   * @return the header at a zero-based index for a given parent comparison header
   */
  public static String header(int index, String parentHeader) {
    if (index == PARENT_COMPARISON_INDEX) {
      return parentHeader;
    }
    return index == 26 ? TIME_PERIOD_RANGE : HEADERS_26.get(index);
  }
}
