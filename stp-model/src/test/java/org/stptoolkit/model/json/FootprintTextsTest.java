package org.stptoolkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.FootprintArbitraries;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** The texts found from the records are the JSON's texts, at the JSON's paths, in the JSON's order. */
class FootprintTextsTest {

  /** The non-empty text values of the footprint's JSON tree, with their paths, in document order. */
  private static List<String> jsonTexts(Footprint fp) {
    List<String> out = new ArrayList<>();
    walk(FootprintJson.toTree(fp), "$", out);
    return out;
  }

  private static void walk(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", out);
      }
    } else if (node.isTextual() && !node.textValue().isEmpty()) {
      out.add(path + " = " + node.textValue());
    }
  }

  private static List<String> texts(Footprint fp) {
    List<String> out = new ArrayList<>();
    FootprintTexts.forEach(fp, (path, text) -> out.add(path + " = " + text));
    return out;
  }

  @Test
  void theExampleAndTwoSyntheticNationsHaveTheirJsonTexts() {
    assertThat(texts(Examples.staffordshireAndStokeOnTrent()))
        .isEqualTo(jsonTexts(Examples.staffordshireAndStokeOnTrent()))
        .contains("$.name = Staffordshire & Stoke-on-Trent", "$.solutions[0].rule.kind = percentOfPool");
    for (long seed : new long[] {2016, 7}) {
      for (Footprint fp : SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, seed, 1)) {
        assertThat(texts(fp)).as(fp.name()).isEqualTo(jsonTexts(fp));
      }
    }
  }

  @Provide
  Arbitrary<Footprint> valid() {
    return FootprintArbitraries.validFootprints();
  }

  @Property(seed = "20161207")
  void aGeneratedFootprintHasItsJsonTexts(@ForAll("valid") Footprint fp) {
    assertThat(texts(fp)).isEqualTo(jsonTexts(fp));
  }

  @Test
  void theRuleKindsAreTheOnesJacksonIsGiven() {
    for (var entry : Map.of(StpJsonModule.SolutionRuleMixin.class, RuleKinds.SOLUTION_RULES,
        StpJsonModule.SensitivityRuleMixin.class, RuleKinds.SENSITIVITY_RULES).entrySet()) {
      Map<String, Class<?>> registered = new HashMap<>();
      for (JsonSubTypes.Type t : entry.getKey().getAnnotation(JsonSubTypes.class).value()) {
        registered.put(t.name(), t.value());
      }
      assertThat(registered).isEqualTo(entry.getValue());
    }
  }
}
