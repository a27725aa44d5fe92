package org.stptoolkit.model.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/** The key risk register: the example's eight published risks, the record's rules, the validator's findings. */
class KeyRiskTest {

  /** The eight headlines of the plan's table "Delivering Our Plan – Key Risks", as printed. */
  static final List<String> PUBLISHED_TITLES = List.of(
      "Workforce capacity and/or skill set insufficient to deliver quality service during transformation",
      "External Governance: accountable organisations are constrained by governance and regulation and cannot"
          + " drive the change required",
      "Political and Public: Insufficient scale of transformation",
      "Political and Public: Public objections to the plans developed impact timeline or scale of transformation",
      "Culture and Alignment: Organisational culture and direction not aligned with system wide goals",
      "Operating Plan, and STP not aligned leading to failure to secure 2 x year contract agreement",
      "Capacity for Change: Inadequate capacity and capability to deliver required change at pace due to lack of"
          + " resource, time, or leadership capability",
      "Aligning Financial Incentives: Transformation priorities are hindered by the incentives alignment or by"
          + " perverse financial incentives.");

  /** The sixth row of the seed's table, all three columns as printed (the shortest row). */
  static final String SIXTH_MITIGATION = "Agreed approach to alignment through Executive Forum Coordinated approach"
      + " across CCG with one CCG leading on behalf of all to deliver consistency Internal arbitration approach"
      + " implemented by Executive Forum. STP led mediation";
  static final String SIXTH_DEPENDENCY = "Regulatory support to facilitate agreed position";

  /** The first row's first column as printed: headline run into the description. */
  static final String FIRST_CELL = "Workforce capacity and/or skill set insufficient to deliver quality service"
      + " during transformation Recruitment and retention of expert clinical staff through a period of"
      + " significant change, particularly in primary care and while reducing agency spend.";

  private static KeyRisk sut() {
    return KeyRisk.of("Workforce capacity", "", "A system workforce bank.", "Health Education England.");
  }

  @Test
  void exampleCarriesTheEightPublishedRisksInThePlansOrder() {
    List<KeyRisk> risks = Examples.staffordshireAndStokeOnTrent().risks();
    assertThat(risks).extracting(KeyRisk::title).containsExactlyElementsOf(PUBLISHED_TITLES);
    assertThat(risks).allSatisfy(r -> {
      assertThat(r.mitigatingActions()).isNotBlank();
      assertThat(r.externalDependencies()).isNotBlank();
      assertThat(r.scored()).as("the plan scores no risk").isFalse();
      assertThat(r.solutions()).isEmpty();
      assertThat(r.drivers()).isEmpty();
    });
    KeyRisk first = risks.get(0);
    assertThat(first.title() + " " + first.description()).isEqualTo(FIRST_CELL);
    assertThat(risks.get(5).description()).isEmpty();
    assertThat(risks.get(5).mitigatingActions()).isEqualTo(SIXTH_MITIGATION);
    assertThat(risks.get(5).externalDependencies()).isEqualTo(SIXTH_DEPENDENCY);
  }

  @Test
  void exampleRegisterRaisesNoFinding() {
    assertThat(FootprintValidator.DEFAULT.validate(Examples.staffordshireAndStokeOnTrent()).all())
        .extracting(ValidationFinding::rule)
        .doesNotContain(FootprintValidator.UNKNOWN_RISK_LINK, FootprintValidator.RISK_WITHOUT_MITIGATION);
  }

