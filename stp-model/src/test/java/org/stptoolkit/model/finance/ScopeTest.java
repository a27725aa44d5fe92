package org.stptoolkit.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.synthetic.SyntheticNation;

class ScopeTest {

  @Test
  void healthAndCouncilsReadBackFromTheCodesFilesWrite() {
    assertThat(Scope.of("HEALTH")).isSameAs(Scope.health());
    assertThat(Scope.health().isHealth()).isTrue();
    assertThat(Scope.of("SCC")).isEqualTo(Scope.council("SCC"));
    assertThat(Scope.council("SCC").isHealth()).isFalse();
    assertThat(Scope.council("SCC").toString()).isEqualTo("SCC");
    assertThat(Scope.of(" SOTCC ").code()).isEqualTo("SOTCC");
  }

  @Test
  void aCouncilCannotBeCalledHealthAndABlankScopeIsRefusedInWords() {
    assertThatThrownBy(() -> Scope.council("HEALTH")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a local authority code must not be HEALTH");
    assertThatThrownBy(() -> Scope.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HEALTH or a local authority code");
  }

  @Test
  void healthSortsFirstThenCouncilsByCode() {
    List<Scope> s = new ArrayList<>(List.of(Scope.council("B"), Scope.health(), Scope.council("A")));
    s.sort(null);
    assertThat(s).containsExactly(Scope.health(), Scope.council("A"), Scope.council("B"));
  }

  @Test
  void everyScopeOfTheSyntheticNationIsHealthOrALocalAuthorityOfItsFootprint() {
    for (Footprint fp : SyntheticNation.generate(12, 2016, 1)) {
      fp.solutions().forEach(x -> {
        Scope s = Scope.of(x.scope());
        assertThat(s.isHealth() || fp.organisations().stream()
            .anyMatch(o -> o.code().equals(s.code()))).as(fp.name() + " " + x.name()).isTrue();
      });
    }
  }

  /** Written-out equality is the record's: by code (after stripping), with the code's hash. */
  @Test
  void scopesAreEqualExactlyWhenTheirCodesAreWithTheCodesHash() {
    assertThat(Scope.of("E10000028")).isEqualTo(Scope.council(" E10000028 ")).isNotEqualTo(Scope.health())
        .isNotEqualTo("E10000028").isNotEqualTo(null);
    assertThat(Scope.of("HEALTH")).isEqualTo(Scope.health()).hasSameHashCodeAs(Scope.health());
    assertThat(Scope.council("E06000021").hashCode()).isEqualTo("E06000021".hashCode());
    assertThat(java.util.Set.of(Scope.health(), Scope.council("A"))).contains(Scope.of("A"));
  }
}

