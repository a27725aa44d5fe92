package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {
  private static final double TOLERANCE = 1e-15;

  @Test
  void zMatchesTheConstantsInTheDomainNotes() {
    // R: qnorm(0.975) = 1.959963984540054, qnorm(0.999) = 3.090232306167813 (domain.md §3b).
    assertThat(Quantiles.z(0.95)).isCloseTo(1.959963984540054, within(4 * TOLERANCE));
    assertThat(Quantiles.z(0.998)).isCloseTo(3.090232306167813, within(4 * TOLERANCE));
  }

  @Test
  void chiSquareWithTwoDegreesOfFreedomIsTheClosedFormExponentialQuantile() {
    // χ²(p, 2) = −2 ln(1 − p), independent of any solver.
    assertThat(Quantiles.chiSquare(0.975, 2)).isCloseTo(-2 * Math.log(0.025), within(1e-12));
    assertThat(Quantiles.chiSquare(0.025, 2)).isCloseTo(-2 * Math.log(0.975), within(1e-13));
  }

  @Test
  void chiSquareWithZeroDegreesOfFreedomIsZeroAsInR() {
    assertThat(Quantiles.chiSquare(0.025, 0)).isZero();
  }

  @Test
  void studentTWithOneDegreeOfFreedomIsTheCauchyQuantile() {
    // t(p, 1) = tan(π(p − 1/2)).
    assertThat(Quantiles.studentT(0.975, 1)).isCloseTo(Math.tan(Math.PI * 0.475), within(1e-10));
  }

  @Test
  void confidenceOutsideNinetyToOneIsRejected() {
    assertThatThrownBy(() -> Quantiles.z(0.7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantiles.z(1)).isInstanceOf(IllegalArgumentException.class);
  }
}
