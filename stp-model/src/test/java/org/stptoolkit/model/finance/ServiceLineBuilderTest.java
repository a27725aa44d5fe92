package org.stptoolkit.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stptoolkit.model.example.Examples;

/** {@link ServiceLine#builder}: six amounts by name, so none can be swapped by position. */
class ServiceLineBuilderTest {

  @Test
  void eachAmountLandsInItsOwnComponent() {
    ServiceLine line = ServiceLine.builder("C", "Commissioning").continuingHealthcareGbpK(6).fixedCostsGbpK(5)
        .variableCostsGbpK(4).staffCostsGbpK(3).incomeGbpK(2).reportedSurplusGbpK(1.0).build();
    assertThat(line).isEqualTo(new ServiceLine("C", "Commissioning", 2, 3, 4, 5, 6, 1.0));
  }

  @Test
  void theSeedsSssftLineBuiltByNameGivesItsIncomeLessCosts() {
    // 177,342 − 102,291 − 32,736 − 32,785 = 9,530 (the seed prints 9,350)
    ServiceLine sssft = ServiceLine.builder("SSSFT", "Mental Health").incomeGbpK(177_342).staffCostsGbpK(102_291)
        .variableCostsGbpK(32_736).fixedCostsGbpK(32_785).reportedSurplusGbpK(9_350.0).build();
    assertThat(sssft.computedSurplusGbpK()).isEqualTo(9_530);
    assertThat(Examples.staffordshireAndStokeOnTrent().baseline().serviceLinesOf("SSSFT")).containsExactly(sssft);
  }

  @Test
  void unsetAmountsAreZeroAndTheReportedSurplusAbsent() {
    ServiceLine line = ServiceLine.builder("P", "Acute").incomeGbpK(10).build();
    assertThat(line).isEqualTo(new ServiceLine("P", "Acute", 10, 0, 0, 0, 0, null));
    assertThat(line.toBuilder().build()).isEqualTo(line);
    assertThat(line.toBuilder().name("Elective").build().name()).isEqualTo("Elective");
  }

  @Test
  void theConstructorsChecksRunAtBuildNamingTheLine() {
    assertThatThrownBy(() -> ServiceLine.builder("P", "Acute").staffCostsGbpK(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("staff costs of P Acute must be zero or more, was -1");
    assertThatThrownBy(() -> ServiceLine.builder(null, "Acute").build())
        .hasMessage("service line organisation code is required and must not be blank");
  }
}
