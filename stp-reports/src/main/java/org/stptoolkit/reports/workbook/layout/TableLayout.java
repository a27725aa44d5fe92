package org.stptoolkit.reports.workbook.layout;

import java.util.List;
import java.util.function.Function;
import org.stptoolkit.model.Footprint;

/**
 * An input table: a title row (the reader finds the table by it), a header row, one row per item and
 * some spare rows for the analyst to add items. The same description writes the rows
 * ({@link Column#getter()}) and reads them back ({@link #factory()}).
 *
 * @param name defined-name stem, letters and digits only (e.g. "Solutions"); the block is named
 *     {@code inp_<name>} and each column {@code inp_<name>_<key>}
 * @param title the title row's text, unique within its sheet
 * @param columns the columns in order
 * @param items the items of a footprint that go in the table
 * @param factory builds an item from a row's values; throws IllegalArgumentException (or
 *     {@link CellProblem}) when the values do not make a valid item
 * @param spareRows empty input rows written after the items
 * @param <T> the item type
 */
public record TableLayout<T>(String name, String title, List<Column<T>> columns,
    Function<Footprint, List<T>> items, Function<RowValues, T> factory, int spareRows) {

  /**
   * Copies the columns and checks the keys are unique.
   *
   * @param name defined-name stem, letters and digits only (e.g. "Solutions"); the block is named {@code
   *     inp_<name>} and each column {@code inp_<name>_<key>}
   * @param title the title row's text, unique within its sheet
   * @param columns the columns in order
   * @param items the items of a footprint that go in the table
   * @param factory builds an item from a row's values; throws IllegalArgumentException (or {@link
   *     CellProblem}) when the values do not make a valid item
   * @param spareRows empty input rows written after the items
   */
  public TableLayout {
    columns = List.copyOf(columns);
    if (columns.stream().map(Column::key).distinct().count() != columns.size()) {
      throw new IllegalArgumentException("column keys of table " + name + " must be unique");
    }
    if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("table name must be letters and digits, was " + name);
    }
  }

  /**
   * The column with this key.
   *
   * @param key the column's key
   * @return the column with this key
   */
  public Column<T> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("table " + name + " has no column " + key));
  }

  /**
   * The defined name of the whole block of data rows.
   *
   * @return the defined name of the whole block of data rows
   */
  public String definedName() {
    return "inp_" + name;
  }

  /**
   * The defined name of one column's data cells.
   *
   * @param key the column's key
   * @return the defined name of one column's data cells
   */
  public String definedName(String key) {
    return "inp_" + name + "_" + key.replaceAll("[^A-Za-z0-9]", "");
  }
}
