package org.stptoolkit.model.basics;

import org.stptoolkit.model.internal.Checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * A rate by financial year as a decimal fraction (0.021 = 2.1% a year), e.g. pay inflation or
 * demographic growth. Rates must lie between -50% and +100% a year.
 *
 * @param fractions rates keyed by year
 */
public record YearlyRates(SortedMap<FinancialYear, Double> fractions) {

  /** Lowest rate accepted, -50%. */
  public static final double MIN = -0.5;
  /** Highest rate accepted, +100%. */
  public static final double MAX = 1.0;

  private static final YearlyRates EMPTY = new YearlyRates(null);

  /**
   * Copies and validates every rate against [-50%, +100%].
   *
   * @param fractions rates keyed by year
   */
  public YearlyRates {
    fractions = Checks.copySorted(fractions, "rates by year");
    fractions.forEach((y, v) -> {
      if (!(v >= MIN && v <= MAX)) { // the message (and the year's text) made only for a rate refused
        Checks.rateInRange(v, MIN, MAX, "rate for " + y);
      }
    });
  }

  /**
   * No rates.
   *
   * @return an empty set of rates
   */
  public static YearlyRates empty() {
    return EMPTY;
  }

  /**
   * The same rate in every plan year of {@code period}.
   *
   * @param period the plan period
   * @param fraction the rate as a decimal fraction (0.01 for 1%)
   * @return the same rate in every plan year of {@code period}
   */
  public static YearlyRates flat(PlanPeriod period, double fraction) {
    Map<FinancialYear, Double> m = new LinkedHashMap<>();
    for (FinancialYear y : period.years()) {
      m.put(y, fraction);
    }
    return new YearlyRates(new java.util.TreeMap<>(m));
  }

  /**
   * Rates for consecutive years starting at {@code first}.
   *
   * @param first the first year
   * @param fractions the rates as decimal fractions, one per year
   * @return rates for consecutive years starting at {@code first}
   */
  public static YearlyRates of(FinancialYear first, double... fractions) {
    Map<FinancialYear, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < fractions.length; i++) {
      m.put(first.plus(i), fractions[i]);
    }
    return new YearlyRates(new java.util.TreeMap<>(m));
  }

  /**
   * The rate in {@code year}, or {@code fallback} when absent.
   *
   * @param year the year
   * @param fallback the rate to give when {@code year} has none
   * @return the rate in {@code year}, or {@code fallback} when absent
   */
  public double getOr(FinancialYear year, double fallback) {
    return fractions.getOrDefault(year, fallback);
  }

  /**
   * True when {@code year} has a rate.
   *
   * @param year the year
   * @return true when {@code year} has a rate
   */
  public boolean has(FinancialYear year) {
    return fractions.containsKey(year);
  }

  /**
   * True when there are no rates.
   *
   * @return true when there are no rates
   */
  public boolean isEmpty() {
    return fractions.isEmpty();
  }

  /**
   * Rates aligned with the plan years, {@code fallback} where absent.
   *
   * @param period the plan period
   * @param fallback the rate to give where a year has none
   * @return rates aligned with the plan years, {@code fallback} where absent
   */
  public double[] toArray(PlanPeriod period, double fallback) {
    double[] out = new double[period.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getOr(period.year(i), fallback);
    }
    return out;
  }
}
