package org.stptoolkit.finance.montecarlo;

import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.basics.ByYear;

/**
 * The answer of a Monte Carlo run, £'000 (deficit negative). Percentiles are keyed by {@link Percentile}
 * (named "p10", "p50", "p2.5" in files); their error is {@link #percentileError()}.
 *
 * @param draws draws made
 * @param seed the seed
 * @param threads threads used (the answer does not depend on it)
 * @param years plan year labels
 * @param nodes the footprint (one node) or, for a national run, England then each region
 * @param varianceDrivers the uncertain inputs by their contribution to the final-year do-something
 *     variance, largest first; first node only
 * @param relativeError the sketches' relative error α
 * @param kept every draw's final-year do-something and cumulative do-something of the first node, in
 *     draw order, when asked for; else {@code null}
 */
public record MonteCarloResult(int draws, long seed, int threads, List<String> years, List<Node> nodes,
    List<VarianceDriver> varianceDrivers, double relativeError, KeptDraws kept) {

  /**
   * Copies the lists.
   *
   * @param draws draws made
   * @param seed the seed
   * @param threads threads used (the answer does not depend on it)
   * @param years plan year labels
   * @param nodes the footprint (one node) or, for a national run, England then each region
   * @param varianceDrivers the uncertain inputs by their contribution to the final-year do-something
   *     variance, largest first; first node only
   * @param relativeError the sketches' relative error α
   * @param kept every draw's final-year do-something and cumulative do-something of the first node, in draw
   *     order, when asked for; else {@code null}
   */
  public MonteCarloResult {
    years = List.copyOf(years);
    nodes = List.copyOf(nodes);
    varianceDrivers = List.copyOf(varianceDrivers);
  }

  /**
   * The first node (the footprint, or England).
   *
   * @return the first node (the footprint, or England)
   */
  public Node headline() {
    return nodes.get(0);
  }

  /**
   * The sentence that states the percentile error.
   *
   * @return the sentence that states the percentile error
   */
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
   * @param percentiles percentile → by-year values, in the order the run asked for them
   * @param mean mean by year
   * @param standardDeviation standard deviation by year
   */
  public record Series(Map<Percentile, ByYear> percentiles, ByYear mean, ByYear standardDeviation) {
    /**
     * Copies.
     *
     * @param percentiles percentile → by-year values, in the order the run asked for them
     * @param mean mean by year
     * @param standardDeviation standard deviation by year
     */
    public Series {
      percentiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(percentiles));
    }

    /**
     * One percentile's values.
     *
     * @param p the percentile
     * @return its £'000 by plan year, or empty when the run did not compute it
     */
    public java.util.Optional<ByYear> percentile(Percentile p) {
      return java.util.Optional.ofNullable(percentiles.get(p));
    }
  }

  /**
   * A single quantity's distribution.
   *
   * @param percentiles percentile → value, in the order the run asked for them
   * @param mean mean
   * @param standardDeviation standard deviation
   */
  public record Scalar(Map<Percentile, Double> percentiles, double mean, double standardDeviation) {
    /**
     * Copies.
     *
     * @param percentiles percentile → value, in the order the run asked for them
     * @param mean mean
     * @param standardDeviation standard deviation
     */
    public Scalar {
      percentiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(percentiles));
    }
  }

  /** What kind of uncertain input a variance driver is. */
  public enum InputKind {
    /** A projection assumption (a do-nothing driver such as pay inflation), shifted in every year. */
    ASSUMPTION,
    /** How much of one solution's planned saving is delivered. */
    DELIVERY
  }

  /**
   * An uncertain input and how much of the final-year do-something variance goes with it.
   *
   * <p>The squared correlations of correlated inputs (solutions of one category move together) can
   * add to more than 1, so they are not shares. {@code contribution} is each squared correlation
   * divided by their sum: the inputs' relative contributions, which add to 1 (the "contribution to
   * variance" of Monte Carlo tools' sensitivity charts). It is an approximation that ranks the inputs;
   * it is exact only for independent inputs that act linearly.
   *
   * @param name "driver: Non-demographic growth" or "delivery: 2 CIP/Workforce" ({@link #driverName},
   *     {@link #deliveryName})
   * @param kind an assumption or a solution's delivery
   * @param squaredCorrelation squared correlation with the final-year do-something (0 to 1)
   * @param contribution {@code squaredCorrelation} over the sum of every input's (0 to 1; they add to 1)
   */
  public record VarianceDriver(String name, InputKind kind, double squaredCorrelation, double contribution) {
    /**
     * Validates the fields.
     *
     * @param name "driver: Non-demographic growth" or "delivery: 2 CIP/Workforce" ({@link #driverName},
     *     {@link #deliveryName})
     * @param kind an assumption or a solution's delivery
     * @param squaredCorrelation squared correlation with the final-year do-something (0 to 1)
     * @param contribution {@code squaredCorrelation} over the sum of every input's (0 to 1; they add to 1)
     */
    public VarianceDriver {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(kind, "kind");
      if (!(squaredCorrelation >= 0 && squaredCorrelation <= 1) || !(contribution >= 0 && contribution <= 1)) {
        throw new IllegalArgumentException("squared correlation and contribution must be between 0 and 1, were "
            + squaredCorrelation + " and " + contribution);
      }
    }

    /**
     * The name of a solution's delivery factor as an input.
     *
     * @param solutionLabel the solution's label, "2 CIP/Workforce"
     * @return "delivery: 2 CIP/Workforce"
     */
    public static String deliveryName(String solutionLabel) {
      return DELIVERY_PREFIX + solutionLabel;
    }

    /**
     * The name of a driver shift as an input.
     *
     * @param driver the driver
     * @return "driver: Non-demographic growth"
     */
    public static String driverName(org.stptoolkit.model.finance.Driver driver) {
      return DRIVER_PREFIX + driver.label();
    }

    private static final String DELIVERY_PREFIX = "delivery: ";
    private static final String DRIVER_PREFIX = "driver: ";

    /**
     * The driver's or solution's own name, without the "driver: " or "delivery: " of {@link #name}.
     *
     * @return "Non-demographic growth" or "2 CIP/Workforce"
     */
    public String label() {
      String prefix = kind == InputKind.DELIVERY ? DELIVERY_PREFIX : DRIVER_PREFIX;
      return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    /**
     * In words: "non-demographic growth" for an assumption, "delivery of 2 CIP/Workforce" for a solution.
     *
     * @return the words
     */
    public String inWords() {
      String label = label();
      if (kind == InputKind.DELIVERY) {
        return "delivery of " + label;
      }
      // "Pay inflation" -> "pay inflation"; an initialism such as "CCG allocation growth" keeps its capitals.
      boolean initialism = label.length() > 1 && Character.isUpperCase(label.charAt(1));
      return initialism || label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
  }

  /**
   * Every draw's headline figures (draw order).
   *
   * @param finalYearDoSomething final-year do-something of each draw
   * @param cumulativeDoSomething cumulative do-something of each draw
   */
  public record KeptDraws(ByYear finalYearDoSomething, ByYear cumulativeDoSomething) {}

}
