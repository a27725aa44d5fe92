package org.stptoolkit.metrics.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.catalogue.Indicators;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorValue;

class ThreeGapsSummaryTest {
  private static final double TOLERANCE = 1e-9;
  private static final String AREA = "E54000010";
  private static final String ENGLAND = "E92000001";

  private static IndicatorValue v(String id, String area, String period, Double value, Double num, Double den) {
    return new IndicatorValue(id, area, area, period, null, null, value, num, den, Provenance.ILLUSTRATIVE, "");
  }

  private static ThreeGapsSummary sut() {
    List<IndicatorValue> values = List.of(
        v("AE_FOUR_HOUR", AREA, "2015/16", null, 3939.0, 4580.0),           // 86.0%, Red, worse than England
        v("CANCER_62_DAY", AREA, "2015/16", 79.0, null, null),               // misses 85 by 6
        v("RTT_18_WEEKS", AREA, "2015/16", 92.6, null, null),                // meets 92
        v("REABLEMENT_OFFERED", AREA, "2015/16", null, 30.0, 2500.0),        // 1.2% vs 2.9%: worse
        v("DEATHS_IN_USUAL_PLACE_OF_RESIDENCE", AREA, "2015", null, 1100.0, 2400.0), // 45.8% vs 46%: similar
        v("LIFE_EXPECTANCY_MALE", AREA, "2012-14", 79.7, null, null),        // no interval: not compared
        v("AGENCY_SPEND_PERCENT_OF_PAY", AREA, "2015/16", 7.0, null, null),
        v("NOT_IN_CATALOGUE", AREA, "2015/16", 1.0, null, null));
    List<IndicatorValue> england = List.of(
        v("AE_FOUR_HOUR", ENGLAND, "2015/16", 91.0, null, null),
        v("REABLEMENT_OFFERED", ENGLAND, "2015/16", 2.9, null, null),
        v("DEATHS_IN_USUAL_PLACE_OF_RESIDENCE", ENGLAND, "2015", 46.0, null, null),
        v("LIFE_EXPECTANCY_MALE", ENGLAND, "2012-14", 79.5, null, null));
    return ThreeGapsSummary.of(values, Indicators.all(), england,
        new FinancePosition("2020/21", -285_402, 1_420), 3);
  }

  @Test
  void careAndQualityCountsWorseSimilarAndMissedStandards() {
    GapSummary care = sut().gap(Gap.CARE_AND_QUALITY);
    assertThat(care.indicators()).isEqualTo(5);
    assertThat(care.worse()).isEqualTo(2);
    assertThat(care.similar()).isEqualTo(1);
    assertThat(care.notCompared()).isEqualTo(2);
    assertThat(care.withStandard()).isEqualTo(3);
    assertThat(care.missingStandard()).isEqualTo(2);
  }

  /**
   * Where no interval allows a test, the difference from England still stands, worded as the seeds
   * word it: reablement offered 30 of 2,500 = 1.2% against England's 2.9% is (1.2 − 2.9) ÷ 2.9 = 58.6%,
   * "59% lower than England" (the seed's figure); life expectancy 79.7 against 79.5 is 0.25% higher,
   * "the same as England" at whole percent.
   */
  @Test
  void differenceFromEnglandIsStatedWhetherOrNotItCouldBeTested() {
    var byId = new java.util.HashMap<String, IndicatorAssessment>();
    sut().assessments().forEach(a -> byId.put(a.definition().id(), a));
    assertThat(byId.get("REABLEMENT_OFFERED").differenceFromEngland().text()).isEqualTo("59% lower than England");
    assertThat(byId.get("REABLEMENT_OFFERED").differenceFromEngland().relative()).isCloseTo((1.2 - 2.9) / 2.9, within(TOLERANCE));
    IndicatorAssessment le = byId.get("LIFE_EXPECTANCY_MALE");
    assertThat(le.comparedWithEngland()).isEqualTo(BenchmarkOutcome.NOT_COMPARED);
    assertThat(le.differenceFromEngland().text()).isEqualTo("the same as England");
    assertThat(le.differenceFromEngland().absolute()).isCloseTo(0.2, within(TOLERANCE));
    assertThat(byId.get("CANCER_62_DAY").differenceFromEngland()).as("no England value").isNull();
  }

  @Test
  void worstMissesAreOrderedByHowFarTheyMissRelativeToTheStandard() {
    // A&E misses 95 by 9.0 (9.5%), cancer 62-day misses 85 by 6 (7.1%).
    GapSummary care = sut().gap(Gap.CARE_AND_QUALITY);
    assertThat(care.worstMisses()).extracting(a -> a.definition().id()).containsExactly("AE_FOUR_HOUR", "CANCER_62_DAY");
    assertThat(care.worstMisses().get(0).standard().gapInPeople()).isEqualTo(412);
  }

