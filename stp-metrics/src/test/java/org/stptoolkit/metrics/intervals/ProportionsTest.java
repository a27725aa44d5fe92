package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionsTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void percentageIsWilsonTimesOneHundred() {
    Estimate e = Proportions.of(65.0, 100.0, 100);
    assertThat(e.value()).isCloseTo(65, within(TOLERANCE));
    assertThat(e.ci95().lower()).isCloseTo(100 * WilsonScore.lower(65, 100, 0.95), within(TOLERANCE));
    assertThat(e.ci998().upper()).isCloseTo(100 * WilsonScore.upper(65, 100, 0.998), within(TOLERANCE));
    assertThat(e.method()).isEqualTo(CiMethod.WILSON);
  }

  @Test
  void zeroNumeratorGivesZeroValueAndZeroLowerLimit() {
    Estimate e = Proportions.of(0.0, 40.0, 100);
    assertThat(e.value()).isZero();
    assertThat(e.ci95().lower()).isZero();
    assertThat(e.ci95().upper()).isPositive();
  }

  @Test
  void numeratorEqualToDenominatorGivesUpperLimitOfTheMultiplier() {
    Estimate e = Proportions.of(40.0, 40.0, 100);
    assertThat(e.value()).isCloseTo(100, within(TOLERANCE));
    assertThat(e.ci95().upper()).isCloseTo(100, within(TOLERANCE));
  }

  @Test
  void zeroDenominatorMissingAndInvalidInputsAreDocumentedOutcomes() {
    assertThat(Proportions.of(0.0, 0.0, 100).status()).isEqualTo(EstimateStatus.ZERO_DENOMINATOR);
    assertThat(Proportions.of(null, 10.0, 100).status()).isEqualTo(EstimateStatus.MISSING_INPUT);
    assertThat(Proportions.of(11.0, 10.0, 100).status()).isEqualTo(EstimateStatus.INVALID_INPUT);
    assertThat(Proportions.of(0.0, 0.0, 100).value()).isNull();
  }
}
