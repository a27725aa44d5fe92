package org.stptoolkit.metrics.fingertips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.intervals.WilsonScore;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.Standard;
import org.stptoolkit.model.indicator.ValueType;

class FingertipsComparisonTest {
  private static final double TOLERANCE = 1e-9;

  private static FingertipsComparisonResult sut() {
    FingertipsTable t = FingertipsCsv.read(FingertipsCsvTest.resource("reablement-26.csv")).orElseThrow();
    FillOptions options = FillOptions.of(ValueType.PROPORTION, 100, Polarity.HIGH_IS_GOOD)
        .withGoal(Standard.atLeast("at least 85%", 85));
    return FingertipsComparison.fill(t, options, "reablement-26.csv");
  }

  private static FingertipsRow row(String area, String period) {
    return sut().table().rows().stream().filter(r -> r.areaCode().equals(area) && r.timePeriod().equals(period))
        .findFirst().orElseThrow();
  }

  @Test
  void valueAndBothIntervalsAreComputedFromCountAndDenominator() {
    FingertipsRow r = row("E10000028", "2011/12");
    assertThat(r.value()).isCloseTo(60, within(TOLERANCE));
    assertThat(r.lower95()).isCloseTo(100 * WilsonScore.lower(600, 1000, 0.95), within(TOLERANCE));
    assertThat(r.upper998()).isCloseTo(100 * WilsonScore.upper(600, 1000, 0.998), within(TOLERANCE));
    assertThat(sut().valuesComputed()).isEqualTo(15);
  }

  @Test
  void areasAreComparedWithEnglandOfTheSamePeriodSexAndAge() {
    assertThat(row("E10000028", "2011/12").comparedToEngland()).isEqualTo("Worse");
    assertThat(row("E10000028", "2013/14").comparedToEngland()).isEqualTo("Similar");
    assertThat(row("E10000028", "2015/16").comparedToEngland()).isEqualTo("Better");
    assertThat(row("E92000001", "2015/16").comparedToEngland()).isEmpty();
    assertThat(sut().comparisonsMade()).isEqualTo(10);
  }

  @Test
  void areasAreComparedWithTheirParentArea() {
    assertThat(row("E10000028", "2011/12").comparedToParent()).isEqualTo("Worse");
    assertThat(row("E10000028", "2015/16").comparedToParent()).isEqualTo("Better");
    assertThat(row("E12000005", "2011/12").comparedToParent()).isEqualTo("Better");
  }

  @Test
  void goalIsRatedByTheInterval() {
    assertThat(row("E10000028", "2011/12").comparedToGoal()).isEqualTo("Red");
    assertThat(row("E10000028", "2015/16").comparedToGoal()).isEqualTo("Green");
  }

  @Test
  void recentTrendIsWrittenOnTheLatestRowOfEachSeries() {
    assertThat(row("E10000028", "2015/16").recentTrend()).isEqualTo("Increasing and getting better");
    assertThat(row("E10000028", "2014/15").recentTrend()).isEmpty();
    assertThat(row("E92000001", "2015/16").recentTrend()).isEqualTo("No significant change");
    assertThat(row("E06000021", "2015/16").recentTrend()).isEqualTo("Cannot be calculated");
  }

  @Test
  void zeroDenominatorIsLeftEmptyWithANote() {
    FingertipsRow stoke = row("E06000021", "2015/16");
    assertThat(stoke.value()).isNull();
    assertThat(stoke.comparedToEngland()).isEqualTo("Not compared");
    assertThat(sut().findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("FINGERTIPS_NOT_COMPUTED");
      assertThat(f.found()).startsWith("ZERO_DENOMINATOR");
      assertThat(f.location().file()).isEqualTo("reablement-26.csv");
    });
  }

  @Test
  void suppliedValueIsCheckedAgainstItsCountsAndExistingTextIsKept() {
    FingertipsTable t = FingertipsCsv.parse(FingertipsCsvTest.HEADER_26 + "\n"
        + FingertipsCsvTest.ROW.replace(",37,", ",40,") + "\n", "in.csv").orElseThrow();
    FingertipsComparisonResult r = FingertipsComparison.fill(t, FillOptions.of(ValueType.PROPORTION, 100, Polarity.HIGH_IS_GOOD), "in.csv");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("FINGERTIPS_VALUE_MISMATCH");
      assertThat(f.expected()).isEqualTo("Value 37 from Count 888 and Denominator 2400");
      assertThat(f.found()).isEqualTo("Value 40");
    });
    assertThat(r.table().rows().get(0).value()).isEqualTo(40);
  }

  @Test
  void givenValueWithoutIntervalsGetsIntervalsFromItsCounts() {
    FingertipsTable t = FingertipsCsv.parse(FingertipsCsvTest.HEADER_26 + "\n" + FingertipsCsvTest.ROW + "\n", "in.csv").orElseThrow();
    FingertipsRow r = FingertipsComparison.fill(t, FillOptions.of(ValueType.PROPORTION, 100, Polarity.HIGH_IS_GOOD), "in.csv")
        .table().rows().get(0);
    assertThat(r.value()).isEqualTo(37);
    assertThat(r.lower95()).isCloseTo(100 * WilsonScore.lower(888, 2400, 0.95), within(TOLERANCE));
  }

  @Test
  void twoLevelOptionWritesTheLevel() {
    FingertipsTable t = FingertipsCsv.read(FingertipsCsvTest.resource("reablement-26.csv")).orElseThrow();
    FillOptions two = new FillOptions(ValueType.PROPORTION, 100, Polarity.HIGH_IS_GOOD, null, true, java.util.Map.of());
    List<FingertipsRow> rows = FingertipsComparison.fill(t, two, "").table().rows();
    assertThat(rows).anyMatch(r -> r.comparedToEngland().equals("Worse 99.8%"));
  }

  @Test
  void filledTableWritesAndReadsBack() {
    FingertipsTable filled = sut().table();
    assertThat(FingertipsCsv.parse(FingertipsCsv.toCsv(filled), "x").orElseThrow()).isEqualTo(filled);
  }

  @Test
  void commandLineWordsParseToValueTypesAndPolarities() {
    assertThat(FillOptions.parseValueType("crude-rate")).isEqualTo(ValueType.CRUDE_RATE);
    assertThat(FillOptions.parseValueType("Proportion")).isEqualTo(ValueType.PROPORTION);
    assertThat(FillOptions.parseValueType("dsr")).isEqualTo(ValueType.DIRECTLY_STANDARDISED_RATE);
    assertThat(FillOptions.parsePolarity("low-is-good")).isEqualTo(Polarity.LOW_IS_GOOD);
    assertThat(FillOptions.parsePolarity("none")).isEqualTo(Polarity.NO_JUDGEMENT);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FillOptions.parsePolarity("up"))
        .hasMessageContaining("high-is-good, low-is-good or none");
  }

  @Test
  void rowsConvertToModelValuesForTheSummary() {
    FingertipsRow r = row("E10000028", "2011/12");
    assertThat(r.toIndicatorValue()).hasValueSatisfying(v -> {
      assertThat(v.indicatorId()).isEqualTo("90000");
      assertThat(v.numerator()).isEqualTo(600);
    });
  }
}