  @Test
  void financeGapCarriesTheCallersPositions() {
    GapSummary finance = sut().gap(Gap.FINANCE_AND_EFFICIENCY);
    assertThat(finance.finance().closedGbpThousands()).isCloseTo(286_822, within(TOLERANCE));
    assertThat(finance.finance().gapClosed()).isTrue();
    assertThat(finance.indicators()).isEqualTo(1);
    assertThat(sut().gap(Gap.HEALTH_AND_WELLBEING).finance()).isNull();
  }

  @Test
  void healthGapWithoutIntervalsIsNotCompared() {
    GapSummary health = sut().gap(Gap.HEALTH_AND_WELLBEING);
    assertThat(health.indicators()).isEqualTo(1);
    assertThat(health.notCompared()).isEqualTo(1);
  }

  @Test
  void valuesWithoutADefinitionAreReported() {
    assertThat(sut().findings()).anyMatch(f -> f.rule().equals("INDICATOR_NOT_DEFINED"));
  }

  @Test
  void suppliedValueThatDisagreesWithItsCountsIsAWarningAndTheCountsWin() {
    IndicatorValue wrong = v("AE_FOUR_HOUR", AREA, "2015/16", 90.0, 3939.0, 4580.0);
    IndicatorAssessment a = IndicatorAssessor.assess(Indicators.AE_FOUR_HOUR, wrong, null);
    assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("INDICATOR_VALUE_MISMATCH"));
    assertThat(a.estimate().value()).isCloseTo(3939.0 / 4580 * 100, within(TOLERANCE));
    assertThat(a.comparedWithEngland()).isEqualTo(BenchmarkOutcome.NOT_COMPARED);
  }

  @Test
  void zeroDenominatorIsADocumentedOutcomeNotAnError() {
    IndicatorAssessment a = IndicatorAssessor.assess(Indicators.AE_FOUR_HOUR, v("AE_FOUR_HOUR", AREA, "x", null, 0.0, 0.0), null);
    assertThat(a.estimate().value()).isNull();
    assertThat(a.comparedWithEngland()).isEqualTo(BenchmarkOutcome.NOT_COMPARED);
  }

  @Test
  void aRegionIsASecondBenchmarkTestedByIntervalAndDescribedWithout() {
    // 1,100 smokers of 6,400 (17.19%, Wilson 16.28-18.13) against the West Midlands' 17.5: similar; and a
    // life expectancy without an interval, 79.7 against 78.8: described, not tested
    List<IndicatorValue> area = List.of(v("SMOKING_PREVALENCE", "E10000028", "2015", null, 1100.0, 6400.0),
        new IndicatorValue("LIFE_EXPECTANCY_MALE", "E10000028", "Staffordshire", "2012-14", "Male", null, 79.7, null,
            null, Provenance.PUBLISHED, ""));
    List<IndicatorValue> regions = List.of(
        new IndicatorValue("SMOKING_PREVALENCE", "E12000005", "West Midlands region", "2015", null, null, 17.5, null,
            null, Provenance.PUBLISHED, ""),
        new IndicatorValue("LIFE_EXPECTANCY_MALE", "E12000005", "West Midlands region", "2012-14", "Male", null, 78.8,
            null, null, Provenance.PUBLISHED, ""));
    ThreeGapsSummary s = ThreeGapsSummary.of(area, Indicators.all(), List.of(), regions, null, 3);
    IndicatorAssessment smoking = s.assessments().get(0);
    assertThat(smoking.comparedWithRegion()).isEqualTo(BenchmarkOutcome.SIMILAR);
    assertThat(smoking.comparedWithEngland()).isEqualTo(BenchmarkOutcome.NOT_COMPARED);
    assertThat(smoking.region().areaCode()).isEqualTo("E12000005");
    assertThat(smoking.tested()).isTrue();
    IndicatorAssessment le = s.assessments().get(1);
    assertThat(le.comparedWithRegion()).isEqualTo(BenchmarkOutcome.NOT_COMPARED);
    assertThat(le.tested()).isFalse();
    assertThat(le.differenceFromRegion().text()).isEqualTo("0.9 years above the West Midlands");
    assertThat(s.gap(Gap.HEALTH_AND_WELLBEING).notCompared()).as("counts are against England").isEqualTo(2);

    // two regions with a value for the same indicator: which is the area's cannot be told, so neither
    List<IndicatorValue> two = new java.util.ArrayList<>(regions);
    two.add(new IndicatorValue("LIFE_EXPECTANCY_MALE", "E12000004", "East Midlands region", "2012-14", "Male", null,
        79.4, null, null, Provenance.PUBLISHED, ""));
    assertThat(ThreeGapsSummary.of(area, Indicators.all(), List.of(), two, null, 3).assessments().get(1).region()).isNull();
  }
}
