package org.stptoolkit.metrics.peers;

import java.util.Arrays;

/**
 * Excel's PERCENTILE.INC (R's quantile type 7): for sorted values x₀ … xₙ₋₁ and k in [0, 1], the
 * position h = (n − 1)k, and the percentile xₗ + (h − ⌊h⌋)(xₗ₊₁ − xₗ) with l = ⌊h⌋.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * PERCENTILE.INC.
   *
   * @param values at least one finite value, in any order (not modified)
   * @param k the percentile as a fraction in [0, 1]
   * @return the percentile
   */
  public static double inclusive(double[] values, double k) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a percentile needs at least one value");
    }
    if (!(k >= 0 && k <= 1)) {
      throw new IllegalArgumentException("percentile must be between 0 and 1, was " + k);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * k;
    int l = (int) Math.floor(h);
    if (l >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[l] + (h - l) * (sorted[l + 1] - sorted[l]);
  }
}
