package org.stptoolkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.FootprintArbitraries;
import org.stptoolkit.model.FootprintArbitraries.Invalid;
import org.stptoolkit.model.TestFootprints;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.validation.Parsed;

/** Generated footprints: valid ones round-trip through JSON and meet the schema; invalid values are refused by name. */
class FootprintJsonPropertiesTest {

  @Provide
  Arbitrary<Footprint> valid() {
    return FootprintArbitraries.validFootprints();
  }

  @Provide
  Arbitrary<Invalid> invalid() {
    return FootprintArbitraries.invalidValues();
  }

  @Property(seed = "20161021")
  void aValidFootprintMeetsTheSchemaAndReadsBackEqual(@ForAll("valid") Footprint fp) {
    assertThat(JsonSchemas.footprint().check(FootprintJson.toTree(fp))).isEmpty();
    Parsed<Footprint> back = FootprintJson.read("gen.json", FootprintJson.toJson(fp).getBytes(StandardCharsets.UTF_8));
    assertThat(back.value()).as(back.findings().all().toString()).contains(fp);
  }

  @Property(seed = "20161021")
  void anInvalidValueIsRefusedByTheConstructorNamingTheField(@ForAll("invalid") Invalid bad) {
    assertThatThrownBy(() -> bad.construct().run()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(bad.field());
  }

  @Property(seed = "20161021")
  void anInvalidValueInJsonIsRefusedWithAFindingAtItsPath(@ForAll("invalid") Invalid bad) throws Exception {
    Footprint base = TestFootprints.builder().solutions(java.util.List.of(TestFootprints.CIP.toBuilder()
        .phasedGbpK(org.stptoolkit.model.basics.YearlyAmounts.of(TestFootprints.PERIOD.firstYear(), 1000))
        .rule(new PercentOfPool("acute", 0.01, TestFootprints.PERIOD.firstYear(), true)).build())).build();
    ObjectNode tree = (ObjectNode) FootprintJson.toTree(base);
    String pointer = bad.jsonPath().substring(1).replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = tree.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1);
    ((ObjectNode) parent).set(last, StpJson.reader().readTree(bad.json()));
    Parsed<Footprint> p = FootprintJson.read("bad.json", tree.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(p.value()).isEmpty();
    assertThat(p.findings().all()).anySatisfy(f -> {
      assertThat(f.isError()).isTrue();
      assertThat(f.location().place()).startsWith(bad.jsonPath());
    });
  }
}
