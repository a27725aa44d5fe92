package org.stptoolkit.metrics.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.catalogue.Indicators;
import org.stptoolkit.metrics.intervals.CiMethod;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.intervals.Proportions;
import org.stptoolkit.model.indicator.Standard;

class StandardComparisonTest {
  private static final double TOLERANCE = 1e-9;
  private static final Standard AE = Indicators.AE_FOUR_HOUR.standard();

  @Test
  void aeEightySixPercentAgainstNinetyFiveIsRedWithItsGapInPatients() {
    // Seed: A&E 86% against the 95% standard. With 4,580 attendances, 3,939 seen within 4 hours (86.0%):
    // 95% of 4,580 = 4,351, so 4,351 − 3,939 = 412 more patients.
    Estimate e = Proportions.of(3939.0, 4580.0, 100);
    StandardAssessment a = StandardComparison.assess(e, AE, 100, 3939.0, 4580.0, 0, Indicators.wording("AE_FOUR_HOUR"));
    assertThat(a.byValue()).isEqualTo(RagRating.RED);
    assertThat(a.byInterval()).isEqualTo(RagRating.RED);
    assertThat(a.met()).isFalse();
    assertThat(a.gapInUnits()).isCloseTo(95 - 3939.0 / 4580 * 100, within(TOLERANCE));
    assertThat(a.gapInPeople()).isEqualTo(412);
    assertThat(a.text()).isEqualTo("412 more patients would have had to be seen within 4 hours");
  }

  @Test
  void publishedValueWithoutCountsIsRedByValueAndNotAssessedByInterval() {
    StandardAssessment a = StandardComparison.assess(Estimate.valueOnly(86, "seed"), AE, 100, null, null);
    assertThat(a.byValue()).isEqualTo(RagRating.RED);
    assertThat(a.byInterval()).isEqualTo(RagRating.NOT_ASSESSED);
    assertThat(a.gapInUnits()).isCloseTo(9, within(TOLERANCE));
    assertThat(a.relativeGap()).isCloseTo(9.0 / 95, within(TOLERANCE));
    assertThat(a.gapInPeople()).isNull();
  }

  @Test
  void gapInPeopleFromValueAndDenominatorRoundsUp() {
    StandardAssessment a = StandardComparison.assess(Estimate.valueOnly(86, "seed"), AE, 100, null, 1000.0);
    assertThat(a.gapInPeople()).isEqualTo(90);
  }

  @Test
  void intervalStraddlingTheStandardIsAmberAndWhollyAboveIsGreen() {
    Estimate straddle = Estimate.of(95.5, Interval.of(94, 97), Interval.of(93, 98), CiMethod.WILSON);
    Estimate above = Estimate.of(97, Interval.of(96, 98), Interval.of(95.5, 98.5), CiMethod.WILSON);
    assertThat(StandardComparison.assess(straddle, AE, 100, null, null).byInterval()).isEqualTo(RagRating.AMBER);
    assertThat(StandardComparison.assess(straddle, AE, 100, null, null).byValue()).isEqualTo(RagRating.GREEN);
    StandardAssessment green = StandardComparison.assess(above, AE, 100, null, 500.0);
    assertThat(green.byInterval()).isEqualTo(RagRating.GREEN);
    assertThat(green.gapInUnits()).isZero();
    assertThat(green.gapInPeople()).isNull();
  }

  @Test
  void rttAgainstNinetyTwoPercent() {
    // Seed: RTT UHNM 90.5% misses 92%, BHFT 92.6% meets it.
    Standard rtt = Indicators.RTT_18_WEEKS.standard();
    assertThat(StandardComparison.assess(Estimate.valueOnly(90.5, "seed"), rtt, 100, null, null).byValue()).isEqualTo(RagRating.RED);
    assertThat(StandardComparison.assess(Estimate.valueOnly(92.6, "seed"), rtt, 100, null, null).byValue()).isEqualTo(RagRating.GREEN);
  }

  @Test
  void amberToleranceAndUpperLimitStandards() {
    StandardAssessment amber = StandardComparison.assess(Estimate.valueOnly(94, "x"), AE, 100, null, null, 2, null);
    assertThat(amber.byValue()).isEqualTo(RagRating.AMBER);
    Standard atMost = new Standard("at most 10", null, 10.0);
    StandardAssessment over = StandardComparison.assess(Estimate.valueOnly(12, "x"), atMost, 100, 12.0, 100.0);
    assertThat(over.gapInUnits()).isCloseTo(2, within(TOLERANCE));
    assertThat(over.gapInPeople()).isEqualTo(2);
  }

  @Test
  void missingValueOrStandardIsNotAssessed() {
    assertThat(StandardComparison.assess(Estimate.valueOnly(90, "x"), null, 100, null, null).byValue())
        .isEqualTo(RagRating.NOT_ASSESSED);
    assertThat(StandardComparison.assess(null, AE, 100, null, null).byValue()).isEqualTo(RagRating.NOT_ASSESSED);
  }
}
