package org.stptoolkit.finance.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @Test
  void sampleMeansAndVariancesMatchTheFormulas() {
    for (Distribution d : List.of(Distribution.uniform(0, 2), Distribution.triangular(0, 0.3, 1),
        Distribution.pert(0.2, 0.5, 0.9), Distribution.truncatedNormal(1, 0.3, 0.5, 1.2),
        Distribution.normalFrom80PercentInterval(0.9, 1.1, 0, 2))) {
      SplittableRandom rnd = new SplittableRandom(3);
      Moments m = new Moments();
      for (int i = 0; i < 200_000; i++) {
        m.add(d.quantile(rnd.nextDouble()));
      }
      double sd = Math.sqrt(d.variance());
      assertThat(m.mean).as(d.toString()).isCloseTo(d.mean(), within(5 * sd / Math.sqrt(200_000)));
      assertThat(m.variance()).as(d.toString()).isCloseTo(d.variance(), within(0.02 * d.variance()));
    }
  }

  @Test
  void eightyPercentIntervalInputGivesTheRequestedP10AndP90() {
    Distribution d = Distribution.normalFrom80PercentInterval(-0.005, 0.005, -1, 1);
    assertThat(d.quantile(0.1)).isCloseTo(-0.005, within(1e-6));
    assertThat(d.quantile(0.9)).isCloseTo(0.005, within(1e-6));
  }

  @Test
  void writingIntoThePertTableDoesNotMoveTheDistribution() {
    // A symmetric PERT on [0, 1] with mode 0.5 has its median at the mode (hand calculation: beta(3, 3)).
    Distribution.Pert pert = (Distribution.Pert) Distribution.pert(0, 0.5, 1);
    assertThat(pert.quantile(0.5)).isCloseTo(0.5, within(1e-9));
    double[] table = pert.table();
    java.util.Arrays.fill(table, 99.0);
    assertThat(pert.quantile(0.5)).isCloseTo(0.5, within(1e-9));
    assertThat(pert.table()[2048]).isCloseTo(0.5, within(1e-9));
    assertThat(pert.table()).isNotSameAs(pert.table());
  }

  @Test
  void degenerateDistributionsReturnTheirValueExactly() {
    assertThat(Distribution.fixed(0.75).quantile(0.123)).isEqualTo(0.75);
    assertThat(Distribution.triangular(1, 1, 1).quantile(0.9)).isEqualTo(1.0);
    assertThat(Distribution.pert(2, 2, 2).quantile(0.4)).isEqualTo(2.0);
    assertThat(Distribution.normal(3, 0).quantile(0.99)).isEqualTo(3.0);
    assertThat(Distribution.fixed(1).isDegenerate()).isTrue();
  }
}
