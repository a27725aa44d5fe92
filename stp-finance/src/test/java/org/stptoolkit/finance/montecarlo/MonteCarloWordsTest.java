package org.stptoolkit.finance.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.basics.ByYear;

class MonteCarloWordsTest {

  @Test
  void percentilesReadAsChancesOfBeingWorseOrBetter() {
    assertThat(MonteCarloWords.percentile(Percentile.parse("p10"), "2020/21", -123_903.4, false))
        .isEqualTo("A 1 in 10 chance that 2020/21 is worse than (123,903) £'000.");
    assertThat(MonteCarloWords.percentile(Percentile.parse("p50"), "2020/21", -81_085, false))
        .isEqualTo("An even chance that 2020/21 is worse than (81,085) £'000 (the median).");
    assertThat(MonteCarloWords.percentile(Percentile.parse("p90"), "2020/21", -38_997, false))
        .isEqualTo("A 1 in 10 chance that 2020/21 is better than (38,997) £'000.");
    assertThat(MonteCarloWords.percentile(Percentile.parse("p2.5"), "2020/21", 1_500, false))
        .isEqualTo("A 2.5% chance that 2020/21 is worse than 1,500 £'000.");
    assertThat(MonteCarloWords.percentile(Percentile.parse("p75"), "2019/20", -2_345_678_901.0, true))
        .isEqualTo("A 1 in 4 chance that 2019/20 is better than £(2,345,678.9)m.");
  }

  @Test
  void chanceOfBalanceIsAPercentWithTheEndsNeverRoundedAway() {
    assertThat(MonteCarloWords.balance("2020/21", 0.006))
        .isEqualTo("The chance of breaking even or better in 2020/21 is 0.6%.");
    assertThat(MonteCarloWords.percent(0.0001)).isEqualTo("less than 0.1%");
    assertThat(MonteCarloWords.percent(0.99991)).isEqualTo("more than 99.9%");
    assertThat(MonteCarloWords.percent(0)).isEqualTo("0.0%");
    assertThat(MonteCarloWords.percent(1)).isEqualTo("100.0%");
    assertThat(MonteCarloWords.chance(new BigDecimal("5"))).isEqualTo("a 1 in 20 chance");
    assertThat(MonteCarloWords.chance(new BigDecimal("1"))).isEqualTo("a 1% chance");
  }

  @Test
  void headlineNamesTheLargestContributorsWithContributionsThatAddUp() {
    ByYear ds = ByYear.of(new double[] {-10, -20});
    MonteCarloResult.Series s = new MonteCarloResult.Series(
        Map.of(Percentile.P10, ByYear.of(new double[] {-30, -40})), ds, ds);
    MonteCarloResult.Node node = new MonteCarloResult.Node("Somewhere", s, s,
        new MonteCarloResult.Scalar(Map.of(), 0, 0), ByYear.of(new double[] {0.5, 0.25}));
    List<MonteCarloResult.VarianceDriver> vd = List.of(
        new MonteCarloResult.VarianceDriver("driver: Pay inflation", MonteCarloResult.InputKind.ASSUMPTION, 0.6, 0.6 / 1.2),
        new MonteCarloResult.VarianceDriver("driver: CCG allocation growth", MonteCarloResult.InputKind.ASSUMPTION, 0.4,
            0.4 / 1.2),
        new MonteCarloResult.VarianceDriver("delivery: 2 CIP", MonteCarloResult.InputKind.DELIVERY, 0.2, 0.2 / 1.2));
    MonteCarloResult mc = new MonteCarloResult(100, 1, 1, List.of("2019/20", "2020/21"), List.of(node), vd, 0.01,
        null);
    assertThat(MonteCarloWords.headline(mc, 0)).containsExactly(
        "A 1 in 10 chance that 2020/21 is worse than (40) £'000.",
        "The chance of breaking even or better in 2020/21 is 25.0%.",
        "Most of the uncertainty in 2020/21 comes from pay inflation (50.0%), CCG allocation growth (33.3%) and"
            + " delivery of 2 CIP (16.7%) (each input's contribution to the variance; all inputs add to 100%).");
  }
}
