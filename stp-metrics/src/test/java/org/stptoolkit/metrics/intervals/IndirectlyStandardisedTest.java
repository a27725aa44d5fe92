package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IndirectlyStandardisedTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void expectedIsTheSumOfReferenceRatesTimesPopulation() {
    double e = IndirectlyStandardised.expected(new double[] {1000, 2000}, new double[] {10, 60}, new double[] {10_000, 20_000});
    assertThat(e).isCloseTo(1 + 6, within(TOLERANCE));
  }

  @Test
  void ratioIsObservedOverExpectedTimesOneHundredWithByarsLimitsOverExpected() {
    Estimate e = IndirectlyStandardised.ratio(120, 100, 100);
    assertThat(e.value()).isCloseTo(120, within(TOLERANCE));
    assertThat(e.ci95().lower()).isCloseTo(PoissonLimits.byarsLower(120, 0.95), within(TOLERANCE));
    assertThat(e.ci95().upper()).isCloseTo(PoissonLimits.byarsUpper(120, 0.95), within(TOLERANCE));
  }

  @Test
  void fewerThanTenObservedUsesExactLimits() {
    Estimate e = IndirectlyStandardised.rate(4, 8, 250);
    assertThat(e.value()).isCloseTo(125, within(TOLERANCE));
    assertThat(e.method()).isEqualTo(CiMethod.EXACT);
    assertThat(e.ci95().upper()).isCloseTo(PoissonLimits.exactUpper(4, 0.95) / 8 * 250, within(TOLERANCE));
  }

  @Test
  void zeroExpectedIsADocumentedOutcome() {
    assertThat(IndirectlyStandardised.ratio(3, 0, 100).status()).isEqualTo(EstimateStatus.ZERO_DENOMINATOR);
  }
}
