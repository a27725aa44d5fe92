package org.stptoolkit.finance.montecarlo;

import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.ByYear;

/**
 * The answer of a Monte Carlo run, £'000 (deficit negative). Percentiles are named "p10", "p50", "p2.5"
 * and so on; their error is {@link #percentileError()}.
 *
 * @param draws draws made
 * @param seed the seed
 * @param threads threads used (the answer does not depend on it)
 * @param years plan year labels
 * @param nodes the footprint (one node) or, for a national run, England then each region
 * @param varianceDrivers inputs by the share of the final-year do-something variance they explain
 *     (squared correlation), largest first; first node only
 * @param relativeError the sketches' relative error α
 * @param kept every draw's final-year do-something and cumulative do-something of the first node, in
 *     draw order, when asked for; else {@code null}
 */
public record MonteCarloResult(int draws, long seed, int threads, List<String> years, List<Node> nodes,
    List<VarianceDriver> varianceDrivers, double relativeError, KeptDraws kept) {

  /** Copies the lists. */
  public MonteCarloResult {
    years = List.copyOf(years);
    nodes = List.copyOf(nodes);
    varianceDrivers = List.copyOf(varianceDrivers);
  }

  /** The first node (the footprint, or England). */
  public Node headline() {
    return nodes.get(0);
  }

  /** The sentence that states the percentile error. */
  public String percentileError() {
    return String.format(java.util.Locale.ROOT, "Percentiles are nearest-rank estimates from a streaming"
        + " log-binned sketch: each is within %s%% of the exact value of the draws (or within £1 of zero);"
        + " means and standard deviations are exact over the draws.",
        java.math.BigDecimal.valueOf(relativeError * 100).stripTrailingZeros().toPlainString());
  }

  /**
   * One aggregate the run reports on.
   *
   * @param name footprint name, "England" or a region
   * @param doNothing do-nothing position
   * @param doSomething do-something position
   * @param cumulativeDoSomething Σ do-something over the plan years
   * @param probabilityOfBalance share of draws with do-something ≥ 0, by year
   */
  public record Node(String name, Series doNothing, Series doSomething, Scalar cumulativeDoSomething,
      ByYear probabilityOfBalance) {}

  /**
   * A by-year quantity's distribution.
   *
   * @param percentiles name → by-year values
   * @param mean mean by year
   * @param standardDeviation standard deviation by year
   */
  public record Series(Map<String, ByYear> percentiles, ByYear mean, ByYear standardDeviation) {
    /** Copies. */
    public Series {
      percentiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(percentiles));
    }
  }

  /**
   * A single quantity's distribution.
   *
   * @param percentiles name → value
   * @param mean mean
   * @param standardDeviation standard deviation
   */
  public record Scalar(Map<String, Double> percentiles, double mean, double standardDeviation) {
    /** Copies. */
    public Scalar {
      percentiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(percentiles));
    }
  }

  /**
   * An input's share of the final-year do-something variance.
   *
   * @param name e.g. "delivery: 2 CIP/Workforce" or "driver: Non-demographic growth"
   * @param share squared correlation with the final-year do-something (0 to 1)
   */
  public record VarianceDriver(String name, double share) {

    /**
     * The name of a solution's delivery factor as an input.
     *
     * @param solutionLabel the solution's label, "2 CIP/Workforce"
     * @return "delivery: 2 CIP/Workforce"
     */
    public static String deliveryName(String solutionLabel) {
      return "delivery: " + solutionLabel;
    }

    /**
     * The name of a driver shift as an input.
     *
     * @param driver the driver
     * @return "driver: Non-demographic growth"
     */
    public static String driverName(org.stptoolkit.model.finance.Driver driver) {
      return "driver: " + driver.label();
    }
  }

  /**
   * Every draw's headline figures (draw order).
   *
   * @param finalYearDoSomething final-year do-something of each draw
   * @param cumulativeDoSomething cumulative do-something of each draw
   */
  public record KeptDraws(ByYear finalYearDoSomething, ByYear cumulativeDoSomething) {}

  /** "p10" for 0.1, "p2.5" for 0.025. */
  public static String percentileName(double p) {
    return "p" + java.math.BigDecimal.valueOf(p * 100).stripTrailingZeros().toPlainString();
  }
}
