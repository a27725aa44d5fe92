package org.stptoolkit.metrics.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.intervals.CiMethod;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.model.indicator.Polarity;

class BenchmarkComparisonTest {
  // An area at 50 with 95% interval [45, 55] and 99.8% interval [42, 58].
  private static final Estimate AREA = Estimate.of(50, Interval.of(45, 55), Interval.of(42, 58), CiMethod.NONE);

  @ParameterizedTest(name = "{0}, benchmark {1} -> {2}")
  @CsvSource({
      // benchmark inside the interval, on its limits, below it and above it, for every polarity
      "HIGH_IS_GOOD, 50, SIMILAR", "HIGH_IS_GOOD, 45, SIMILAR", "HIGH_IS_GOOD, 55, SIMILAR",
      "HIGH_IS_GOOD, 40, BETTER", "HIGH_IS_GOOD, 60, WORSE",
      "LOW_IS_GOOD, 50, SIMILAR", "LOW_IS_GOOD, 40, WORSE", "LOW_IS_GOOD, 60, BETTER",
      "NO_JUDGEMENT, 50, SIMILAR", "NO_JUDGEMENT, 40, HIGHER", "NO_JUDGEMENT, 60, LOWER"})
  void outcomeFollowsPolarityAndWhereTheBenchmarkLies(Polarity polarity, double benchmark, BenchmarkOutcome expected) {
    assertThat(BenchmarkComparison.compare(AREA, benchmark, polarity)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, benchmark {1} -> {2}")
  @CsvSource({
      "HIGH_IS_GOOD, 50, SIMILAR", "HIGH_IS_GOOD, 43, BETTER_95", "HIGH_IS_GOOD, 40, BETTER_99_8",
      "HIGH_IS_GOOD, 57, WORSE_95", "HIGH_IS_GOOD, 60, WORSE_99_8",
      "LOW_IS_GOOD, 43, WORSE_95", "LOW_IS_GOOD, 40, WORSE_99_8", "LOW_IS_GOOD, 57, BETTER_95",
      "LOW_IS_GOOD, 60, BETTER_99_8",
      "NO_JUDGEMENT, 43, HIGHER_95", "NO_JUDGEMENT, 40, HIGHER_99_8", "NO_JUDGEMENT, 57, LOWER_95",
      "NO_JUDGEMENT, 60, LOWER_99_8"})
  void twoLevelVariantSaysAtWhichLevelTheDifferenceIsSignificant(Polarity polarity, double benchmark,
      BenchmarkOutcome expected) {
    assertThat(BenchmarkComparison.compareTwoLevel(AREA, benchmark, polarity)).isEqualTo(expected);
  }

  @Test
  void missingBenchmarkValueOrIntervalIsNotCompared() {
    assertThat(BenchmarkComparison.compare(AREA, null, Polarity.HIGH_IS_GOOD)).isEqualTo(BenchmarkOutcome.NOT_COMPARED);
    assertThat(BenchmarkComparison.compare(Estimate.valueOnly(50, "no counts"), 40.0, Polarity.HIGH_IS_GOOD))
        .isEqualTo(BenchmarkOutcome.NOT_COMPARED);
    assertThat(BenchmarkComparison.compare((Estimate) null, 40.0, Polarity.HIGH_IS_GOOD))
        .isEqualTo(BenchmarkOutcome.NOT_COMPARED);
    assertThat(BenchmarkComparison.compareTwoLevel(Estimate.valueOnly(50, "no counts"), 40.0, Polarity.HIGH_IS_GOOD))
        .isEqualTo(BenchmarkOutcome.NOT_COMPARED);
  }

  @Test
  void labelsAreFingertipsWordsAndParseBack() {
    assertThat(BenchmarkOutcome.SIMILAR.label()).isEqualTo("Similar");
    assertThat(BenchmarkOutcome.parse("worse")).isEqualTo(BenchmarkOutcome.WORSE);
    assertThat(BenchmarkOutcome.BETTER_99_8.direction()).isEqualTo(BenchmarkOutcome.BETTER);
  }
}
