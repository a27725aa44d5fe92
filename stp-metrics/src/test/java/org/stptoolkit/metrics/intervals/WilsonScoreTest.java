package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonScoreTest {
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private static void assertRelative(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * RELATIVE_TOLERANCE));
  }

  @Test
  void wilsonIntervalMatchesPublishedExamples() {
    // Expected values: DataS-DHSC/PHStatsMethods ph_statistical_methods/tests/test.wilsons.py, the
    // Department of Health and Social Care's Python port of PHEindicatormethods' wilson_lower/wilson_upper.
    assertRelative(WilsonScore.lower(20, 360, 0.95), 0.036248204600072345);
    assertRelative(WilsonScore.lower(550, 2400, 0.998), 0.20375892211705743);
    assertRelative(WilsonScore.upper(30, 400, 0.95), 0.10504770626130437);
    assertRelative(WilsonScore.upper(76, 238, 0.998), 0.418131030603369);
  }

  @Test
  void wilsonIntervalMatchesHandCalculation() {
    // 65 of 100 at 95%: z² = 3.841458820694124; √(z² + 4·65·0.35) = √94.84145882069412.
    double z = 1.959963984540054;
    double root = Math.sqrt(z * z + 91);
    assertRelative(WilsonScore.lower(65, 100, 0.95), (130 + z * z - z * root) / (2 * (100 + z * z)));
    assertRelative(WilsonScore.upper(65, 100, 0.95), (130 + z * z + z * root) / (2 * (100 + z * z)));
  }

  @Test
  void zeroNumeratorHasLowerLimitZeroAndAllHasUpperLimitOne() {
    assertThat(WilsonScore.lower(0, 50, 0.95)).isZero();
    assertThat(WilsonScore.upper(50, 50, 0.95)).isCloseTo(1, within(1e-15));
  }

  @Test
  void numeratorAboveDenominatorIsRejected() {
    assertThatThrownBy(() -> WilsonScore.lower(6, 5, 0.95)).isInstanceOf(IllegalArgumentException.class);
  }
}
