package org.stptoolkit.finance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.finance.aggregation.Measure;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/** A result written as JSON reads back into Java, figure for figure, and writes the same bytes again. */
class ResultJsonReadTest {

  /** The document keeps money to three decimals (£1): a figure read back is within half of that. */
  private static final double TOLERANCE = 0.0005 + 1e-9;

  private static final FootprintResult EXAMPLE = StpEngine.DEFAULT.run(Examples.staffordshireAndStokeOnTrent());

  private static List<FootprintResult> results() {
    List<FootprintResult> all = new ArrayList<>();
    all.add(EXAMPLE);
    for (Footprint fp : SyntheticNation.generate(8, 2016, 1)) {
      all.add(StpEngine.DEFAULT.run(fp));
    }
    return all;
  }

  private static FootprintResult readBack(byte[] bytes) {
    Parsed<FootprintResult> p = ResultJson.read("r.json", bytes);
    assertThat(p.findings().all()).isEmpty();
    return p.orElseThrow();
  }

  @Test
  void writingAResultReadBackGivesTheSameBytesOnTheExampleAndTheNation() {
    for (FootprintResult r : results()) {
      byte[] written = ResultJson.toBytes(r);
      assertThat(new String(ResultJson.toBytes(readBack(written)), StandardCharsets.UTF_8)).as(r.footprintName())
          .isEqualTo(new String(written, StandardCharsets.UTF_8));
    }
  }

  @Test
  void figuresReadBackAreTheEnginesToThePound() {
    for (FootprintResult r : results()) {
      FootprintResult back = readBack(ResultJson.toBytes(r));
      assertThat(back.footprintNumber()).isEqualTo(r.footprintNumber());
      assertThat(back.period()).isEqualTo(r.period());
      assertThat(back.health().doSomething().isCloseTo(r.health().doSomething(), TOLERANCE)).isTrue();
      assertThat(back.health().totalSolutions().isCloseTo(r.health().totalSolutions(), 20 * TOLERANCE)).isTrue();
      assertThat(back.health().doNothingSource()).isEqualTo(r.health().doNothingSource());
      assertThat(back.health().cumulativeDoNothing()).isCloseTo(r.health().cumulativeDoNothing(), within(TOLERANCE));
      assertThat(back.solutions()).hasSameSizeAs(r.solutions());
      for (int i = 0; i < r.solutions().size(); i++) {
        assertThat(back.solutions().get(i).scope()).isEqualTo(r.solutions().get(i).scope());
        assertThat(back.solutions().get(i).net().isCloseTo(r.solutions().get(i).net(), TOLERANCE)).isTrue();
        assertThat(back.solutions().get(i).basis()).isEqualTo(r.solutions().get(i).basis());
      }
      for (int i = 0; i < r.organisations().size(); i++) {
        assertThat(back.organisations().get(i).surplus().isCloseTo(r.organisations().get(i).surplus(), TOLERANCE))
            .isTrue();
        assertThat(back.organisations().get(i).normalisedSurplus())
            .isCloseTo(r.organisations().get(i).normalisedSurplus(), within(TOLERANCE));
      }
      assertThat(back.socialCare()).extracting(b -> b.scope()).isEqualTo(r.socialCare().stream().map(b -> b.scope())
          .toList());
      assertThat(back.risk().riskAdjustedDoSomething().isCloseTo(r.risk().riskAdjustedDoSomething(), TOLERANCE))
          .isTrue();
      assertThat(back.findings().all()).extracting(ValidationFinding::toString)
          .isEqualTo(r.findings().all().stream().map(ValidationFinding::toString).toList());
    }
  }

  @Test
  void theExamplesGoldenFiguresReadBackAndAggregate() {
    FootprintResult back = readBack(ResultJson.toBytes(EXAMPLE));
    assertThat(back.health().doNothing().get(0)).isEqualTo(-159_546);
    assertThat(back.health().cumulativeDoNothing()).isEqualTo(-1_079_770);
    assertThat(back.normalisedHealthSurplus()).isEqualTo(-156_758);
    assertThat(back.socialCare(Scope.council("SCC"))).isPresent();
    assertThat(Aggregation.footprint(back).measure(Measure.DO_SOMETHING).orElseThrow()
        .isCloseTo(EXAMPLE.health().doSomething(), TOLERANCE)).isTrue();
  }

  @Test
  void aFileWithAMonteCarloSectionReadsAndTheSectionIsLeftOut(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("staffs.result.json");
    ResultJson.write(EXAMPLE, MonteCarlo.run(Examples.staffordshireAndStokeOnTrent(),
        MonteCarloSpec.typical(500, 2016L)), file, false);
    Parsed<FootprintResult> p = ResultJson.read(file);
    assertThat(p.findings().all()).isEmpty();
    assertThat(ResultJson.toBytes(p.orElseThrow())).isEqualTo(ResultJson.toBytes(EXAMPLE));
  }

  @Test
  void aDocumentWithoutAVersionIsVersionOneAndAnotherMajorVersionIsRefusedInWords() throws Exception {
    ObjectNode tree = ResultJson.toTree(EXAMPLE);
    assertThat(tree.fieldNames().next()).isEqualTo("schemaVersion");
    tree.remove("schemaVersion");
    assertThat(ResultJson.read("old.json", ResultJson.toBytes(tree)).value()).isPresent();
    tree = ResultJson.toTree(EXAMPLE);
    tree.put("schemaVersion", "2.0");
    Parsed<FootprintResult> two = ResultJson.read("new.json", ResultJson.toBytes(tree));
    assertThat(two.value()).isEmpty();
    assertThat(two.findings().all()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(FootprintJson.FORMAT_VERSION);
      assertThat(f.toString()).contains("new.json: $.schemaVersion").contains("found version \"2.0\"");
    });
  }

  @Test
  void badContentIsAFindingNamingTheFileAndPlaceNeverAnException() {
    ObjectNode tree = ResultJson.toTree(EXAMPLE);
    ((ObjectNode) tree.get("doSomething")).put("surplus", "a lot");
    Parsed<FootprintResult> wrongType = ResultJson.read("r.json", ResultJson.toBytes(tree));
    assertThat(wrongType.value()).isEmpty();
    assertThat(wrongType.findings().all().get(0).toString()).contains("r.json").contains("$.doSomething.surplus");
    Parsed<FootprintResult> notJson = ResultJson.read("r.json", "{\"years\": [".getBytes(StandardCharsets.UTF_8));
    assertThat(notJson.findings().all().get(0).rule()).isEqualTo(FootprintJson.NOT_JSON);
    Parsed<FootprintResult> footprint = ResultJson.read("fp.json",
        FootprintJson.toJson(Examples.staffordshireAndStokeOnTrent()).getBytes(StandardCharsets.UTF_8));
    assertThat(footprint.value()).isEmpty();
    assertThat(footprint.findings().all()).allMatch(ValidationFinding::isError)
        .allMatch(f -> !f.toString().contains("Exception"));
  }

  @Test
  void aFileThatIsNotThereIsAFinding(@TempDir Path dir) {
    Parsed<FootprintResult> p = ResultJson.read(dir.resolve("missing.json"));
    assertThat(p.value()).isEmpty();
    assertThat(p.findings().all().get(0).toString()).contains("missing.json");
    assertThat(Files.exists(dir.resolve("missing.json"))).isFalse();
  }
}
