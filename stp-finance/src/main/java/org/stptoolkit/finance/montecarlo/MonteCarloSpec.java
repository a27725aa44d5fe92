package org.stptoolkit.finance.montecarlo;

import java.util.List;
import java.util.Map;
import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.solution.Maturity;

/**
 * What a Monte Carlo run varies and how. Immutable.
 *
 * @param draws number of draws (1 to 2,000,000,000)
 * @param seed the seed; the same seed gives the same answer on any number of threads
 * @param threads worker threads (1 or more)
 * @param driverShifts projection drivers shifted by a drawn amount (added to every organisation's rate in
 *     every plan year); the do-nothing moves by the drivers-based projection's change
 * @param deliveryByMaturity delivery factor (multiplier on a solution's net) by maturity; absent = 1
 * @param deliveryBySolution delivery factor by solution index (position in the footprint's list),
 *     overriding the maturity's
 * @param categoryCorrelation correlation (0 to 1) between the delivery of solutions in the same
 *     category, through a Gaussian copula
 * @param percentiles percentiles to report, as fractions (0.1 = P10)
 * @param keepDraws keep every draw's final-year do-something and cumulative do-something (memory then
 *     grows with the draws; off by default)
 * @param relativeError the percentile sketches' relative error
 */
public record MonteCarloSpec(int draws, long seed, int threads, List<DriverShift> driverShifts,
    Map<Maturity, Distribution> deliveryByMaturity, Map<Integer, Distribution> deliveryBySolution,
    double categoryCorrelation, List<Double> percentiles, boolean keepDraws, double relativeError) {

  /** P10, P50, P90. */
  public static final List<Double> DEFAULT_PERCENTILES = List.of(0.1, 0.5, 0.9);

  /**
   * Validates and copies.
   *
   * @param draws number of draws (1 to 2,000,000,000)
   * @param seed the seed; the same seed gives the same answer on any number of threads
   * @param threads worker threads (1 or more)
   * @param driverShifts projection drivers shifted by a drawn amount (added to every organisation's rate in
   *     every plan year); the do-nothing moves by the drivers-based projection's change
   * @param deliveryByMaturity delivery factor (multiplier on a solution's net) by maturity; absent = 1
   * @param deliveryBySolution delivery factor by solution index (position in the footprint's list),
   *     overriding the maturity's
   * @param categoryCorrelation correlation (0 to 1) between the delivery of solutions in the same category,
   *     through a Gaussian copula
   * @param percentiles percentiles to report, as fractions (0.1 = P10)
   * @param keepDraws keep every draw's final-year do-something and cumulative do-something (memory then
   *     grows with the draws; off by default)
   * @param relativeError the percentile sketches' relative error
   */
  public MonteCarloSpec {
    Checks.inRange(draws, 1, 2_000_000_000, "draws");
    Checks.inRange(threads, 1, 1024, "threads");
    driverShifts = Checks.copy(driverShifts, "driver shifts");
    deliveryByMaturity = Checks.copy(deliveryByMaturity, "delivery by maturity");
    deliveryBySolution = Checks.copy(deliveryBySolution, "delivery by solution");
    Checks.inRange(categoryCorrelation, 0, 1, "category correlation");
    percentiles = percentiles == null || percentiles.isEmpty() ? DEFAULT_PERCENTILES : List.copyOf(percentiles);
    percentiles.forEach(p -> Checks.inRange(p, 0, 1, "percentile"));
    if (relativeError == 0) {
      relativeError = QuantileSketch.DEFAULT_RELATIVE_ERROR;
    }
  }

  /**
   * Nothing uncertain yet: {@code draws} draws with {@code seed} on every core.
   *
   * @param draws the number of draws, at least 1
   * @param seed the seed of the random streams
   * @return a specification with no uncertainty set
   */
  public static MonteCarloSpec of(int draws, long seed) {
    return new MonteCarloSpec(draws, seed, Runtime.getRuntime().availableProcessors(), List.of(), Map.of(),
        Map.of(), 0, DEFAULT_PERCENTILES, false, 0);
  }

  /**
   * A typical analyst's set-up: delivery triangular around the maturity's realisation (fully developed
   * 80–95–100%, plans in progress 50–75–100%, opportunity 20–50–90%, unidentified 0–25–75%), non-demographic
   * growth ±0.5 percentage points (80% interval, normal truncated to ±2 points), pay inflation ±0.5 points,
   * and correlation 0.5 within a category.
   *
   * @param draws the number of draws, at least 1
   * @param seed the seed of the random streams
   * @return a typical analyst's set-up: delivery triangular around the maturity's realisation (fully
   *     developed 80–95–100%, plans in progress 50–75–100%, opportunity 20–50–90%, unidentified 0–25–75%),
   *     non-demographic growth ±0.5 percentage points (80% interval, normal truncated to ±2 points), pay
   *     inflation ±0.5 points, and correlation 0.5 within a category
   */
  public static MonteCarloSpec typical(int draws, long seed) {
    return of(draws, seed)
        .withDriverShifts(List.of(
            new DriverShift(Driver.NON_DEMOGRAPHIC_GROWTH, Distribution.normalFrom80PercentInterval(-0.005, 0.005, -0.02, 0.02)),
            new DriverShift(Driver.PAY_INFLATION, Distribution.normalFrom80PercentInterval(-0.005, 0.005, -0.02, 0.02))))
        .withDeliveryByMaturity(Map.of(
            Maturity.FULLY_DEVELOPED, Distribution.triangular(0.8, 0.95, 1.0),
            Maturity.PLANS_IN_PROGRESS, Distribution.triangular(0.5, 0.75, 1.0),
            Maturity.OPPORTUNITY, Distribution.triangular(0.2, 0.5, 0.9),
            Maturity.UNIDENTIFIED, Distribution.triangular(0.0, 0.25, 0.75)))
        .withCategoryCorrelation(0.5);
  }

  /**
   * A copy with other thread count.
   *
   * @param n the number of threads, at least 1
   * @return a copy with other thread count
   */
  public MonteCarloSpec withThreads(int n) {
    return new MonteCarloSpec(draws, seed, n, driverShifts, deliveryByMaturity, deliveryBySolution,
        categoryCorrelation, percentiles, keepDraws, relativeError);
  }

  /**
   * A copy with other driver shifts.
   *
   * @param shifts the driver shifts
   * @return a copy with other driver shifts
   */
  public MonteCarloSpec withDriverShifts(List<DriverShift> shifts) {
    return new MonteCarloSpec(draws, seed, threads, shifts, deliveryByMaturity, deliveryBySolution,
        categoryCorrelation, percentiles, keepDraws, relativeError);
  }

  /**
   * A copy with other delivery factors by maturity.
   *
   * @param delivery the delivery factor's distribution for each maturity
   * @return a copy with other delivery factors by maturity
   */
  public MonteCarloSpec withDeliveryByMaturity(Map<Maturity, Distribution> delivery) {
    return new MonteCarloSpec(draws, seed, threads, driverShifts, delivery, deliveryBySolution,
        categoryCorrelation, percentiles, keepDraws, relativeError);
  }

  /**
   * A copy with other delivery factors by solution index.
   *
   * @param delivery the delivery factor's distribution by solution index
   * @return a copy with other delivery factors by solution index
   */
  public MonteCarloSpec withDeliveryBySolution(Map<Integer, Distribution> delivery) {
    return new MonteCarloSpec(draws, seed, threads, driverShifts, deliveryByMaturity, delivery,
        categoryCorrelation, percentiles, keepDraws, relativeError);
  }

  /**
   * A copy with another category correlation.
   *
   * @param rho the correlation between draws of the same category, between 0 and 1
   * @return a copy with another category correlation
   */
  public MonteCarloSpec withCategoryCorrelation(double rho) {
    return new MonteCarloSpec(draws, seed, threads, driverShifts, deliveryByMaturity, deliveryBySolution,
        rho, percentiles, keepDraws, relativeError);
  }

  /**
   * A copy with other percentiles.
   *
   * @param ps the percentiles to report, each between 0 and 1
   * @return a copy with other percentiles
   */
  public MonteCarloSpec withPercentiles(List<Double> ps) {
    return new MonteCarloSpec(draws, seed, threads, driverShifts, deliveryByMaturity, deliveryBySolution,
        categoryCorrelation, ps, keepDraws, relativeError);
  }

  /**
   * A copy that reports these percentiles, in this order.
   *
   * @param ps the percentiles, e.g. {@link Percentile#P10}, {@link Percentile#P50}, {@link Percentile#P90}
   * @return the copy
   */
  public MonteCarloSpec withPercentiles(Percentile... ps) {
    return withPercentiles(java.util.Arrays.stream(ps).map(Percentile::fraction).toList());
  }

  /**
   * A copy that keeps (or not) every draw's headline figures.
   *
   * @param keep whether every draw's headline figures are kept
   * @return a copy that keeps (or not) every draw's headline figures
   */
  public MonteCarloSpec withKeepDraws(boolean keep) {
    return new MonteCarloSpec(draws, seed, threads, driverShifts, deliveryByMaturity, deliveryBySolution,
        categoryCorrelation, percentiles, keep, relativeError);
  }

  /**
   * A copy with another seed.
   *
   * @param newSeed the seed of the random streams
   * @return a copy with another seed
   */
  public MonteCarloSpec withSeed(long newSeed) {
    return new MonteCarloSpec(draws, newSeed, threads, driverShifts, deliveryByMaturity, deliveryBySolution,
        categoryCorrelation, percentiles, keepDraws, relativeError);
  }

  /**
   * A copy with another number of draws.
   *
   * @param n the number of draws, at least 1
   * @return a copy with another number of draws
   */
  public MonteCarloSpec withDraws(int n) {
    return new MonteCarloSpec(n, seed, threads, driverShifts, deliveryByMaturity, deliveryBySolution,
        categoryCorrelation, percentiles, keepDraws, relativeError);
  }

  /**
   * A driver moved by a drawn amount.
   *
   * @param driver the driver
   * @param shift the amount added to its rate (decimal fraction)
   */
  public record DriverShift(Driver driver, Distribution shift) {
    /**
     * Validates.
     *
     * @param driver the driver
     * @param shift the amount added to its rate (decimal fraction)
     */
    public DriverShift {
      Checks.notNull(driver, "driver");
      Checks.notNull(shift, "shift distribution of " + driver);
    }
  }
}
