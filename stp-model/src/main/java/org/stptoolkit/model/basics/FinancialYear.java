package org.stptoolkit.model.basics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NHS financial year, 1 April to 31 March, written the way the NHS writes it: "2016/17".
 *
 * <p>Identified by the calendar year in which it starts ({@code 2016} for 2016/17). Parsing accepts
 * "2016/17", "2016-17", "16/17" and "2016/2017"; {@link #toString()} always gives "2016/17".
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  private static final Pattern FORM = Pattern.compile("^(\\d{2}|\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})$");

  /**
   * Validates the start year (1948, the NHS's first, to 2199).
   *
   * @param startYear the calendar year in which the financial year starts, 1948 to 2199
   */
  public FinancialYear {
    if (startYear < 1948 || startYear > 2199) {
      throw new IllegalArgumentException(
          "financial year must start between 1948 and 2199, was " + startYear);
    }
  }

  /**
   * The financial year starting in the given calendar year.
   *
   * @param startYear the calendar year in which the financial year starts
   * @return the financial year starting in the given calendar year
   */
  public static FinancialYear of(int startYear) {
    return new FinancialYear(startYear);
  }

  /**
   * Parses "2016/17" (and the variants in the class comment).
   *
   * @param text the year as text, e.g. "2016/17"
   * @return the financial year
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static FinancialYear parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("financial year is required, written like 2016/17");
    }
    if (text.length() == 7 && text.charAt(4) == '/' && digits(text, 0, 4) && digits(text, 5, 7)) {
      // the canonical "2016/17" (every year key of a file the toolkit wrote) without the pattern
      int start = Integer.parseInt(text, 0, 4, 10);
      if (Integer.parseInt(text, 5, 7, 10) == (start + 1) % 100 && start >= 1948 && start <= 2199) {
        return new FinancialYear(start);
      }
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "financial year must be written like 2016/17, was \"" + text + "\"");
    }
    int start = Integer.parseInt(m.group(1));
    if (m.group(1).length() == 2) {
      start += 2000;
    }
    int end = Integer.parseInt(m.group(2));
    int expectedEnd = m.group(2).length() == 2 ? (start + 1) % 100 : start + 1;
    if (end != expectedEnd) {
      throw new IllegalArgumentException("financial year \"" + text
          + "\" must span two consecutive years, like 2016/17");
    }
    return new FinancialYear(start);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The year {@code n} years later (negative for earlier).
   *
   * @param n how many years later (negative for earlier)
   * @return the year {@code n} years later (negative for earlier)
   */
  public FinancialYear plus(int n) {
    return new FinancialYear(startYear + n);
  }

  /**
   * The following financial year.
   *
   * @return the following financial year
   */
  public FinancialYear next() {
    return plus(1);
  }

  /**
   * Whole years from this year to {@code other} (positive when other is later).
   *
   * @param other the other year
   * @return whole years from this year to {@code other} (positive when other is later)
   */
  public int yearsUntil(FinancialYear other) {
    return other.startYear - startYear;
  }

  /**
   * True when this year starts before {@code other}.
   *
   * @param other the other year
   * @return true when this year starts before {@code other}
   */
  public boolean isBefore(FinancialYear other) {
    return startYear < other.startYear;
  }

  /**
   * True when this year starts after {@code other}.
   *
   * @param other the other year
   * @return true when this year starts after {@code other}
   */
  public boolean isAfter(FinancialYear other) {
    return startYear > other.startYear;
  }

  @Override
  public int compareTo(FinancialYear o) {
    return Integer.compare(startYear, o.startYear);
  }

  /** "2016/17". */
  /**
   * Equal when the same year: what the record's own equals gives, written out because the record's is
   * linked on its first call (method handles spun at run time, ~10 ms of every command's cold start, and
   * years are compared from the first footprint read).
   *
   * @param o the other object
   * @return whether {@code o} is the same financial year
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof FinancialYear y && y.startYear == startYear;
  }

  /**
   * The record's own hash code (for one int component, the int itself), written out for the same reason.
   *
   * @return the start year
   */
  @Override
  public int hashCode() {
    return startYear;
  }

  @Override
  public String toString() {
    // by hand, not String.format: written for every year of every series in every document (format parses
    // its pattern on each call; a tenth of a cold `stp report`)
    int end = (startYear + 1) % 100;
    return startYear + (end < 10 ? "/0" : "/") + end;
  }
}
