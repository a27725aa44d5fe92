package org.stptoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Findings quote whatever finite value a file holds, so formatting must not fail beyond the range of a long. */
class RoundingPolicyFormatTest {

  @Test
  void formatsValuesBeyondTheRangeOfALong() {
    assertThat(RoundingPolicy.formatGbpK(1e19)).isEqualTo("10,000,000,000,000,000,000");
    assertThat(RoundingPolicy.formatGbpK(-1e19)).isEqualTo("(10,000,000,000,000,000,000)");
    assertThat(RoundingPolicy.formatGbpK(Double.MAX_VALUE)).startsWith("179,769,313,486,231,570,000,");
    assertThat(RoundingPolicy.formatPlain(-1e20)).isEqualTo("-100,000,000,000,000,000,000");
  }

  @Test
  void roundsHalfAwayFromZeroAsBefore() {
    assertThat(RoundingPolicy.formatGbpK(-0.5)).isEqualTo("(1)");
    assertThat(RoundingPolicy.formatGbpK(0.5)).isEqualTo("1");
    assertThat(RoundingPolicy.formatGbpK(-0.4)).isEqualTo("0");
    assertThat(RoundingPolicy.formatGbpK(159_545.5)).isEqualTo("159,546");
    assertThat(RoundingPolicy.formatPlain(9_529.5)).isEqualTo("9,530");
  }

  @Test
  void nonFiniteValuesAreShownNotThrown() {
    assertThat(RoundingPolicy.formatGbpK(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(RoundingPolicy.formatPlain(Double.NaN)).isEqualTo("NaN");
  }
}
