package org.stptoolkit.finance.internal;

import org.stptoolkit.finance.sensitivity.SensitivityImpact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stptoolkit.finance.TestFootprints.PERIOD;
import static org.stptoolkit.finance.TestFootprints.Y1;
import static org.stptoolkit.finance.TestFootprints.Y2;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.TestFootprints;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.sensitivity.ActivityChange;
import org.stptoolkit.model.sensitivity.AdditionalCostShareOfIncome;
import org.stptoolkit.model.sensitivity.GrowthRateChange;
import org.stptoolkit.model.sensitivity.SensitivityRule;
import org.stptoolkit.model.sensitivity.SocialCareTransfer;

/** Each sensitivity kind worked by hand on the tiny footprint. */
class SensitivityEngineTest {

  private static final double TOLERANCE = 1e-9;

  private static SensitivityImpact sut(DriverSet drivers, SensitivityRule rule) {
    Projection base = DoNothingProjection.run(ResolvedFootprint.of(TestFootprints.tiny(drivers, List.of(), List.of())));
    return SensitivityEngine.impact(base, List.of(rule), "s", rule.kind(), null, null);
  }

  private static DriverSet with(java.util.function.UnaryOperator<DriverSet> f) {
    return f.apply(TestFootprints.zeroDrivers());
  }

  @Test
  void additionalCostIsTheShareOfIncomeFromItsFirstYear() {
    var s = sut(TestFootprints.zeroDrivers(), new AdditionalCostShareOfIncome(0.02, Y2, true, true));
    assertThat(s.nhsImpact().toArray()).containsExactly(0, -20);
    assertThat(s.socialCareImpact().toArray()).containsExactly(0, -2);
  }

  @Test
  void socialCareTransferMovesHalfTheGrowthAtDoublePrice() {
    YearlyRates tenPercent = YearlyRates.flat(PERIOD, 0.1);
    DriverSet d = with(z -> z.with(Driver.SOCIAL_CARE_PRICE_GROWTH, tenPercent));
    // Council staff + variable 100 grow 10% (fixed 10 does not): growth 10 in year 1, 21 in year 2.
    var s = sut(d, new SocialCareTransfer(0.5, 2.0));
    assertThat(s.socialCareImpact().get(0)).isCloseTo(5, within(TOLERANCE));
    assertThat(s.nhsImpact().get(0)).isCloseTo(-10, within(TOLERANCE));
    assertThat(s.socialCareImpact().get(1)).isCloseTo(10.5, within(TOLERANCE));
    assertThat(s.nhsImpact().get(1)).isCloseTo(-21, within(TOLERANCE));
  }

  @Test
  void lowerChcGrowthSavesTheDifferenceInChcSpend() {
    DriverSet d = with(z -> z.with(Driver.CONTINUING_HEALTHCARE_GROWTH, YearlyRates.flat(PERIOD, 0.1)));
    var s = sut(d, new GrowthRateChange(CostLine.CONTINUING_HEALTHCARE, YearlyRates.flat(PERIOD, 0)));
    // CHC 40 grows to 44 then 48.4 at 10%; at 0% it stays 40.
    assertThat(s.nhsImpact().get(0)).isCloseTo(4, within(TOLERANCE));
    assertThat(s.nhsImpact().get(1)).isCloseTo(8.4, within(1e-9));
  }

  @Test
  void activityReductionCompoundsAndNetsCommissionerSavingAgainstProviderIncome() {
    var s = sut(TestFootprints.zeroDrivers(), new ActivityChange(-0.01, Y1));
    // 1% less: provider income −10, staff +5, variable +2; CCG healthcare spend +9 → +6.
    assertThat(s.nhsImpact().get(0)).isCloseTo(6, within(1e-9));
    // 2nd year 1 − 0.99² = 1.99% of (−1000 + 500 + 200 + 900).
    assertThat(s.nhsImpact().get(1)).isCloseTo(11.94, within(1e-9));
  }
}
