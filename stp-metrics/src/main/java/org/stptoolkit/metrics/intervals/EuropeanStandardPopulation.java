package org.stptoolkit.metrics.intervals;

import java.util.List;

/**
 * The 2013 European Standard Population in the 19 five-year bands PHEindicatormethods uses (its
 * {@code esp2013} data set, {@code man/esp2013.Rd}): 0–4 (age 0 and 1–4 combined), 5–9, …, 85–89, 90+
 * (90–94 and 95+ combined). Persons per 100,000 standard population; the weights sum to 100,000.
 */
public final class EuropeanStandardPopulation {
  /** The 19 band weights, youngest first. */
  public static final List<Double> ESP2013 = List.of(
      5000.0, 5500.0, 5500.0, 5500.0, 6000.0, 6000.0, 6500.0, 7000.0, 7000.0, 7000.0,
      7000.0, 6500.0, 6000.0, 5500.0, 5000.0, 4000.0, 2500.0, 1500.0, 1000.0);

  /** The band labels, youngest first. */
  public static final List<String> BANDS = List.of(
      "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
      "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+");

  private EuropeanStandardPopulation() {}

  /**
   * The weights as a fresh array.
   *
   * @return the weights as a fresh array
   */
  public static double[] weights() {
    return ESP2013.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
