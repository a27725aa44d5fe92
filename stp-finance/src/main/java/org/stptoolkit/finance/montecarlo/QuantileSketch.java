package org.stptoolkit.finance.montecarlo;

/**
 * A streaming quantile sketch with a stated relative error, in the manner of DDSketch: values are counted
 * in logarithmic bins {@code (m·γ^(k−1), m·γ^k]} of their magnitude (one set for positive values, one for
 * negative), with {@code γ = (1 + α)/(1 − α)} and {@code m} = {@value #MIN_MAGNITUDE} £'000 (£1); values
 * smaller in magnitude count as zero.
 *
 * <p><b>Error</b>: the estimate of the q-quantile (nearest rank: the {@code ⌈q·n⌉}-th smallest value) is
 * within {@code α × |true value|} of it (or within £1 of zero). Memory does not grow with the number of
 * values: each sign's counts are kept for the range of bins its values have reached (a window that widens
 * as needed, at most {@link #bins()} counts), so a sketch of values within a factor of two of each other
 * holds a few hundred counts, not tens of thousands. Sketches merge exactly by adding counts, so a merged
 * sketch does not depend on how the values were split.
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
  /** Bins per sign: 0 to {@code bins - 1}. */
  private final int bins;
  private final Counts positive;
  private final Counts negative;
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
    this.bins = (int) Math.ceil(Math.log(MAX_MAGNITUDE / MIN_MAGNITUDE) / logGamma) + 1;
    positive = new Counts(bins);
    negative = new Counts(bins);
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
    return bins;
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
    } else if (k >= bins) {
      k = bins - 1;
    }
    (x > 0 ? positive : negative).increment(k);
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
    positive.add(other.positive);
    negative.add(other.negative);
    zero += other.zero;
    count += other.count;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** Empties the sketch (reuse without allocation). */
  public void clear() {
    positive.clear();
    negative.clear();
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
    // (bins outside a sign's window hold nothing: going through the window alone counts the same)
    for (int k = negative.last(); k >= negative.first() && Double.isNaN(value); k--) {
      seen += negative.get(k);
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
    for (int k = positive.first(); k <= positive.last() && Double.isNaN(value); k++) {
      seen += positive.get(k);
      if (seen > rank) {
        value = representative(k);
      }
    }
    return Math.min(Math.max(value, min), max);
  }

  private double representative(int k) {
    return MIN_MAGNITUDE * 2 * Math.pow(gamma, k) / (gamma + 1);
  }

  /**
   * One sign's counts by bin, kept for a window of bins ({@code from} to {@code from + counts.length - 1})
   * that widens to take a bin outside it: twice the size needed, centred on what it must hold, within the
   * sketch's bins.
   */
  private static final class Counts {
    /** The first window's size, in bins (values within about 12% of each other at the default α). */
    private static final int FIRST_WINDOW = 64;

    private final int bins;
    private int[] counts = new int[0];
    private int from;

    Counts(int bins) {
      this.bins = bins;
    }

    void increment(int k) {
      int i = k - from;
      if (i < 0 || i >= counts.length) {
        hold(k, k);
        i = k - from;
      }
      counts[i]++;
    }

    /** The count of bin {@code k} (0 outside the window). */
    int get(int k) {
      int i = k - from;
      return i >= 0 && i < counts.length ? counts[i] : 0;
    }

    /** The window's first bin (greater than {@link #last()} while empty). */
    int first() {
      return from;
    }

    /** The window's last bin. */
    int last() {
      return from + counts.length - 1;
    }

    void add(Counts other) {
      if (other.counts.length == 0) {
        return;
      }
      hold(other.first(), other.last());
      for (int i = 0; i < other.counts.length; i++) {
        counts[other.from + i - from] += other.counts[i];
      }
    }

    void clear() {
      java.util.Arrays.fill(counts, 0);
    }

    /** Widens the window, if it must, to hold bins {@code lo} to {@code hi} as well. */
    private void hold(int lo, int hi) {
      int first = counts.length == 0 ? lo : Math.min(from, lo);
      int last = counts.length == 0 ? hi : Math.max(last(), hi);
      if (counts.length > 0 && first >= from && last <= last()) {
        return;
      }
      int need = last - first + 1;
      int size = Math.min(bins, Math.max(FIRST_WINDOW, Integer.highestOneBit(need) << 1));
      int start = Math.max(0, Math.min(first - (size - need) / 2, bins - size));
      int[] wider = new int[size];
      if (counts.length > 0) {
        System.arraycopy(counts, 0, wider, from - start, counts.length);
      }
      counts = wider;
      from = start;
    }
  }
}
