package org.stptoolkit.model.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Argument checks used by the constructors of the model's records. Each returns the value it checked,
 * so a compact constructor can validate and assign in one line, and each message names the field and
 * the rule so that the person who typed the value can act on it.
 */
public final class Checks {
  private Checks() {}

  /** Requires a non-null value; the message names the field. */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required but was missing");
    }
    return value;
  }

  /** Requires a non-blank string, returned trimmed. */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required and must not be blank");
    }
    return value.strip();
  }

  /** Requires a finite number (not NaN, not infinite). */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, was " + value);
    }
    return value;
  }

  /** Requires a finite number that is zero or more. */
  public static double nonNegative(double value, String field) {
    finite(value, field);
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be zero or more, was " + value);
    }
    return value;
  }

  /** Requires {@code min <= value <= max}; the message gives the range. */
  public static double inRange(double value, double min, double max, String field) {
    finite(value, field);
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** Requires a rate given as a decimal fraction to lie within [min, max]; the message shows percentages. */
  public static double rateInRange(double rate, double min, double max, String field) {
    finite(rate, field);
    if (rate < min || rate > max) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "%s must be between %s%% and %s%%, was %s%%", field, pct(min), pct(max), pct(rate)));
    }
    return rate;
  }

  private static String pct(double fraction) {
    return java.math.BigDecimal.valueOf(fraction * 100).stripTrailingZeros().toPlainString();
  }

  /** Copies a possibly-null list into an immutable list with no null elements. */
  public static <T> List<T> copy(Collection<? extends T> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (T v : values) {
      if (v == null) {
        throw new IllegalArgumentException(field + " must not contain empty entries");
      }
    }
    return List.copyOf(values);
  }

  /** Copies a possibly-null map into an immutable map with no null keys or values. */
  public static <K, V> Map<K, V> copy(Map<? extends K, ? extends V> values, String field) {
    if (values == null) {
      return Map.of();
    }
    values.forEach((k, v) -> {
      if (k == null || v == null) {
        throw new IllegalArgumentException(field + " must not contain empty entries");
      }
    });
    return Map.copyOf(values);
  }

  /** Copies into an unmodifiable sorted map. */
  public static <K extends Comparable<K>, V> SortedMap<K, V> copySorted(
      Map<? extends K, ? extends V> values, String field) {
    TreeMap<K, V> sorted = new TreeMap<>();
    if (values != null) {
      values.forEach((k, v) -> sorted.put(Objects.requireNonNull(k, field), Objects.requireNonNull(v, field)));
    }
    return java.util.Collections.unmodifiableSortedMap(sorted);
  }
}
