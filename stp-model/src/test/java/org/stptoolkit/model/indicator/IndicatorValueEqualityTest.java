package org.stptoolkit.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.basics.Provenance;

/** {@link IndicatorValue}'s written-out equality and hash are a record's own. */
class IndicatorValueEqualityTest {

  /** A record with the same components: the JVM's own equality and hash, to hold the written-out ones to. */
  private record Same(String indicatorId, String areaCode, String areaName, String period, String sex, String age,
      Double value, Double numerator, Double denominator, Provenance provenance, String note, Double lower95,
      Double upper95, Double lower998, Double upper998) {

    static Same of(IndicatorValue v) {
      return new Same(v.indicatorId(), v.areaCode(), v.areaName(), v.period(), v.sex(), v.age(), v.value(),
          v.numerator(), v.denominator(), v.provenance(), v.note(), v.lower95(), v.upper95(), v.lower998(),
          v.upper998());
    }
  }

  private static List<IndicatorValue> values() {
    List<IndicatorValue> out = new ArrayList<>();
    out.add(new IndicatorValue("AE_FOUR_HOUR", "E54000010", "Staffs", "2015/16", null, null, 90.5, null, null,
        Provenance.PUBLISHED, null, null, null, null, null));
    out.add(new IndicatorValue("AE_FOUR_HOUR", "E54000010", "Staffs", "2015/16", null, null, 90.5, null, null,
        Provenance.PUBLISHED, "a note", null, null, null, null));
    out.add(new IndicatorValue("AE_FOUR_HOUR", "E54000010", "Staffs", "2015/16", "Male", null, 90.5, null, null,
        Provenance.DERIVED, null, null, null, null, null));
    out.add(new IndicatorValue("MORTALITY", "E54000010", null, "2012-14", null, "Under 75", null, 120.0,
        100000.0, Provenance.ILLUSTRATIVE, null, 80.0, 95.0, 70.0, 99.0));
    out.add(new IndicatorValue("MORTALITY", "E54000010", null, "2012-14", null, "Under 75", null, 121.0,
        100000.0, Provenance.ILLUSTRATIVE, null, 80.0, 95.0, 70.0, 99.0));
    return out;
  }

  @Test
  void equalExactlyWhenEveryComponentIsEqualWithTheRecordsOwnHash() {
    List<IndicatorValue> a = values();
    List<IndicatorValue> b = values();
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).hashCode()).isEqualTo(Same.of(a.get(i)).hashCode());
      for (int j = 0; j < b.size(); j++) {
        assertThat(a.get(i).equals(b.get(j))).as("%d %d", i, j).isEqualTo(i == j)
            .isEqualTo(Same.of(a.get(i)).equals(Same.of(b.get(j))));
      }
      assertThat(a.get(i)).isNotEqualTo(null).isNotEqualTo(Same.of(a.get(i)));
    }
  }
}
