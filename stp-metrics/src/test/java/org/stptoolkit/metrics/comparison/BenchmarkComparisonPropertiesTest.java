package org.stptoolkit.metrics.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.stptoolkit.metrics.intervals.CiMethod;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.model.indicator.Polarity;

class BenchmarkComparisonPropertiesTest {
  @Property(tries = 1000)
  void reversingPolaritySwapsBetterAndWorseAndNeverChangesSimilar(
      @ForAll @DoubleRange(min = 0, max = 100) double value, @ForAll @DoubleRange(min = 0, max = 10) double halfWidth,
      @ForAll @DoubleRange(min = 0, max = 100) double benchmark) {
    Estimate e = Estimate.of(value, Interval.of(value - halfWidth, value + halfWidth),
        Interval.of(value - 2 * halfWidth, value + 2 * halfWidth), CiMethod.NONE);
    BenchmarkOutcome high = BenchmarkComparison.compare(e, benchmark, Polarity.HIGH_IS_GOOD);
    BenchmarkOutcome low = BenchmarkComparison.compare(e, benchmark, Polarity.LOW_IS_GOOD);
    BenchmarkOutcome none = BenchmarkComparison.compare(e, benchmark, Polarity.NO_JUDGEMENT);
    if (high == BenchmarkOutcome.SIMILAR) {
      assertThat(low).isEqualTo(BenchmarkOutcome.SIMILAR);
      assertThat(none).isEqualTo(BenchmarkOutcome.SIMILAR);
    } else {
      assertThat(low).isEqualTo(high == BenchmarkOutcome.BETTER ? BenchmarkOutcome.WORSE : BenchmarkOutcome.BETTER);
      assertThat(none).isEqualTo(high == BenchmarkOutcome.BETTER ? BenchmarkOutcome.HIGHER : BenchmarkOutcome.LOWER);
    }
    assertThat(BenchmarkComparison.compareTwoLevel(e, benchmark, Polarity.HIGH_IS_GOOD).direction()).isEqualTo(high);
  }
}
