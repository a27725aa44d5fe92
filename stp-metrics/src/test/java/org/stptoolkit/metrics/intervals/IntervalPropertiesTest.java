package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IntervalPropertiesTest {
  private static final double TOLERANCE = 1e-9;

  @Property(tries = 1000)
  void wilsonIntervalContainsTheProportionAndNestsAtNinetyNinePointEight(
      @ForAll @IntRange(min = 0, max = 5000) int x, @ForAll @IntRange(min = 1, max = 5000) int extra) {
    double n = x + extra;
    Estimate e = Proportions.of((double) x, n, 100);
    assertThat(e.ci95().lower()).isBetween(-TOLERANCE, e.value() + TOLERANCE);
    assertThat(e.ci95().upper()).isBetween(e.value() - TOLERANCE, 100 + TOLERANCE);
    assertThat(e.ci998().lower()).isLessThanOrEqualTo(e.ci95().lower() + TOLERANCE);
    assertThat(e.ci998().upper()).isGreaterThanOrEqualTo(e.ci95().upper() - TOLERANCE);
  }

  @Property(tries = 1000)
  void poissonIntervalContainsTheCountAndNests(@ForAll @IntRange(min = 0, max = 100_000) int x) {
    Interval ci95 = PoissonLimits.interval(x, 0.95);
    Interval ci998 = PoissonLimits.interval(x, 0.998);
    assertThat(ci95.lower()).isBetween(0.0, (double) x);
    assertThat(ci95.upper()).isGreaterThan(x);
    assertThat(ci998.lower()).isLessThanOrEqualTo(ci95.lower());
    assertThat(ci998.upper()).isGreaterThanOrEqualTo(ci95.upper());
  }
}
