package org.stptoolkit.model.basics;

import org.stptoolkit.model.internal.Checks;

import java.util.ArrayList;
import java.util.List;

/**
 * The years a plan covers: a base year (the normalised starting position) and the plan years that
 * follow it. The Staffordshire and Stoke-on-Trent plan has base year 2015/16 and plan years 2016/17 to
 * 2020/21, but nothing in the toolkit assumes those years.
 *
 * @param baseYear the year of the normalised baseline, e.g. 2015/16
 * @param firstYear the first plan year; must be the year after the base year
 * @param lastYear the last plan year, at or after the first; at most 25 plan years
 */
public record PlanPeriod(FinancialYear baseYear, FinancialYear firstYear, FinancialYear lastYear) {

  /**
   * Validates that the plan years follow the base year and are in order.
   *
   * @param baseYear the year of the normalised baseline, e.g. 2015/16
   * @param firstYear the first plan year; must be the year after the base year
   * @param lastYear the last plan year, at or after the first; at most 25 plan years
   */
  public PlanPeriod {
    Checks.notNull(baseYear, "base year");
    Checks.notNull(firstYear, "first plan year");
    Checks.notNull(lastYear, "last plan year");
    if (!firstYear.equals(baseYear.next())) {
      throw new IllegalArgumentException("first plan year must be the year after the base year "
          + baseYear + " (" + baseYear.next() + "), was " + firstYear);
    }
    if (lastYear.isBefore(firstYear)) {
      throw new IllegalArgumentException(
          "last plan year " + lastYear + " must not be before the first plan year " + firstYear);
    }
    if (firstYear.yearsUntil(lastYear) >= 25) {
      throw new IllegalArgumentException("a plan may cover at most 25 years, was "
          + (firstYear.yearsUntil(lastYear) + 1) + " (" + firstYear + " to " + lastYear + ")");
    }
  }

  /**
   * A period of {@code years} plan years after {@code baseYear}.
   *
   * @param baseYear the year before the first plan year
   * @param years how many plan years, at least 1
   * @return a period of {@code years} plan years after {@code baseYear}
   */
  public static PlanPeriod of(FinancialYear baseYear, int years) {
    if (years < 1) {
      throw new IllegalArgumentException("a plan needs at least one plan year, was " + years);
    }
    return new PlanPeriod(baseYear, baseYear.next(), baseYear.plus(years));
  }

  /**
   * Number of plan years (5 for 2016/17 to 2020/21).
   *
   * @return number of plan years (5 for 2016/17 to 2020/21)
   */
  public int size() {
    return firstYear.yearsUntil(lastYear) + 1;
  }

  /**
   * The plan years in order.
   *
   * @return the plan years in order
   */
  public List<FinancialYear> years() {
    List<FinancialYear> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(firstYear.plus(i));
    }
    return List.copyOf(out);
  }

  /**
   * The plan years as text labels, "2016/17" etc.
   *
   * @return the plan years as text labels, "2016/17" etc
   */
  public List<String> labels() {
    return years().stream().map(FinancialYear::toString).toList();
  }

  /**
   * True when {@code year} is a plan year (the base year is not).
   *
   * @param year the year
   * @return true when {@code year} is a plan year (the base year is not)
   */
  public boolean contains(FinancialYear year) {
    return !year.isBefore(firstYear) && !year.isAfter(lastYear);
  }

  /**
   * Position of {@code year} among the plan years, 0 for the first.
   *
   * @param year a plan year of this period
   * @return position of {@code year} among the plan years, 0 for the first
   */
  public int indexOf(FinancialYear year) {
    if (!contains(year)) {
      throw new IllegalArgumentException(
          "year " + year + " is outside the plan " + firstYear + " to " + lastYear);
    }
    return firstYear.yearsUntil(year);
  }

  /**
   * The plan year at position {@code index}.
   *
   * @param index the position, 0 for the first plan year
   * @return the plan year at position {@code index}
   */
  public FinancialYear year(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("plan year index " + index + " of " + size());
    }
    return firstYear.plus(index);
  }

  /** "2016/17 to 2020/21". */
  @Override
  public String toString() {
    return firstYear + " to " + lastYear + " (base " + baseYear + ")";
  }
}
