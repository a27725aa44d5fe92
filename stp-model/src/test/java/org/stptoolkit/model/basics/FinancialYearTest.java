package org.stptoolkit.model.basics;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FinancialYearTest {

  @Test
  void parsesTheNhsFormsAndPrintsTheCanonicalOne() {
    assertThat(FinancialYear.parse("2016/17")).hasToString("2016/17");
    assertThat(FinancialYear.parse("16/17")).isEqualTo(FinancialYear.of(2016));
    assertThat(FinancialYear.parse("2016-2017")).isEqualTo(FinancialYear.of(2016));
    assertThat(FinancialYear.parse("1999/00").next()).hasToString("2000/01");
    // the end year always two ASCII digits, whatever the default locale (the tests run in hi-IN)
    assertThat(FinancialYear.of(1948)).hasToString("1948/49");
    assertThat(FinancialYear.of(2008)).hasToString("2008/09");
    assertThat(FinancialYear.of(2009)).hasToString("2009/10");
    assertThat(FinancialYear.of(2099)).hasToString("2099/00");
    assertThat(FinancialYear.of(2199)).hasToString("2199/00");
  }

  @Test
  void equalityAndHashAreTheRecordsOwn() {
    assertThat(FinancialYear.of(2016)).isEqualTo(FinancialYear.parse("16/17"))
        .hasSameHashCodeAs(FinancialYear.parse("2016-2017")).isNotEqualTo(FinancialYear.of(2017))
        .isNotEqualTo(null).isNotEqualTo("2016/17");
    // a record's hash of one int component is the int: maps keyed by year keep the order they had
    assertThat(FinancialYear.of(2016).hashCode()).isEqualTo(2016);
  }

  @Test
  void refusesYearsThatDoNotFollowEachOther() {
    assertThatThrownBy(() -> FinancialYear.parse("2016/18")).hasMessageContaining("consecutive");
    assertThatThrownBy(() -> FinancialYear.parse("2099/01")).hasMessageContaining("consecutive");
    // the canonical form outside the NHS's years is refused as any other form is
    assertThatThrownBy(() -> FinancialYear.parse("1947/48")).hasMessageContaining("between 1948 and 2199");
    assertThatThrownBy(() -> FinancialYear.parse("2200/01")).hasMessageContaining("between 1948 and 2199");
    assertThatThrownBy(() -> FinancialYear.parse("next year")).hasMessageContaining("like 2016/17");
  }

  @Property(tries = 1000)
  void parseInvertsToString(@ForAll @IntRange(min = 1948, max = 2198) int start) {
    FinancialYear y = FinancialYear.of(start);
    assertThat(FinancialYear.parse(y.toString())).isEqualTo(y);
  }

  @Test
  void planPeriodNeedNotBeTheSeedsYears() {
    PlanPeriod p = PlanPeriod.of(FinancialYear.parse("2019/20"), 3);
    assertThat(p.labels()).containsExactly("2020/21", "2021/22", "2022/23");
    assertThat(p.indexOf(FinancialYear.parse("2022/23"))).isEqualTo(2);
    assertThatThrownBy(() -> p.indexOf(FinancialYear.parse("2019/20"))).hasMessageContaining("outside the plan");
  }

  @Test
  void ratesOutsideTheSaneRangeAreRefusedWithTheRangeInTheMessage() {
    assertThatThrownBy(() -> YearlyRates.of(FinancialYear.of(2017), 2.5))
        .hasMessage("rate for 2017/18 must be between -50% and 100%, was 250%");
  }

  @Test
  void roundingPolicyRoundsHalfAwayFromZeroAndBracketsNegatives() {
    assertThat(RoundingPolicy.formatGbpK(-159_545.5)).isEqualTo("(159,546)");
    assertThat(RoundingPolicy.formatGbpK(1_419.5)).isEqualTo("1,420");
    assertThat(RoundingPolicy.formatGbpK(-0.4)).isEqualTo("0");
  }
}
