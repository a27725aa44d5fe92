package org.stptoolkit.finance.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileTest {

  @Test
  void namesAreThePercentWithoutTrailingZerosAndParseBack() {
    assertThat(Percentile.P10.name()).isEqualTo("p10");
    assertThat(Percentile.P50.name()).isEqualTo("p50");
    assertThat(Percentile.of(0.025).name()).isEqualTo("p2.5");
    assertThat(Percentile.of(0.07).name()).isEqualTo("p7");
    assertThat(Percentile.of(1).name()).isEqualTo("p100");
    for (String name : List.of("p5", "p10", "p2.5", "p50", "p97.5", "p0", "p100")) {
      assertThat(Percentile.parse(name).name()).isEqualTo(name);
    }
    assertThat(Percentile.parse("p90")).isEqualTo(Percentile.P90);
    assertThat(Percentile.parse("p2.5").fraction()).isEqualTo(0.025);
  }

  @Test
  void badNamesAndFractionsAreRefusedInWords() {
    assertThatThrownBy(() -> Percentile.parse("P10")).hasMessage(
        "expected a percentile name such as p10 or p2.5, found \"P10\"");
    assertThatThrownBy(() -> Percentile.parse("p")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentile.parse("p101")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentile.of(1.5)).hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> Percentile.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percentilesSortByFraction() {
    assertThat(List.of(Percentile.P90, Percentile.of(0.025), Percentile.P10).stream().sorted().toList())
        .containsExactly(Percentile.of(0.025), Percentile.P10, Percentile.P90);
  }

  @Test
  void typedPercentilesAreReportedInTheOrderAsked() {
    MonteCarloSpec spec = MonteCarloSpec.typical(1_000, 3L).withThreads(1)
        .withPercentiles(Percentile.P95, Percentile.of(0.025), Percentile.P50);
    MonteCarloResult mc = MonteCarlo.run(org.stptoolkit.model.example.Examples.staffordshireAndStokeOnTrent(), spec);
    assertThat(mc.headline().doSomething().percentiles().keySet())
        .containsExactly(Percentile.P95, Percentile.of(0.025), Percentile.P50);
    assertThat(mc.headline().doSomething().percentile(Percentile.P95).orElseThrow().last())
        .isGreaterThan(mc.headline().doSomething().percentile(Percentile.P50).orElseThrow().last());
    assertThat(mc.headline().doSomething().percentile(Percentile.P10)).isEmpty();
  }
}
