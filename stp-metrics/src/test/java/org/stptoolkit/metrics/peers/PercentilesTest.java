package org.stptoolkit.metrics.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void percentileIncMatchesExcel() {
    // Excel: PERCENTILE.INC({1,2,3,4,5}, 0.2) = 1.8; PERCENTILE.INC({15,20,35,40,50}, 0.4) = 29;
    // PERCENTILE.INC({1,3,2,4}, 0.75) = 3.25 (h = 3 × 0.75 = 2.25 between the 3rd and 4th values).
    assertThat(Percentiles.inclusive(new double[] {1, 2, 3, 4, 5}, 0.2)).isCloseTo(1.8, within(TOLERANCE));
    assertThat(Percentiles.inclusive(new double[] {15, 20, 35, 40, 50}, 0.4)).isCloseTo(29, within(TOLERANCE));
    assertThat(Percentiles.inclusive(new double[] {1, 3, 2, 4}, 0.75)).isCloseTo(3.25, within(TOLERANCE));
    assertThat(Percentiles.inclusive(new double[] {7}, 0.5)).isEqualTo(7);
    assertThat(Percentiles.inclusive(new double[] {1, 9}, 1)).isEqualTo(9);
  }
}
