package org.stptoolkit.finance.montecarlo;

import java.math.BigDecimal;

/**
 * A percentile a Monte Carlo run reports, as a fraction of the draws below it (0.1 for the 10th
 * percentile). Files and sentences name it by {@link #name()}: "p10", "p2.5"; {@link #parse(String)} reads
 * the name back.
 *
 * @param fraction between 0 and 1 inclusive
 */
public record Percentile(double fraction) implements Comparable<Percentile> {

  /** The 5th percentile. */
  public static final Percentile P5 = new Percentile(0.05);
  /** The 10th percentile. */
  public static final Percentile P10 = new Percentile(0.1);
  /** The 25th percentile. */
  public static final Percentile P25 = new Percentile(0.25);
  /** The median. */
  public static final Percentile P50 = new Percentile(0.5);
  /** The 75th percentile. */
  public static final Percentile P75 = new Percentile(0.75);
  /** The 90th percentile. */
  public static final Percentile P90 = new Percentile(0.9);
  /** The 95th percentile. */
  public static final Percentile P95 = new Percentile(0.95);

  /**
   * Validates the fraction.
   *
   * @param fraction between 0 and 1 inclusive
   * @throws IllegalArgumentException when it is not between 0 and 1
   */
  public Percentile {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("a percentile must be a fraction between 0 and 1 (0.1 for p10), was "
          + fraction);
    }
  }

  /**
   * The percentile at {@code fraction}.
   *
   * @param fraction between 0 and 1 (0.1 for p10)
   * @return the percentile
   * @throws IllegalArgumentException when it is not between 0 and 1
   */
  public static Percentile of(double fraction) {
    return new Percentile(fraction);
  }

  /**
   * The percentile named {@code name}, as {@link #name()} writes it.
   *
   * @param name "p10", "p2.5", ...
   * @return the percentile
   * @throws IllegalArgumentException when the name is not "p" followed by a number from 0 to 100
   */
  public static Percentile parse(String name) {
    if (name == null || !name.matches("p\\d{1,3}(\\.\\d+)?")) {
      throw new IllegalArgumentException("expected a percentile name such as p10 or p2.5, found "
          + (name == null ? "nothing" : "\"" + name + "\""));
    }
    return new Percentile(new BigDecimal(name.substring(1)).movePointLeft(2).doubleValue());
  }

  /**
   * The percentile in percent, as printed: 10 for p10, 2.5 for p2.5.
   *
   * @return the percent, without trailing zeros
   */
  public BigDecimal percent() {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros();
  }

  /**
   * The name files and sentences use.
   *
   * @return "p10" for 0.1, "p2.5" for 0.025
   */
  public String name() {
    return "p" + percent().toPlainString();
  }

  /** By fraction. */
  @Override
  public int compareTo(Percentile o) {
    return Double.compare(fraction, o.fraction);
  }

  /**
   * The name.
   *
   * @return {@link #name()}
   */
  @Override
  public String toString() {
    return name();
  }
}
