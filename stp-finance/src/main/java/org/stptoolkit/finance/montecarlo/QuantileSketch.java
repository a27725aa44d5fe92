package org.stptoolkit.finance.montecarlo;

/**
 * A streaming quantile sketch with a stated relative error, in the manner of DDSketch: values are counted
 * in logarithmic bins {@code (m·γ^(k−1), m·γ^k]} of their magnitude (one set for positive values, one for
 * negative), with {@code γ = (1 + α)/(1 − α)} and {@code m} = {@value #MIN_MAGNITUDE} £'000 (£1); values
 * smaller in magnitude count as zero.
 *
 * <p><b>Error</b>: the estimate of the q-quantile (nearest rank: the {@code ⌈q·n⌉}-th smallest value) is
 * within {@code α × |true value|} of it (or within £1 of zero). Memory is fixed (two arrays of
 * {@link #bins()} counts), whatever the number of values; sketches merge exactly by adding counts, so a
 * merged sketch does not depend on how the values were split.
 */
public final class QuantileSketch {

  /** Relative error α of the default sketch: 0.1%. */
  public static final double DEFAULT_RELATIVE_ERROR = 0.001;
  /** Magnitudes below this (£'000) count as zero. */
  public static final double MIN_MAGNITUDE = 1e-3;
  /** Largest magnitude held exactly in a bin (£'000); larger values go to the last bin. */
  public static final double MAX_MAGNITUDE = 1e10;

  private final double alpha;
  private final double gamma;
  private final double logGamma;
  private final int[] positive;
  private final int[] negative;
  private long zero;
  private long count;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /**
   * A sketch with relative error {@code alpha} (between 1e-5 and 0.1).
   *
   * @param alpha the relative error, between 1e-5 and 0.1
   */
  public QuantileSketch(double alpha) {
    if (!(alpha >= 1e-5 && alpha <= 0.1)) {
      throw new IllegalArgumentException("relative error must be between 0.001% and 10%, was " + alpha);
    }
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(gamma);
    int bins = (int) Math.ceil(Math.log(MAX_MAGNITUDE / MIN_MAGNITUDE) / logGamma) + 1;
    positive = new int[bins];
    negative = new int[bins];
  }

  /** A sketch with the default 0.1% relative error. */
  public QuantileSketch() {
    this(DEFAULT_RELATIVE_ERROR);
  }

  /**
   * The relative error α.
   *
   * @return the relative error α
   */
  public double relativeError() {
    return alpha;
  }

  /**
   * Bins per sign.
   *
   * @return bins per sign
   */
  public int bins() {
    return positive.length;
  }

  /**
   * Adds one value; allocates nothing.
   *
   * @param x the value to add
   */
  public void add(double x) {
    count++;
    if (x < min) {
      min = x;
    }
    if (x > max) {
      max = x;
    }
    double a = Math.abs(x);
    if (a < MIN_MAGNITUDE) {
      zero++;
      return;
    }
    int k = (int) Math.ceil(Math.log(a / MIN_MAGNITUDE) / logGamma);
    if (k < 0) {
      k = 0;
    } else if (k >= positive.length) {
      k = positive.length - 1;
    }
    if (x > 0) {
      positive[k]++;
    } else {
      negative[k]++;
    }
  }

  /**
   * Adds every count of {@code other} (same α) to this sketch.
   *
   * @param other the sketch to add, made with the same {@code alpha}
   */
  public void merge(QuantileSketch other) {
    if (other.alpha != alpha) {
      throw new IllegalArgumentException("sketches with different relative errors cannot be merged");
    }
    for (int i = 0; i < positive.length; i++) {
      positive[i] += other.positive[i];
      negative[i] += other.negative[i];
    }
    zero += other.zero;
    count += other.count;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** Empties the sketch (reuse without allocation). */
  public void clear() {
    java.util.Arrays.fill(positive, 0);
    java.util.Arrays.fill(negative, 0);
    zero = 0;
    count = 0;
    min = Double.POSITIVE_INFINITY;
    max = Double.NEGATIVE_INFINITY;
  }

  /**
   * Number of values added.
   *
   * @return number of values added
   */
  public long count() {
    return count;
  }

  /**
   * The estimated q-quantile (0 ≤ q ≤ 1) by nearest rank; NaN when empty. The exact minimum and maximum
   * are returned for q = 0 and q = 1, and no estimate lies outside them.
   *
   * @param q the quantile, between 0 and 1
   * @return the estimated q-quantile (0 ≤ q ≤ 1) by nearest rank; NaN when empty
   */
  public double quantile(double q) {
    if (count == 0) {
      return Double.NaN;
    }
    if (q <= 0) {
      return min;
    }
    if (q >= 1) {
      return max;
    }
    long rank = Math.max(0, (long) Math.ceil(q * count) - 1);
    long seen = 0;
    double value = Double.NaN;
    for (int k = negative.length - 1; k >= 0 && Double.isNaN(value); k--) {
      seen += negative[k];
      if (seen > rank) {
        value = -representative(k);
      }
    }
    if (Double.isNaN(value)) {
      seen += zero;
      if (seen > rank) {
        value = 0;
      }
    }
    for (int k = 0; k < positive.length && Double.isNaN(value); k++) {
      seen += positive[k];
      if (seen > rank) {
        value = representative(k);
      }
    }
    return Math.min(Math.max(value, min), max);
  }

  private double representative(int k) {
    return MIN_MAGNITUDE * 2 * Math.pow(gamma, k) / (gamma + 1);
  }
}
