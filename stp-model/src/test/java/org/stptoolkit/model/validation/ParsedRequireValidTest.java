package org.stptoolkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** {@link Parsed#requireValid()}: a value only without ERROR findings, else an exception carrying them all. */
class ParsedRequireValidTest {

  /** Footprint 7 of the synthetic nation with its first service line's income made negative. */
  private static Footprint negativeIncome() {
    Footprint fp = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 2016L, 1).get(6);
    List<ServiceLine> lines = new java.util.ArrayList<>(fp.baseline().serviceLines());
    lines.set(0, lines.get(0).toBuilder().incomeGbpK(-lines.get(0).incomeGbpK()).build());
    return fp.withBaseline(new Baseline(fp.baseline().year(), fp.baseline().normalisation(), lines));
  }

  @Test
  void aValidFootprintIsHandedOut() {
    Footprint fp = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 2016L, 1).get(6);
    Parsed<Footprint> parsed = FootprintJson.read("fp7.json", FootprintJson.toJson(fp).getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.requireValid()).isEqualTo(fp);
  }

  @Test
  void aFootprintWithAnErrorIsRefusedWithEveryFindingAndTheFirstErrorAsMessage() {
    Footprint bad = negativeIncome();
    Parsed<Footprint> parsed = FootprintJson.read("bad.json", FootprintJson.toJson(bad).getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.value()).contains(bad);   // read, but not valid
    assertThatThrownBy(parsed::requireValid).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.findings()).isEqualTo(parsed.findings());
      assertThat(e.errors()).isNotEmpty().allMatch(ValidationFinding::isError);
      assertThat(e.errors().get(0).rule()).isEqualTo(FootprintValidator.ABSURD_VALUE);
      assertThat(e.getMessage()).startsWith("ERROR ABSURD_VALUE bad.json: " + bad.baseline().serviceLines().get(0)
          .organisationCode());
      assertThat(e).isInstanceOf(IllegalArgumentException.class);
    });
    // orElseThrow still hands the invalid value to a tool that shows every finding
    assertThat(parsed.orElseThrow()).isEqualTo(bad);
  }

  @Test
  void aFailedReadIsRefusedByBothWithTheFindings() {
    Parsed<Footprint> parsed = FootprintJson.read("broken.json", "{\"number\": ".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(parsed::requireValid).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ERROR NOT_JSON broken.json");
    assertThatThrownBy(parsed::orElseThrow).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ERROR NOT_JSON broken.json");
  }

  @Test
  void theMessageCountsTheOtherErrorsAndFindingsWithoutAnErrorCannotBeRefused() {
    Location at = Location.of("x");
    Findings two = Findings.of(List.of(ValidationFinding.warning("W", at, "a", "b"),
        ValidationFinding.error("E1", at, "c", "d"), ValidationFinding.error("E2", at, "e", "f")));
    assertThat(new InvalidInputException(two).getMessage()).isEqualTo("ERROR E1 x: expected c, found d (and 1 more error)");
    assertThatThrownBy(() -> new InvalidInputException(Findings.of(List.of(ValidationFinding.warning("W", at, "a", "b")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one ERROR");
  }
}
