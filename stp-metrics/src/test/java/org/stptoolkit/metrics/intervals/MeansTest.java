package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeansTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void meanOfTwoObservationsUsesTheCauchyQuantile() {
    // n = 2: mean 2, sd √2, se 1; t(0.975, 1) = tan(0.475π) = 12.706204736174698.
    Estimate e = Means.of(new double[] {1, 3});
    double t = Math.tan(Math.PI * 0.475);
    assertThat(e.value()).isEqualTo(2);
    assertThat(e.ci95().lower()).isCloseTo(2 - t, within(TOLERANCE));
    assertThat(e.ci95().upper()).isCloseTo(2 + t, within(TOLERANCE));
    assertThat(e.method()).isEqualTo(CiMethod.STUDENTS_T);
  }

  @Test
  void summaryStatisticsGiveTheSameInterval() {
    Estimate raw = Means.of(new double[] {4, 8, 6, 5, 7});
    Estimate summary = Means.ofSummary(6, Math.sqrt(2.5), 5);
    assertThat(summary.ci998().lower()).isCloseTo(raw.ci998().lower(), within(TOLERANCE));
  }

  @Test
  void fewerThanTwoObservationsAreDocumentedOutcomes() {
    assertThat(Means.of(new double[0]).status()).isEqualTo(EstimateStatus.ZERO_DENOMINATOR);
    assertThat(Means.of(new double[] {3}).status()).isEqualTo(EstimateStatus.INVALID_INPUT);
  }
}