  @Test
  void likelihoodOffTheScaleIsRefusedNamingTheRisk() {
    assertThatThrownBy(() -> sut().withScores(6, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("likelihood of key risk \"Workforce capacity\" must be on the scale 1 (lowest) to 5 (highest),"
            + " was 6");
    assertThatThrownBy(() -> sut().withScores(3, 0)).hasMessageContaining("impact of key risk \"Workforce capacity\"");
    assertThat(sut().withScores(1, 5).score()).isEqualTo(5);
    assertThat(sut().withScores(4, null).scored()).isFalse();
    assertThat(sut().withScores(4, null).score()).isZero();
  }

  @Test
  void blankLinkIsRefusedNamingTheRisk() {
    assertThatThrownBy(() -> sut().withLinks(List.of(" "), List.of()))
        .hasMessageContaining("key risk \"Workforce capacity\"");
  }

  @Test
  void unknownSolutionOrDriverAndMissingMitigationAreFindingsNamingTheRisk() {
    Footprint ex = Examples.staffordshireAndStokeOnTrent();
    KeyRisk bad = new KeyRisk("Estates slip", "", "", "", "", 2, 3, List.of("CIP/Workforce", "Car parks"),
        List.of("WEATHER"));
    List<ValidationFinding> found = FootprintValidator.DEFAULT.validate(ex.withRisks(List.of(bad))).all().stream()
        .filter(f -> f.location().place().startsWith("key risk")).toList();
    assertThat(found).extracting(ValidationFinding::rule).containsExactlyInAnyOrder(
        FootprintValidator.UNKNOWN_RISK_LINK, FootprintValidator.UNKNOWN_RISK_LINK,
        FootprintValidator.RISK_WITHOUT_MITIGATION);
    assertThat(found).allSatisfy(f -> assertThat(f.location().place()).startsWith("key risk \"Estates slip\""));
    assertThat(found.stream().map(ValidationFinding::toString)).anySatisfy(s -> assertThat(s)
        .contains("linked solutions").contains("CIP/Workforce").contains("found \"Car parks\""));
    assertThat(found.stream().map(ValidationFinding::toString)).anySatisfy(s -> assertThat(s)
        .contains("linked drivers").contains("NON_DEMOGRAPHIC_GROWTH").contains("found \"WEATHER\""));
  }

  @Test
  void scoredAndLinkedRiskRoundTripsThroughJson() {
    Footprint ex = Examples.staffordshireAndStokeOnTrent();
    List<KeyRisk> risks = List.of(ex.risks().get(0).withScores(4, 5).withLinks(List.of("CIP/Workforce"),
        List.of("PAY_INFLATION")), ex.risks().get(1));
    Footprint fp = ex.withRisks(risks);
    Parsed<Footprint> back = FootprintJson.read("risks.json", FootprintJson.toJson(fp).getBytes(StandardCharsets.UTF_8));
    assertThat(back.value()).isPresent();
    assertThat(back.value().get().risks()).isEqualTo(risks);
    assertThat(back.value().get()).isEqualTo(fp);
  }

  @Test
  void jsonLikelihoodOffTheScaleIsAFindingNamingTheRiskAndItsPath() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    fp = fp.withRisks(List.of(fp.risks().get(0).withScores(3, 3)));
    String json = FootprintJson.toJson(fp).replace("\"likelihood\" : 3", "\"likelihood\" : 7");
    Parsed<Footprint> back = FootprintJson.read("bad.json", json.getBytes(StandardCharsets.UTF_8));
    assertThat(back.value()).isEmpty();
    assertThat(back.findings().all()).singleElement().satisfies(f -> assertThat(f.toString())
        .contains("bad.json").contains("$.risks[0]").contains("likelihood of key risk \"Workforce capacity")
        .contains("1 (lowest) to 5 (highest), was 7"));
  }

  @Test
  void jsonWithoutRisksReadsAsAnEmptyRegister() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent().withRisks(List.of());
    String json = FootprintJson.toJson(fp);
    assertThat(json).doesNotContain("\"risks\" : [ {");
    assertThat(FootprintJson.read("none.json", json.getBytes(StandardCharsets.UTF_8)).value().get().risks()).isEmpty();
  }

  @Test
  void syntheticFootprintsCarryLinkedAndScoredRisksThatValidate() {
    for (Footprint fp : SyntheticNation.generate(6, 2016, 1)) {
      assertThat(fp.risks()).as(fp.name()).hasSize(3);
      assertThat(fp.risks().stream().filter(KeyRisk::scored)).isNotEmpty();
      assertThat(fp.risks().stream().filter(r -> !r.solutions().isEmpty())).isNotEmpty();
      assertThat(FootprintValidator.DEFAULT.validate(fp).all()).as(fp.name()).extracting(ValidationFinding::rule)
          .doesNotContain(FootprintValidator.UNKNOWN_RISK_LINK, FootprintValidator.RISK_WITHOUT_MITIGATION);
    }
  }
}
