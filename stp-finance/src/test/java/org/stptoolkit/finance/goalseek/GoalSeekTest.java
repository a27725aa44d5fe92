package org.stptoolkit.finance.goalseek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.Driver;

class GoalSeekTest {

  @Test
  void brentFindsTheRootOfACubic() {
    GoalSeekResult r = GoalSeek.solve(x -> x * x * x - 2 * x, 5, 0, 3, 1e-12, "x");
    assertThat(r.found()).isTrue();
    assertThat(r.value() * r.value() * r.value() - 2 * r.value()).isCloseTo(5, within(1e-9));
  }

  @Test
  void targetOutsideTheRangeGivesAClearMessageAndNoValue() {
    GoalSeekResult r = GoalSeek.solve(x -> x, 10, 0, 1, 1e-9, "growth");
    assertThat(r.found()).isFalse();
    assertThat(r.message()).contains("no value of growth between 0 and 1 reaches 10");
    assertThatThrownBy(r::orElseThrow).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void nonDemographicGrowthThatMakesThe2020GapTwoHundredAndEightySixMillion() {
    ResolvedFootprint r = ResolvedFootprint.of(Examples.staffordshireAndStokeOnTrent());
    GoalSeekResult g = DriverGoalSeek.solve(r, Driver.NON_DEMOGRAPHIC_GROWTH, DriverGoalSeek.Mode.SET,
        FinancialYear.of(2020), -286_000, -0.05, 0.10);
    assertThat(g.found()).isTrue();
    assertThat(g.achieved()).isCloseTo(-286_000, within(0.001));
    assertThat(g.value()).isBetween(0.0, 0.03);
  }

  @Test
  void goalSeekSaysSoWhenNoGrowthInRangeReachesTheGap() {
    ResolvedFootprint r = ResolvedFootprint.of(Examples.staffordshireAndStokeOnTrent());
    GoalSeekResult g = DriverGoalSeek.solve(r, Driver.NON_DEMOGRAPHIC_GROWTH, DriverGoalSeek.Mode.SET,
        FinancialYear.of(2020), -5_000_000, 0, 0.05);
    assertThat(g.found()).isFalse();
    assertThat(g.message()).startsWith("no value of 'Non-demographic growth'");
  }
}
