package org.stptoolkit.finance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.json.StpJson;

class ResultJsonTest {

  private static final FootprintResult EXAMPLE = StpEngine.DEFAULT.run(Examples.staffordshireAndStokeOnTrent());

  @Test
  void exampleResultValidatesAgainstTheResultSchema() throws Exception {
    JsonNode tree = StpJson.reader().readTree(new String(ResultJson.toBytes(EXAMPLE), StandardCharsets.UTF_8));
    assertThat(ResultJson.check(tree)).isEmpty();
  }

  @Test
  void byYearArraysAreAlignedWithYearsAndCarryTheGoldenFigures() {
    JsonNode tree = ResultJson.toTree(EXAMPLE);
    assertThat(tree.get("years")).hasSize(5);
    assertThat(tree.get("years").get(0).asText()).isEqualTo("2016/17");
    assertThat(tree.path("doNothing").path("surplus").path(0).asDouble()).isEqualTo(-159_546);
    assertThat(tree.path("doSomething").path("surplus").path(4).asDouble()).isBetween(1_419.0, 1_421.0);
    assertThat(tree.path("cumulative").path("doNothing").asDouble()).isEqualTo(-1_079_770);
    assertThat(tree.path("solutions").path(0).path("net")).hasSize(5);
    assertThat(tree.path("sensitivities").path(0).path("impact")).hasSize(5);
    assertThat(tree.path("baseline").path("normalisedSurplus").asDouble()).isEqualTo(-156_758);
  }

  @Test
  void thePlansPrintedBridgeRowsAreWrittenBesideTheComputedOnes() {
    JsonNode tree = ResultJson.toTree(EXAMPLE);
    assertThat(tree.at("/doSomething/published/1").asDouble()).isEqualTo(-119_557);
    assertThat(tree.at("/doSomething/surplus/1").asDouble()).isEqualTo(-119_558);
    assertThat(tree.at("/publishedTotalSolutionValue/4").asDouble()).isEqualTo(286_822);
    assertThat(tree.at("/socialCare/0/scope").asText()).isEqualTo("SCC");
    assertThat(tree.at("/socialCare/0/publishedDoSomething/4").asDouble()).isEqualTo(-78_000);
    assertThat(tree.at("/socialCare/0/publishedTotalSolutionValue").isMissingNode()).isTrue();
    assertThat(tree.at("/socialCare/1/publishedDoSomething").isMissingNode()).isTrue();
  }

  @Test
  void sameResultGivesTheSameBytes() {
    assertThat(ResultJson.toBytes(StpEngine.DEFAULT.run(Examples.staffordshireAndStokeOnTrent())))
        .isEqualTo(ResultJson.toBytes(EXAMPLE));
  }

  @Property(tries = 10)
  void generatedFootprintsGiveValidResults(@ForAll long seed, @ForAll @IntRange(min = 1, max = 44) int n) {
    JsonNode tree = ResultJson.toTree(StpEngine.DEFAULT.run(SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, seed, 1).footprint(n)));
    assertThat(ResultJson.check(tree)).isEmpty();
  }
}
