package org.stptoolkit.model.basics;

import org.stptoolkit.model.internal.Checks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Money by financial year, in £'000 as the seeds print it. A year that is absent counts as zero.
 *
 * <p>Sign is set by the field that holds it: a surplus is positive and a deficit negative; a saving is
 * positive and an additional cost negative.
 *
 * @param gbpK amounts in £'000 keyed by year, finite
 */
public record YearlyAmounts(SortedMap<FinancialYear, Double> gbpK) {

  private static final YearlyAmounts EMPTY = new YearlyAmounts(null);

  /**
   * Copies and validates: every amount finite, magnitude below £1,000bn (1e9 £'000).
   *
   * @param gbpK amounts in £'000 keyed by year, finite
   */
  public YearlyAmounts {
    gbpK = Checks.copySorted(gbpK, "amounts by year");
    gbpK.forEach((y, v) -> {
      if (!Double.isFinite(v)) { // the message (and the year's text) made only for a value refused
        Checks.finite(v, "amount for " + y);
      }
      if (Math.abs(v) >= 1e9) {
        throw new IllegalArgumentException("amount for " + y
            + " must be below £1,000bn (1,000,000,000 £'000), was " + v);
      }
    });
  }

  /**
   * No amounts.
   *
   * @return an empty set of amounts
   */
  public static YearlyAmounts empty() {
    return EMPTY;
  }

  /**
   * Amounts for consecutive plan years starting at {@code first}.
   *
   * @param first the first year
   * @param gbpK the amounts in £'000, one per year
   * @return amounts for consecutive plan years starting at {@code first}
   */
  public static YearlyAmounts of(FinancialYear first, double... gbpK) {
    Map<FinancialYear, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < gbpK.length; i++) {
      m.put(first.plus(i), gbpK[i]);
    }
    return new YearlyAmounts(new java.util.TreeMap<>(m));
  }

  /**
   * The amount in {@code year}, zero when absent.
   *
   * @param year the year
   * @return the amount in {@code year}, zero when absent
   */
  public double get(FinancialYear year) {
    return gbpK.getOrDefault(year, 0.0);
  }

  /**
   * True when {@code year} has an amount.
   *
   * @param year the year
   * @return true when {@code year} has an amount
   */
  public boolean has(FinancialYear year) {
    return gbpK.containsKey(year);
  }

  /**
   * True when there are no amounts.
   *
   * @return true when there are no amounts
   */
  public boolean isEmpty() {
    return gbpK.isEmpty();
  }

  /**
   * Amounts aligned with the plan years of {@code period}, zero where absent.
   *
   * @param period the plan period
   * @return amounts aligned with the plan years of {@code period}, zero where absent
   */
  public double[] toArray(PlanPeriod period) {
    double[] out = new double[period.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = get(period.year(i));
    }
    return out;
  }

  /**
   * The same amounts with {@code year} set to {@code amountGbpK}.
   *
   * @param year the year
   * @param amountGbpK the amount, £'000
   * @return the same amounts with {@code year} set to {@code amountGbpK}
   */
  public YearlyAmounts with(FinancialYear year, double amountGbpK) {
    java.util.TreeMap<FinancialYear, Double> m = new java.util.TreeMap<>(gbpK);
    m.put(year, amountGbpK);
    return new YearlyAmounts(m);
  }

  /**
   * Sum over all years held, £'000.
   *
   * @return sum over all years held, £'000
   */
  public double total() {
    double s = 0;
    for (double v : gbpK.values()) {
      s += v;
    }
    return s;
  }
}
