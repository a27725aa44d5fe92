package org.stptoolkit.reports.internal.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.reports.workbook.layout.TableLayout;

/** Where the writer put each input table and field, so the workings can refer to the input cells. */
public final class Placements {

  /**
   * Where one table went (0-based rows and columns).
   *
   * @param sheet sheet name
   * @param firstRow first data row
   * @param lastRow last data row (spare rows included)
   * @param itemRows the row of each item, in item order
   * @param columns first worksheet column of each column key
   */
  public record Table(String sheet, int firstRow, int lastRow, List<Integer> itemRows, Map<String, Integer> columns) {
    /**
     * The first column of {@code key}.
     *
     * @param key the column's key
     * @return the first column of {@code key}
     */
    public int col(String key) {
      Integer c = columns.get(key);
      if (c == null) {
        throw new IllegalArgumentException("no column " + key + " on " + sheet);
      }
      return c;
    }

    /**
     * Absolute reference to a cell of item {@code i}, column {@code key} plus {@code offset} columns.
     *
     * @param i the item's index in the table
     * @param key the column's key
     * @param offset how many columns to the right of the key's first column
     * @return absolute reference to a cell of item {@code i}, column {@code key} plus {@code offset}
     *     columns
     */
    public String ref(int i, String key, int offset) {
      return Refs.sheet(sheet) + Refs.abs(itemRows.get(i), col(key) + offset);
    }

    /**
     * Reference to item {@code i}'s cell with the row absolute and the column relative (copy across years).
     *
     * @param i the item's index in the table
     * @param key the column's key
     * @param offset how many columns to the right of the key's first column
     * @return reference to item {@code i}'s cell with the row absolute and the column relative (copy across
     *     years)
     */
    public String refAcross(int i, String key, int offset) {
      return Refs.sheet(sheet) + Refs.absRow(itemRows.get(i), col(key) + offset);
    }

    /**
     * The whole data column of {@code key} (plus offset), absolute.
     *
     * @param key the column's key
     * @param offset how many columns to the right of the key's first column
     * @return the whole data column of {@code key} (plus offset), absolute
     */
    public String column(String key, int offset) {
      int c = col(key) + offset;
      return Refs.range(sheet, firstRow, c, lastRow, c);
    }

    /**
     * The whole data column with column-relative letters, for copying across years.
     *
     * @param key the column's key
     * @param offset how many columns to the right of the key's first column
     * @return the whole data column with column-relative letters, for copying across years
     */
    public String columnAcross(String key, int offset) {
      int c = col(key) + offset;
      return Refs.sheet(sheet) + Refs.col(c) + "$" + (firstRow + 1) + ":" + Refs.col(c) + "$" + (lastRow + 1);
    }
  }

  /**
   * Where one field's value cell went.
   *
   * @param sheet sheet name
   * @param row 0-based row
   * @param col 0-based column
   */
  public record FieldCell(String sheet, int row, int col) {
    /**
     * Absolute reference.
     *
     * @return the cell's absolute reference, e.g. "'Inputs'!$E$7"
     */
    public String ref() {
      return Refs.sheet(sheet) + Refs.abs(row, col);
    }
  }

  private final Map<String, Table> tables = new HashMap<>();
  private final Map<String, FieldCell> fields = new HashMap<>();

  /**
   * Records a table.
   *
   * @param layout the table's layout
   * @param t where the table went
   */
  public void put(TableLayout<?> layout, Table t) {
    tables.put(layout.name(), t);
  }

  /**
   * Records a field (or a writer-only labelled cell).
   *
   * @param key the field's key
   * @param f the field's cell
   */
  public void put(String key, FieldCell f) {
    fields.put(key, f);
  }

  /**
   * The table's placement.
   *
   * @param layout the table's layout
   * @return the table's placement
   */
  public Table table(TableLayout<?> layout) {
    return tables.get(layout.name());
  }

  /**
   * The field's cell.
   *
   * @param key the field's key
   * @return the field's cell
   */
  public FieldCell field(String key) {
    return fields.get(key);
  }
}
