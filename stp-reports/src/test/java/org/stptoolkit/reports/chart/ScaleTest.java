package org.stptoolkit.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void coversTheDataAndZeroWithNiceTicks() {
    Scale s = Scale.covering(new double[] {-285_402, 1_420}, 6);
    assertThat(s.min()).isLessThanOrEqualTo(-285_402);
    assertThat(s.max()).isGreaterThanOrEqualTo(1_420);
    assertThat(s.ticks()).contains(0.0);
    assertThat(s.step()).isEqualTo(50_000);
  }

  @Test
  void emptyDataGivesAUsableScale() {
    Scale s = Scale.covering(new double[] {Double.NaN}, 5);
    assertThat(s.max()).isGreaterThan(s.min());
  }

  @Test
  void mapsEndsOntoTheRange() {
    Scale s = new Scale(-100, 100, 50);
    assertThat(s.map(-100, 10, 210)).isEqualTo(10);
    assertThat(s.map(0, 10, 210)).isEqualTo(110);
  }
}
