package org.stptoolkit.reports.workbook.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;

/**
 * The typed values read from one row of an input table (or from a block of labelled fields), keyed by
 * column key. An empty cell has no value. Values are already converted to their kind's Java type:
 * String, List of String, Integer, Double, FinancialYear, Boolean, the choice's value, YearlyAmounts,
 * YearlyRates.
 */
public final class RowValues {
  private final Map<String, Object> values = new HashMap<>();

  /** No values yet: the reader puts each cell's value as it reads the row. */
  public RowValues() {
    // the values map starts empty
  }

  /**
   * Records a value (null clears it).
   *
   * @param key the column's key
   * @param value the value read, or {@code null}
   */
  public void put(String key, Object value) {
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, value);
    }
  }

  /**
   * True when the column had a value.
   *
   * @param key the column's key
   * @return true when the column had a value
   */
  public boolean has(String key) {
    return values.containsKey(key);
  }

  /**
   * The raw value, or null.
   *
   * @param key the column's key
   * @return the raw value, or null
   */
  public Object get(String key) {
    return values.get(key);
  }

  /**
   * Text, or null when empty.
   *
   * @param key the column's key
   * @return the text, or {@code null} when the cell was empty
   */
  public String text(String key) {
    return (String) values.get(key);
  }

  /**
   * A list of codes, empty when the cell was empty.
   *
   * @param key the column's key
   * @return a list of codes, empty when the cell was empty
   */
  @SuppressWarnings("unchecked")
  public List<String> list(String key) {
    Object v = values.get(key);
    return v == null ? List.of() : (List<String>) v;
  }

  /**
   * A number, or null when empty.
   *
   * @param key the column's key
   * @return a number, or null when empty
   */
  public Double number(String key) {
    return (Double) values.get(key);
  }

  /**
   * A number, or {@code fallback} when empty.
   *
   * @param key the column's key
   * @param fallback the number to give when the cell was empty
   * @return a number, or {@code fallback} when empty
   */
  public double number(String key, double fallback) {
    Double v = number(key);
    return v == null ? fallback : v;
  }

  /**
   * A whole number, or {@code fallback} when empty.
   *
   * @param key the column's key
   * @param fallback the number to give when the cell was empty
   * @return a whole number, or {@code fallback} when empty
   */
  public int integer(String key, int fallback) {
    Integer v = (Integer) values.get(key);
    return v == null ? fallback : v;
  }

  /**
   * A year, or null.
   *
   * @param key the column's key
   * @return a year, or null
   */
  public FinancialYear year(String key) {
    return (FinancialYear) values.get(key);
  }

  /**
   * Yes/No, {@code fallback} when empty.
   *
   * @param key the column's key
   * @param fallback the answer to give when the cell was empty
   * @return true for Yes, false for No, {@code fallback} when empty
   */
  public boolean yes(String key, boolean fallback) {
    Boolean v = (Boolean) values.get(key);
    return v == null ? fallback : v;
  }

  /**
   * A choice, or null.
   *
   * @param <E> the choice's type
   * @param key the column's key
   * @return a choice, or null
   */
  @SuppressWarnings("unchecked")
  public <E> E choice(String key) {
    return (E) values.get(key);
  }

  /**
   * Amounts by year, empty when every year was empty.
   *
   * @param key the column's key
   * @return amounts by year, empty when every year was empty
   */
  public YearlyAmounts amounts(String key) {
    Object v = values.get(key);
    return v == null ? YearlyAmounts.empty() : (YearlyAmounts) v;
  }

  /**
   * Rates by year, or null when every year was empty.
   *
   * @param key the column's key
   * @return rates by year, or null when every year was empty
   */
  public YearlyRates rates(String key) {
    return (YearlyRates) values.get(key);
  }
}
