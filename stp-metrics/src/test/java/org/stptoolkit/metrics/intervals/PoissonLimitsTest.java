package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonLimitsTest {
  private static final double RELATIVE_TOLERANCE = 1e-9;
  private static final double Z95 = 1.959963984540054;
  private static final double Z998 = 3.090232306167813;

  private static void assertRelative(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * RELATIVE_TOLERANCE));
  }

  @Test
  void byarsLimitsMatchHandCalculation() {
    // Breslow and Day's formula written out (PHEindicatormethods R/Byars.R examples use 65 events).
    double lower = 65 * Math.pow(1 - 1 / (9.0 * 65) - Z95 / (3 * Math.sqrt(65)), 3);
    double upper = 66 * Math.pow(1 - 1 / (9.0 * 66) + Z95 / (3 * Math.sqrt(66)), 3);
    assertRelative(PoissonLimits.byarsLower(65, 0.95), lower);
    assertRelative(PoissonLimits.byarsUpper(65, 0.95), upper);
    double lower998 = 1045 * Math.pow(1 - 1 / (9.0 * 1045) - Z998 / (3 * Math.sqrt(1045)), 3);
    assertRelative(PoissonLimits.byarsLower(1045, 0.998), lower998);
  }

  @Test
  void exactLimitsForNoEventsAreZeroAndMinusLogOfTheTail() {
    // With 0 events the upper limit μ solves e^{−μ} = 0.025, i.e. μ = −ln 0.025.
    assertThat(PoissonLimits.exactLower(0, 0.95)).isZero();
    assertRelative(PoissonLimits.exactUpper(0, 0.95), -Math.log(0.025));
    assertRelative(PoissonLimits.exactUpper(0, 0.998), -Math.log(0.001));
  }

  @Test
  void exactLimitsSatisfyThePoissonTailEquations() {
    // For 3 events: P(X >= 3 | lower) = 0.025 and P(X <= 3 | upper) = 0.025.
    double lo = PoissonLimits.exactLower(3, 0.95);
    double hi = PoissonLimits.exactUpper(3, 0.95);
    assertThat(1 - Math.exp(-lo) * (1 + lo + lo * lo / 2)).isCloseTo(0.025, within(1e-12));
    assertThat(Math.exp(-hi) * (1 + hi + hi * hi / 2 + hi * hi * hi / 6)).isCloseTo(0.025, within(1e-12));
  }

  @Test
  void fewerThanTenEventsUseTheExactMethodAndTenUseByars() {
    assertThat(PoissonLimits.method(9)).isEqualTo(CiMethod.EXACT);
    assertThat(PoissonLimits.method(10)).isEqualTo(CiMethod.BYARS);
    assertThat(PoissonLimits.interval(9, 0.95).lower()).isEqualTo(PoissonLimits.exactLower(9, 0.95));
    assertThat(PoissonLimits.interval(10, 0.95).lower()).isEqualTo(PoissonLimits.byarsLower(10, 0.95));
  }
}
