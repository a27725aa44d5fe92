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
}
