package org.stptoolkit.reports.workbook.layout;

import java.util.function.Function;

/**
 * One column (or, for by-year kinds, one group of year columns) of an input table.
 *
 * @param key stable key, unique in its table; also part of the column's defined name
 * @param header header text shown in the workbook
 * @param kind what the cells hold
 * @param getter the value written for an item (null for an empty cell)
 * @param required true when an empty cell is an error
 * @param choices the dropdown list for {@link CellKind#CHOICE}, else null
 * @param formula for {@link CellKind#CALCULATED}: a formula in which {@code {key}} stands for the cell of
 *     column {@code key} in the same row; else null
 * @param widthChars column width in characters
 * @param suggestions the defined name of a range whose values a dropdown offers while any other value may
 *     still be typed (several codes in a {@link CellKind#TEXT_LIST}), or null
 * @param <T> the item type of the table
 */
public record Column<T>(String key, String header, CellKind kind, Function<T, Object> getter,
    boolean required, Choices<?> choices, String formula, int widthChars, String suggestions) {

  /**
   * A column without suggestions.
   *
   * @param key stable key
   * @param header header text
   * @param kind what the cells hold
   * @param getter the value written for an item
   * @param required true when an empty cell is an error
   * @param choices the dropdown list for a choice, else null
   * @param formula the formula of a calculated column, else null
   * @param widthChars column width in characters
   */
  public Column(String key, String header, CellKind kind, Function<T, Object> getter, boolean required,
      Choices<?> choices, String formula, int widthChars) {
    this(key, header, kind, getter, required, choices, formula, widthChars, null);
  }

  /**
   * A required column.
   *
   * @param <T> the item type
   * @param key stable key
   * @param header header text
   * @param kind what the cells hold
   * @param getter the value written for an item
   * @return a required column
   */
  public static <T> Column<T> required(String key, String header, CellKind kind, Function<T, Object> getter) {
    return new Column<>(key, header, kind, getter, true, null, null, width(kind));
  }

  /**
   * An optional column (an empty cell is allowed).
   *
   * @param <T> the item type
   * @param key stable key
   * @param header header text
   * @param kind what the cells hold
   * @param getter the value written for an item
   * @return an optional column (an empty cell is allowed)
   */
  public static <T> Column<T> optional(String key, String header, CellKind kind, Function<T, Object> getter) {
    return new Column<>(key, header, kind, getter, false, null, null, width(kind));
  }

  /**
   * A required dropdown column.
   *
   * @param <T> the item type
   * @param key stable key
   * @param header header text
   * @param choices the dropdown list for a choice, else null
   * @param getter the value written for an item
   * @return a required dropdown column
   */
  public static <T> Column<T> choice(String key, String header, Choices<?> choices, Function<T, Object> getter) {
    return new Column<>(key, header, CellKind.CHOICE, getter, true, choices, null, 24);
  }

  /**
   * An optional dropdown column.
   *
   * @param <T> the item type
   * @param key stable key
   * @param header header text
   * @param choices the dropdown list for a choice, else null
   * @param getter the value written for an item
   * @return an optional dropdown column
   */
  public static <T> Column<T> optionalChoice(String key, String header, Choices<?> choices,
      Function<T, Object> getter) {
    return new Column<>(key, header, CellKind.CHOICE, getter, false, choices, null, 24);
  }

  /**
   * A calculated column.
   *
   * @param <T> the item type
   * @param key stable key
   * @param header header text
   * @param formula the formula of a calculated column, else null
   * @return a calculated column
   */
  public static <T> Column<T> calculated(String key, String header, String formula) {
    return new Column<>(key, header, CellKind.CALCULATED, t -> null, false, null, formula, 14);
  }

  /**
   * An optional list of codes whose cells offer the values of a range in a dropdown; several values may
   * be typed, separated by commas.
   *
   * @param key stable key
   * @param header header text
   * @param getter the codes written for an item
   * @param suggestions the defined name of the range offered (a column of a table, or a dropdown list)
   * @param <T> the item type
   * @return the column
   */
  public static <T> Column<T> suggested(String key, String header, Function<T, Object> getter,
      String suggestions) {
    return new Column<>(key, header, CellKind.TEXT_LIST, getter, false, null, null, width(CellKind.TEXT_LIST),
        suggestions);
  }

  /**
   * The same column with another width.
   *
   * @param chars the width in characters
   * @return the same column with another width
   */
  public Column<T> width(int chars) {
    return new Column<>(key, header, kind, getter, required, choices, formula, chars, suggestions);
  }

  private static int width(CellKind kind) {
    return switch (kind) {
      case TEXT, RULE_PARAMETERS -> 36;
      case TEXT_LIST -> 28;
      case YEAR, YES_NO, INTEGER -> 10;
      default -> 13;
    };
  }
}
