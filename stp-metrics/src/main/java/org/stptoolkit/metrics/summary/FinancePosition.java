package org.stptoolkit.metrics.summary;

/**
 * The finance gap as the caller states it, for the final plan year (2020/21), in £'000, surplus positive
 * and deficit negative. Passed in as plain numbers so that stp-metrics does not depend on stp-finance.
 *
 * @param year the year, e.g. "2020/21"
 * @param doNothingGbpThousands the do-nothing position, £'000 (the seed: −285,402)
 * @param doSomethingGbpThousands the do-something position, £'000 (the seed: 1,420)
 */
public record FinancePosition(String year, double doNothingGbpThousands, double doSomethingGbpThousands) {
  /**
   * Validates the numbers.
   *
   * @param year the year, e.g. "2020/21"
   * @param doNothingGbpThousands the do-nothing position, £'000 (the seed: −285,402)
   * @param doSomethingGbpThousands the do-something position, £'000 (the seed: 1,420)
   */
  public FinancePosition {
    year = year == null || year.isBlank() ? "2020/21" : year.strip();
    if (!Double.isFinite(doNothingGbpThousands) || !Double.isFinite(doSomethingGbpThousands)) {
      throw new IllegalArgumentException("finance positions must be finite numbers of £'000");
    }
  }

  /**
   * How much the plan closes: do-something − do-nothing, £'000.
   *
   * @return how much the plan closes: do-something − do-nothing, £'000
   */
  public double closedGbpThousands() {
    return doSomethingGbpThousands - doNothingGbpThousands;
  }

  /**
   * True when the do-something position is break-even or better.
   *
   * @return true when the do-something position is break-even or better
   */
  public boolean gapClosed() {
    return doSomethingGbpThousands >= 0;
  }
}
