package org.stptoolkit.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.basics.RoundingPolicy;

class MonteCarloFanTest {

  private static final FootprintResult RESULT = PackFixtures.exampleResult();
  private static final MonteCarloResult MC =
      MonteCarlo.run(PackFixtures.example(), MonteCarloSpec.typical(2_000, 42).withThreads(1));

  @Test
  void percentilesLowestFirstFromTheHeadlineNode() {
    FanView fan = MonteCarloFan.of(MC, RESULT);
    assertThat(fan.percentiles().stream().map(MoneyRow::label)).containsExactly("P10", "P50", "P90");
    ByYear p50 = MC.headline().doSomething().percentile(org.stptoolkit.finance.montecarlo.Percentile.P50).orElseThrow();
    for (int y = 0; y < p50.size(); y++) {
      assertThat(fan.percentiles().get(1).gbpK().get(PackFixtures.YEARS.get(y))).isEqualTo(p50.get(y));
      assertThat(fan.probabilityOfBalance().get(PackFixtures.YEARS.get(y)))
          .isEqualTo(MC.headline().probabilityOfBalance().get(y));
    }
    assertThat(fan.plan().gbpK().get(PackFixtures.LAST)).isEqualTo(RESULT.health().doSomething().last());
    assertThat(fan.note()).contains(MC.percentileError());
  }

  @Test
  void refusesARunOverOtherYears() {
    MonteCarloResult other = new MonteCarloResult(MC.draws(), MC.seed(), MC.threads(), List.of("2017/18"),
        MC.nodes(), MC.varianceDrivers(), MC.relativeError(), null);
    assertThatThrownBy(() -> MonteCarloFan.of(other, RESULT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2017/18");
  }

  @Test
  void packPrintsTheFanTableAndProbabilityOfBalance() throws IOException {
    PackContent p = PackFixtures.examplePack().withMonteCarlo(MonteCarloFan.of(MC, RESULT));
    byte[] pdf = PdfPack.openPdf().footprint(p);
    assertThat(PdfPack.openPdf().footprint(p)).isEqualTo(pdf);
    String text = OpenPdfPackTest.text(pdf);
    assertThat(text).contains("Monte Carlo: do-something position by year").contains("Chance of breaking even or better")
        .contains(org.stptoolkit.finance.montecarlo.MonteCarloWords.balance("2020/21",
            MC.headline().probabilityOfBalance().last()))
        .contains("P90 " + RoundingPolicy.formatGbpK(MC.headline().doSomething().percentiles().get(org.stptoolkit.finance.montecarlo.Percentile.P90).get(0)));
    Map<org.stptoolkit.finance.montecarlo.Percentile, ByYear> ps = MC.headline().doSomething().percentiles();
    assertThat(ps).containsKeys(org.stptoolkit.finance.montecarlo.Percentile.P10,
        org.stptoolkit.finance.montecarlo.Percentile.P50, org.stptoolkit.finance.montecarlo.Percentile.P90);
  }
}
