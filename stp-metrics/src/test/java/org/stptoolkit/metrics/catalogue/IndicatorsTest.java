package org.stptoolkit.metrics.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorDefinition;

class IndicatorsTest {
  @Test
  void constitutionalStandardsCarryTheirLimits() {
    assertThat(Indicators.AE_FOUR_HOUR.standard().lower()).isEqualTo(95);
    assertThat(Indicators.RTT_18_WEEKS.standard().lower()).isEqualTo(92);
    assertThat(Indicators.CANCER_62_DAY.standard().lower()).isEqualTo(85);
    assertThat(Indicators.CANCER_TWO_WEEK_WAIT.standard().lower()).isEqualTo(93);
    assertThat(Indicators.CANCER_31_DAY.standard().lower()).isEqualTo(96);
    assertThat(Indicators.AMBULANCE_CAT_A_8_MIN.standard().lower()).isEqualTo(75);
    assertThat(Indicators.EIP_TWO_WEEKS.standard().lower()).isEqualTo(50);
    assertThat(Indicators.IAPT_SIX_WEEKS.standard().lower()).isEqualTo(75);
    assertThat(Indicators.IAPT_EIGHTEEN_WEEKS.standard().lower()).isEqualTo(95);
    assertThat(Indicators.DEMENTIA_DIAGNOSIS.standard().lower()).isEqualTo(66.7);
  }

  @Test
  void idsAreUniqueAndFindable() {
    assertThat(Indicators.all()).extracting(IndicatorDefinition::id).doesNotHaveDuplicates();
    assertThat(Indicators.byId()).hasSize(Indicators.all().size());
    assertThat(Indicators.find("AE_FOUR_HOUR")).contains(Indicators.AE_FOUR_HOUR);
    assertThat(Indicators.find("NOPE")).isEmpty();
  }

  @Test
  void everyGapHasIndicators() {
    for (Gap g : Gap.values()) {
      assertThat(Indicators.all()).anyMatch(d -> d.gap() == g);
    }
  }

  @Test
  void percentagesUseMultiplierOneHundred() {
    assertThat(Indicators.all()).filteredOn(d -> "%".equals(d.unit())).allMatch(d -> d.multiplier() == 100);
    assertThat(Indicators.wording("AE_FOUR_HOUR").subjects()).isEqualTo("patients");
    assertThat(Indicators.wording("UNKNOWN").subjects()).isEqualTo("people");
  }
}
