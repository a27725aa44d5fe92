package org.stptoolkit.reports.workbook.layout;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A fixed list of values offered as a dropdown (from the hidden Lists sheet) and parsed back from the
 * label or the constant name, ignoring case.
 *
 * @param name the list's name on the Lists sheet and in its defined name, e.g. "Category"
 * @param values the values in dropdown order
 * @param label how a value is written
 * @param <E> the value type
 */
public record Choices<E>(String name, List<E> values, Function<E, String> label) {

  /**
   * Copies the values.
   *
   * @param name the list's name on the Lists sheet and in its defined name, e.g. "Category"
   * @param values the values in dropdown order
   * @param label how a value is written
   */
  public Choices {
    values = List.copyOf(values);
  }

  /**
   * The enum's constants written by {@code label}.
   *
   * @param <E> the enum type
   * @param name the list's name
   * @param type the enum's class
   * @param label how each constant is written
   * @return the enum's constants written by {@code label}
   */
  public static <E extends Enum<E>> Choices<E> of(String name, Class<E> type, Function<E, String> label) {
    return new Choices<>(name, List.of(type.getEnumConstants()), label);
  }

  /**
   * The enum's constants written by their names.
   *
   * @param <E> the enum type
   * @param name the list's name
   * @param type the enum's class
   * @return the enum's constants written by their names
   */
  public static <E extends Enum<E>> Choices<E> byName(String name, Class<E> type) {
    return of(name, type, Enum::name);
  }

  /**
   * The defined name of this list on the Lists sheet, e.g. "list_Category".
   *
   * @return the defined name of this list on the Lists sheet, e.g
   */
  public String definedName() {
    return "list_" + name;
  }

  /**
   * The labels in order.
   *
   * @return the labels in order
   */
  public List<String> labels() {
    return values.stream().map(label).toList();
  }

  /**
   * The value whose label (or enum name) is {@code text}, ignoring case and surrounding spaces.
   *
   * @param text the text in a cell
   * @return the value whose label (or enum name) is {@code text}, ignoring case and surrounding spaces
   */
  public Optional<E> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (E v : values) {
      if (label.apply(v).toLowerCase(Locale.ROOT).equals(t)
          || (v instanceof Enum<?> e && e.name().toLowerCase(Locale.ROOT).equals(t))) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The label of {@code value}.
   *
   * @param value a constant of the list's enum
   * @return the label of {@code value}
   */
  @SuppressWarnings("unchecked")
  public String labelOf(Object value) {
    return label.apply((E) value);
  }
}
