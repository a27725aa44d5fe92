package org.stptoolkit.model.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Argument checks used by the constructors of the model's records. Each returns the value it checked,
 * so a compact constructor can validate and assign in one line, and each message names the field and
 * the rule so that the person who typed the value can act on it.
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires a non-null value; the message names the field.
   *
   * @param <T> the value's type
   * @param value the value
   * @param field the field's name, for the message
   * @return the value
   */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required but was missing");
    }
    return value;
  }

  /**
   * Requires a non-blank string, returned trimmed.
   *
   * @param value the value
   * @param field the field's name, for the message
   * @return the value, trimmed
   */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required and must not be blank");
    }
    return value.strip();
  }

  /**
   * Requires a finite number (not NaN, not infinite).
   *
   * @param value the value
   * @param field the field's name, for the message
   * @return the value
   */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, was " + value);
    }
    return value;
  }

  /**
   * Requires a finite number that is zero or more.
   *
   * @param value the value
   * @param field the field's name, for the message
   * @return the value
   */
  public static double nonNegative(double value, String field) {
    finite(value, field);
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be zero or more, was " + plain(value));
    }
    return value;
  }

  /**
   * Requires {@code min <= value <= max}; the message gives the range as plain numbers ("between 0.5 and
   * 10, was 12.5", never "1.0E9").
   *
   * @param value the value to check
   * @param min the lowest value accepted
   * @param max the highest value accepted
   * @param field what the value is, as the message names it
   * @return {@code value}
   * @throws IllegalArgumentException when the value is not finite or outside the range
   */
  public static double inRange(double value, double min, double max, String field) {
    finite(value, field);
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + plain(min) + " and " + plain(max) + ", was " + plain(value));
    }
    return value;
  }

  /**
   * Requires a whole number with {@code min <= value <= max}; the message prints the range as whole
   * numbers, grouped in thousands as the command line prints them ("draws must be between 1 and
   * 2,000,000,000, was 0").
   *
   * @param value the value to check
   * @param min the lowest value accepted
   * @param max the highest value accepted
   * @param field what the value is, as the message names it
   * @return {@code value}
   * @throws IllegalArgumentException when the value is outside the range
   */
  public static int inRange(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s must be between %,d and %,d, was %,d",
          field, min, max, value));
    }
    return value;
  }

  /** A finite number as plain digits: 2 not 2.0, 1000000000 not 1.0E9, 0.000000001 not 1.0E-9. */
  private static String plain(double value) {
    return Double.isFinite(value)
        ? java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
  }

  /**
   * Requires a rate given as a decimal fraction to lie within [min, max]; the message shows percentages.
   *
   * @param rate the rate as a decimal fraction (0.05 for 5%)
   * @param min the lowest rate accepted
   * @param max the highest rate accepted
   * @param field the field's name, for the message
   * @return the rate
   */
  public static double rateInRange(double rate, double min, double max, String field) {
    finite(rate, field);
    if (rate < min || rate > max) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "%s must be between %s%% and %s%%, was %s%%", field, pct(min), pct(max), pct(rate)));
    }
    return rate;
  }

  private static String pct(double fraction) {
    return plain(fraction * 100);
  }

  /**
   * Copies a possibly-null list into an immutable list with no null elements; an absent list is empty.
   *
   * @param values the elements, or {@code null} for none
   * @param field what the list holds, as the message names it
   * @param <T> the element type
   * @return an immutable copy
   * @throws IllegalArgumentException naming the field and the position of an empty (null) element
   */
  public static <T> List<T> copy(Collection<? extends T> values, String field) {
    if (values == null) {
      return List.of();
    }
    int i = 0;
    for (T v : values) {
      i++;
      if (v == null) {
        throw new IllegalArgumentException(field + " must not contain empty entries, but entry " + i
            + " of " + values.size() + " was missing");
      }
    }
    return List.copyOf(values);
  }

  /**
   * Copies a possibly-null map into an immutable map with no null keys or values; an absent map is empty.
   *
   * @param values the entries, or {@code null} for none
   * @param field what the map holds, as the message names it
   * @param <K> the key type
   * @param <V> the value type
   * @return an immutable copy
   * @throws IllegalArgumentException naming the field and the key of an empty entry
   */
  public static <K, V> Map<K, V> copy(Map<? extends K, ? extends V> values, String field) {
    if (values == null) {
      return Map.of();
    }
    values.forEach((k, v) -> noEmptyEntry(k, v, field));
    return Map.copyOf(values);
  }

  /**
   * Copies into an unmodifiable sorted map with no null keys or values; an absent map is empty.
   *
   * @param values the entries, or {@code null} for none
   * @param field what the map holds, as the message names it
   * @param <K> the key type
   * @param <V> the value type
   * @return an unmodifiable sorted copy
   * @throws IllegalArgumentException naming the field and the key of an empty entry
   */
  public static <K extends Comparable<K>, V> SortedMap<K, V> copySorted(
      Map<? extends K, ? extends V> values, String field) {
    TreeMap<K, V> sorted = new TreeMap<>();
    if (values != null) {
      values.forEach((k, v) -> sorted.put(noEmptyEntry(k, v, field), v));
    }
    return java.util.Collections.unmodifiableSortedMap(sorted);
  }

  private static <K> K noEmptyEntry(K key, Object value, String field) {
    if (key == null) {
      throw new IllegalArgumentException(field + " must not contain an entry without a key (value "
          + value + ")");
    }
    if (value == null) {
      throw new IllegalArgumentException(field + " must not contain empty entries, but " + key + " had no value");
    }
    return key;
  }
}
