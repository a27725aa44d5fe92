package org.stptoolkit.metrics.fingertips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.catalogue.Indicators;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.ValueType;

/** The Fingertips catalogue kept as data. */
class FingertipsCatalogueTest {

  @Test
  void builtInEntriesAgreeWithTheBuiltInDefinitionsOfTheSameId() {
    FingertipsCatalogue c = FingertipsCatalogue.builtIn();
    assertThat(c.entries()).isNotEmpty();
    for (FingertipsCatalogue.Entry e : c.entries()) {
      IndicatorDefinition d = e.definition();
      Indicators.find(d.id()).ifPresent(b -> {
        assertThat(d.gap()).as(d.id()).isEqualTo(b.gap());
        assertThat(d.valueType()).as(d.id()).isEqualTo(b.valueType());
        assertThat(d.multiplier()).as(d.id()).isEqualTo(b.multiplier());
        assertThat(d.polarity()).as(d.id()).isEqualTo(b.polarity());
        assertThat(d.unit()).as(d.id()).isEqualTo(b.unit());
      });
    }
  }

  @Test
  void lifeExpectancyIsFoundBySexAndSmokingForAnySex() {
    FingertipsCatalogue c = FingertipsCatalogue.builtIn();
    assertThat(c.find("90366", "Male").orElseThrow().definition().id()).isEqualTo("LIFE_EXPECTANCY_MALE");
    assertThat(c.find("90366", "Female").orElseThrow().definition().id()).isEqualTo("LIFE_EXPECTANCY_FEMALE");
    assertThat(c.find("90366", "Persons")).isEmpty();
    IndicatorDefinition smoking = c.find("92443", "Persons").orElseThrow().definition();
    assertThat(smoking.valueType()).isEqualTo(ValueType.PROPORTION);
    assertThat(smoking.multiplier()).isEqualTo(100);
    assertThat(smoking.polarity()).isEqualTo(Polarity.LOW_IS_GOOD);
    assertThat(smoking.gap()).isEqualTo(Gap.HEALTH_AND_WELLBEING);
    assertThat(c.find("1", "Persons")).isEmpty();
  }

  @Test
  void aBadLineIsRefusedNamingItsLineAndWhatWasWrong() {
    String text = "# a comment\nfingertips_id,sex,id,name,gap,value_type,multiplier,polarity,unit\n"
        + "1,Any,A,An indicator,HEALTH_AND_WELLBEING,PROPORTION,100,HIGH_IS_GOOD,%\n"
        + "2,Any,B,Another,HEALTH_AND_WELLBEING,PROPORTION,-5,HIGH_IS_GOOD,%\n";
    assertThatThrownBy(() -> FingertipsCatalogue.parse(text, "mine.csv"))
        .hasMessageContaining("mine.csv line 4").hasMessageContaining("multiplier");
    String twice = "fingertips_id,sex,id,name,gap,value_type,multiplier,polarity,unit\n"
        + "1,Any,A,An indicator,HEALTH_AND_WELLBEING,PROPORTION,100,HIGH_IS_GOOD,%\n"
        + "1,any,A,An indicator,HEALTH_AND_WELLBEING,PROPORTION,100,HIGH_IS_GOOD,%\n";
    assertThatThrownBy(() -> FingertipsCatalogue.parse(twice, "mine.csv")).hasMessageContaining("twice");
  }
}
