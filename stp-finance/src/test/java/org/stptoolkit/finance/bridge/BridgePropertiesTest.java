package org.stptoolkit.finance.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** The bridge conserves money on generated footprints. */
class BridgePropertiesTest {

  @Property(tries = 60)
  void bridgeConservesMoneyEveryYear(@ForAll long seed, @ForAll @IntRange(min = 1, max = 44) int number) {
    FootprintResult r = StpEngine.DEFAULT.run(SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, seed, 1).footprint(number));
    assertThat(r.findings().hasErrors()).as(r.findings().toString()).isFalse();
    Stream.concat(Stream.of(r.health()), r.socialCare().stream()).forEach(b -> {
      for (int y = 0; y < b.doNothing().size(); y++) {
        double net = 0;
        for (SolutionLine s : b.solutions()) {
          assertThat(s.gross().get(y) - s.doubleCount().get(y)).isCloseTo(s.net().get(y), within(1e-6));
          net += s.net().get(y);
        }
        double scale = Math.max(1, Math.abs(b.doNothing().get(y)));
        assertThat(b.doSomething().get(y) - b.doNothing().get(y) - net - b.fundingApplied().get(y))
            .isCloseTo(0, within(1e-9 * scale));
        assertThat(b.totalSolutionValue().get(y)).isCloseTo(net + b.fundingApplied().get(y), within(1e-9 * scale));
      }
    });
  }

  @Property(tries = 30)
  void positiveSavingsNeverExceedTheirPoolsOrGoNegative(@ForAll long seed, @ForAll @IntRange(min = 1, max = 44) int number) {
    FootprintResult r = StpEngine.DEFAULT.run(SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, seed, 1).footprint(number));
    for (SolutionLine s : r.solutions()) {
      for (int y = 0; y < s.net().size(); y++) {
        if (s.gross().get(y) >= 0) {
          assertThat(s.net().get(y)).isBetween(0.0, s.gross().get(y) + 1e-9);
        }
      }
    }
  }
}
