package org.stptoolkit.metrics.fingertips;

import java.util.List;

/**
 * A Fingertips export: its rows and the two things that vary between exports.
 *
 * @param parentComparisonHeader the header of column 23, e.g. "Compared to Region value or percentiles"
 * @param hasTimePeriodRange true for the 27-column export
 * @param rows the rows, in file order
 */
public record FingertipsTable(String parentComparisonHeader, boolean hasTimePeriodRange, List<FingertipsRow> rows) {
  /**
   * Validates the header and copies the rows.
   *
   * @param parentComparisonHeader the header of column 23, e.g. "Compared to Region value or percentiles"
   * @param hasTimePeriodRange true for the 27-column export
   * @param rows the rows, in file order
   */
  public FingertipsTable {
    parentComparisonHeader = parentComparisonHeader == null || parentComparisonHeader.isBlank()
        ? FingertipsColumns.DEFAULT_PARENT_COMPARISON_HEADER : parentComparisonHeader.strip();
    if (!FingertipsColumns.PARENT_COMPARISON.matcher(parentComparisonHeader).matches()) {
      throw new IllegalArgumentException("parent comparison header must read 'Compared to ... value or percentiles', was '"
          + parentComparisonHeader + "'");
    }
    rows = List.copyOf(rows);
  }

  /**
   * A 26-column table with the default parent header.
   *
   * @param rows the rows, top to bottom
   * @return a 26-column table with the default parent header
   */
  public static FingertipsTable of(List<FingertipsRow> rows) {
    return new FingertipsTable(null, false, rows);
  }

  /**
   * The same table with other rows.
   *
   * @param newRows the rows, top to bottom
   * @return the same table with other rows
   */
  public FingertipsTable withRows(List<FingertipsRow> newRows) {
    return new FingertipsTable(parentComparisonHeader, hasTimePeriodRange, newRows);
  }

  /**
   * Number of columns: 26 or 27.
   *
   * @return number of columns: 26 or 27
   */
  public int columnCount() {
    return hasTimePeriodRange ? 27 : 26;
  }
}
