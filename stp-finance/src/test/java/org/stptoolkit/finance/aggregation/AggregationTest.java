package org.stptoolkit.finance.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** Aggregation: the sum of the parts is the whole at every level. */
class AggregationTest {

  private static void assertSumOfParts(AggregateNode node) {
    if (node.children().isEmpty()) {
      return;
    }
    for (Measure m : node.measures().keySet()) {
      if (node.children().stream().allMatch(c -> c.measure(m).isPresent())) {
        ByYear sum = ByYear.zeros(node.measure(m).orElseThrow().size());
        for (AggregateNode c : node.children()) {
          sum = sum.plus(c.measure(m).orElseThrow());
        }
        for (int y = 0; y < sum.size(); y++) {
          assertThat(node.measure(m).orElseThrow().get(y)).as("%s %s %s year %d", node.level(), node.code(), m, y)
              .isCloseTo(sum.get(y), within(1e-9 * Math.max(1, Math.abs(sum.get(y)))));
        }
      }
    }
    node.children().forEach(AggregationTest::assertSumOfParts);
  }

  @Property(tries = 10)
  void sumOfThePartsIsTheWholeAtEveryLevel(@ForAll long seed, @ForAll @IntRange(min = 4, max = 14) int count) {
    List<FootprintResult> results = SyntheticNation.generate(count, seed, 1).stream()
        .map(StpEngine.DEFAULT::run).toList();
    AggregateNode england = Aggregation.england(results);
    assertSumOfParts(england);
    assertThat(england.children()).hasSizeLessThanOrEqualTo(4);
    double fpSum = results.stream().mapToDouble(r -> r.health().doSomething().last()).sum();
    assertThat(england.measure(Measure.DO_SOMETHING).orElseThrow().last()).isCloseTo(fpSum, within(1e-6 * Math.abs(fpSum) + 1e-6));
  }

  @Test
  void footprintHealthSurplusFromOrganisationsIsTheDriversBasedSystemPosition() {
    FootprintResult r = StpEngine.DEFAULT.run(org.stptoolkit.model.example.Examples.staffordshireAndStokeOnTrent());
    AggregateNode fp = Aggregation.footprint(r);
    assertThat(fp.measure(Measure.HEALTH_SURPLUS).orElseThrow().isCloseTo(r.health().driversDoNothing(), 1e-6)).isTrue();
    assertThat(fp.measure(Measure.HEALTH_SURPLUS).orElseThrow().isCloseTo(r.system().systemPosition(), 1e-6)).isTrue();
  }

  @Test
  void nationalRunOfFortyFourFootprintsIsAboutOneHundredBillionOfAllocations() {
    List<FootprintResult> results = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 7, 1).stream().map(StpEngine.DEFAULT::run).toList();
    double allocation = results.stream().mapToDouble(r -> r.system().commissionerAllocation().get(0)).sum();
    assertThat(allocation).isBetween(70e6, 130e6);
    assertThat(results.get(9).footprintName()).isEqualTo("Staffordshire & Stoke-on-Trent");
    assertThat(Aggregation.england(results).children()).hasSize(4);
  }

  @Test
  void bridgeMeasuresStartAtFootprintLevelAndEveryMeasureHasItsJsonName() {
    FootprintResult r = StpEngine.DEFAULT.run(org.stptoolkit.model.example.Examples.staffordshireAndStokeOnTrent());
    AggregateNode fp = Aggregation.footprint(r);
    AggregateNode organisation = fp.children().get(0);
    while (!organisation.children().isEmpty()) {
      organisation = organisation.children().get(0);
    }
    for (Measure m : Measure.values()) {
      assertThat(fp.measure(m)).as(m.jsonName()).isPresent();
      assertThat(organisation.measure(m).isPresent()).as(m.jsonName()).isEqualTo(!m.footprintLevelOnly());
      assertThat(Measure.ofJsonName(m.jsonName())).isSameAs(m);
    }
    assertThat(fp.measure(Measure.DO_SOMETHING).orElseThrow()).isEqualTo(r.health().doSomething());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.ofJsonName("doSomthing"))
        .hasMessageStartingWith("expected a measure name such as doSomething");
  }
}
