package org.stptoolkit.finance.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The sketch against an exact sort, within its stated relative error. */
class QuantileSketchTest {

  private static final double[] QS = {0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999};

  @Property(tries = 30)
  void everyPercentileIsWithinTheStatedRelativeErrorOfTheExactSort(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 20_000) int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    QuantileSketch sketch = new QuantileSketch();
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = -150_000 + 120_000 * rnd.nextGaussian() + (rnd.nextInt(10) == 0 ? rnd.nextDouble() * 1e6 : 0);
      sketch.add(values[i]);
    }
    Arrays.sort(values);
    for (double q : QS) {
      double exact = values[Math.max(0, (int) Math.ceil(q * n) - 1)];
      assertThat(sketch.quantile(q)).as("q=%s", q)
          .isCloseTo(exact, within(sketch.relativeError() * Math.abs(exact) + QuantileSketch.MIN_MAGNITUDE));
    }
  }

  @Test
  void mergedSketchesEqualOneSketchOfAllTheValues() {
    SplittableRandom rnd = new SplittableRandom(1);
    QuantileSketch all = new QuantileSketch();
    QuantileSketch a = new QuantileSketch();
    QuantileSketch b = new QuantileSketch();
    for (int i = 0; i < 5000; i++) {
      double x = rnd.nextGaussian() * 1000;
      all.add(x);
      (i % 3 == 0 ? a : b).add(x);
    }
    a.merge(b);
    for (double q : QS) {
      assertThat(a.quantile(q)).isEqualTo(all.quantile(q));
    }
  }

  @Test
  void memoryIsFixedWhateverTheNumberOfValues() {
    QuantileSketch s = new QuantileSketch();
    int bins = s.bins();
    for (int i = 0; i < 1_000_000; i++) {
      s.add(i - 500_000.5);
    }
    assertThat(s.bins()).isEqualTo(bins);
    assertThat(s.quantile(0.5)).isCloseTo(-0.5, within(1.0));
  }

  /**
   * The sketch's counts as one array per sign over every bin, written out here as the sketch kept them before
   * it kept a window of bins: the same bin for each value and the same nearest-rank walk over the bins.
   */
  private static final class DenseReference {
    final double gamma;
    final double logGamma;
    final long[] positive;
    final long[] negative;
    long zero;
    long count;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;

    DenseReference(double alpha) {
      gamma = (1 + alpha) / (1 - alpha);
      logGamma = Math.log(gamma);
      int bins = (int) Math.ceil(Math.log(QuantileSketch.MAX_MAGNITUDE / QuantileSketch.MIN_MAGNITUDE) / logGamma) + 1;
      positive = new long[bins];
      negative = new long[bins];
    }

    void add(double x) {
      count++;
      min = Math.min(min, x);
      max = Math.max(max, x);
      double a = Math.abs(x);
      if (a < QuantileSketch.MIN_MAGNITUDE) {
        zero++;
        return;
      }
      int k = (int) Math.ceil(Math.log(a / QuantileSketch.MIN_MAGNITUDE) / logGamma);
      k = Math.max(0, Math.min(k, positive.length - 1));
      (x > 0 ? positive : negative)[k]++;
    }

    double quantile(double q) {
      if (q <= 0) {
        return min;
      }
      if (q >= 1) {
        return max;
      }
      long rank = Math.max(0, (long) Math.ceil(q * count) - 1);
      long seen = 0;
      for (int k = negative.length - 1; k >= 0; k--) {
        seen += negative[k];
        if (seen > rank) {
          return Math.min(Math.max(-rep(k), min), max);
        }
      }
      seen += zero;
      if (seen > rank) {
        return Math.min(Math.max(0, min), max);
      }
      for (int k = 0; k < positive.length; k++) {
        seen += positive[k];
        if (seen > rank) {
          return Math.min(Math.max(rep(k), min), max);
        }
      }
      return Double.NaN;
    }

    private double rep(int k) {
      return QuantileSketch.MIN_MAGNITUDE * 2 * Math.pow(gamma, k) / (gamma + 1);
    }
  }

  /**
   * Values spread over a few bins or over every magnitude from £1 to beyond the last bin, of either sign,
   * added one by one or to two sketches merged, after a clear: every percentile is the one the counts over
   * every bin give, to the bit.
   */
  @Property(tries = 60)
  void keepingAWindowOfBinsGivesTheSamePercentilesAsCountingEveryBin(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3_000) int n, @ForAll @IntRange(min = 0, max = 12) int spread) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double alpha = rnd.nextBoolean() ? QuantileSketch.DEFAULT_RELATIVE_ERROR : 0.01;
    DenseReference reference = new DenseReference(alpha);
    QuantileSketch one = new QuantileSketch(alpha);
    QuantileSketch a = new QuantileSketch(alpha);
    QuantileSketch b = new QuantileSketch(alpha);
    one.add(123.0);
    one.clear();
    double centre = Math.pow(10, rnd.nextInt(-3, 11)) * (rnd.nextBoolean() ? 1 : -1);
    for (int i = 0; i < n; i++) {
      double x = centre * Math.pow(10, spread * (rnd.nextDouble() - 0.5)) * (rnd.nextInt(20) == 0 ? -1 : 1);
      reference.add(x);
      one.add(x);
      (i % 2 == 0 ? a : b).add(x);
    }
    a.merge(b);
    for (double q = 0; q <= 1.0001; q += 0.01) {
      double expected = reference.quantile(q);
      assertThat(one.quantile(q)).as("q=%s", q).isEqualTo(expected);
      assertThat(a.quantile(q)).as("merged, q=%s", q).isEqualTo(expected);
    }
  }
}
