package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CrudeRatesTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void rateOfTenOrMoreEventsUsesByarsScaledByMultiplierOverPopulation() {
    // PHEindicatormethods R/Rates.R example row: 82 events in 10,000 per 100,000 = 820.
    Estimate e = CrudeRates.of(82.0, 10_000.0, 100_000);
    assertThat(e.value()).isCloseTo(820, within(TOLERANCE));
    assertThat(e.ci95().lower()).isCloseTo(PoissonLimits.byarsLower(82, 0.95) * 10, within(TOLERANCE));
    assertThat(e.ci998().upper()).isCloseTo(PoissonLimits.byarsUpper(82, 0.998) * 10, within(TOLERANCE));
    assertThat(e.method()).isEqualTo(CiMethod.BYARS);
  }

  @Test
  void fewerThanTenEventsUseExactPoissonLimits() {
    Estimate e = CrudeRates.of(9.0, 10_000.0, 100_000);
    assertThat(e.method()).isEqualTo(CiMethod.EXACT);
    assertThat(e.ci95().lower()).isCloseTo(PoissonLimits.exactLower(9, 0.95) * 10, within(TOLERANCE));
  }

  @Test
  void zeroEventsHaveZeroValueAndZeroLowerLimit() {
    Estimate e = CrudeRates.of(0.0, 500.0, 100_000);
    assertThat(e.value()).isZero();
    assertThat(e.ci95().lower()).isZero();
    assertThat(e.ci95().upper()).isCloseTo(-Math.log(0.025) / 500 * 100_000, within(1e-6));
  }

  @Test
  void zeroDenominatorAndMissingCountAreDocumentedOutcomes() {
    assertThat(CrudeRates.of(3.0, 0.0, 100_000).status()).isEqualTo(EstimateStatus.ZERO_DENOMINATOR);
    assertThat(CrudeRates.of(null, 5.0, 100_000).status()).isEqualTo(EstimateStatus.MISSING_INPUT);
  }

  @Test
  void countIsARatePerOne() {
    Estimate e = CrudeRates.count(65.0);
    assertThat(e.value()).isEqualTo(65);
    assertThat(e.ci95().lower()).isCloseTo(PoissonLimits.byarsLower(65, 0.95), within(TOLERANCE));
  }
}
