package org.stptoolkit.reports.workbook.layout;

import java.util.function.Function;
import org.stptoolkit.model.Footprint;

/**
 * A labelled single value (label in column A, value in column B), such as the footprint's name on the
 * Cover sheet. The reader finds the value by its label.
 *
 * @param key stable key
 * @param label the label text, unique within its sheet
 * @param kind what the value cell holds (not a by-year kind)
 * @param getter the value written
 * @param required true when an empty cell is an error
 * @param choices the dropdown for {@link CellKind#CHOICE}, else null
 */
public record Field(String key, String label, CellKind kind, Function<Footprint, Object> getter,
    boolean required, Choices<?> choices) {

  /**
   * Rejects by-year and calculated kinds, which a single cell cannot hold.
   *
   * @param key stable key
   * @param label the label text, unique within its sheet
   * @param kind what the value cell holds (not a by-year kind)
   * @param getter the value written
   * @param required true when an empty cell is an error
   * @param choices the dropdown for {@link CellKind#CHOICE}, else null
   */
  public Field {
    if (kind.byYear() || kind == CellKind.CALCULATED) {
      throw new IllegalArgumentException("a field holds one value, not " + kind);
    }
  }

  /**
   * The defined name of the value cell.
   *
   * @return the defined name of the value cell
   */
  public String definedName() {
    return "inp_" + key;
  }

  /**
   * The field as a one-cell column, for the shared cell reading and writing code.
   *
   * @return the field as a one-cell column, for the shared cell reading and writing code
   */
  public Column<Footprint> asColumn() {
    return new Column<>(key, label, kind, getter, required, choices, null, 40);
  }
}
