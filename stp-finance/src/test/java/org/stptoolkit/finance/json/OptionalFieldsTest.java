package org.stptoolkit.finance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.json.JsonSchemas;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Every field the published footprint schema marks optional can be left out of a footprint, and the
 * footprint then reads and runs: the embedded example is walked beside the schema, and each optional
 * field it holds (the first occurrence of each schema property) is removed in turn.
 */
class OptionalFieldsTest {

  /** The fields issue 13 found refused when left out. */
  private static final Set<String> ONCE_REFUSED = Set.of("inFinancialTemplate", "continuingHealthcareGbpK",
      "recurrent", "cumulative", "reprovisionCostShare", "committedNonRecurrent", "includeNhs", "includeSocialCare",
      "activityLinked");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyOptionalFieldOfTheSchemaCanBeLeftOutAndTheFootprintRuns() throws Exception {
    JsonNode schema = schema();
    JsonNode example = example();
    Map<String, String> firstOccurrence = new LinkedHashMap<>();
    walk(schema, schema, example, "", "", firstOccurrence);
    assertThat(firstOccurrence.size()).as("optional fields found in the example").isGreaterThan(40);
    Set<String> names = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> e : firstOccurrence.entrySet()) {
      String pointer = e.getValue();
      names.add(pointer.substring(pointer.lastIndexOf('/') + 1));
      JsonNode dropped = example.deepCopy();
      int cut = pointer.lastIndexOf('/');
      ((ObjectNode) dropped.at(pointer.substring(0, cut))).remove(pointer.substring(cut + 1));
      Parsed<Footprint> parsed = FootprintJson.read("dropped.json",
          MAPPER.writeValueAsString(dropped).getBytes(StandardCharsets.UTF_8));
      List<String> refused = parsed.findings().all().stream()
          .filter(f -> f.rule().equals(FootprintJson.SCHEMA) || f.rule().equals(FootprintJson.INVALID_VALUE))
          .map(ValidationFinding::toString).toList();
      if (parsed.value().isEmpty() || !refused.isEmpty()) {
        failures.add(pointer + " left out: " + refused);
        continue;
      }
      // leaving out a list (cost pools) may leave the footprint with ERROR findings: it must still run
      FootprintResult result = StpEngine.DEFAULT.runAllowingErrors(parsed.value().get());
      if (result.health().doSomething().toArray().length != 5) {
        failures.add(pointer + " left out: no do-something for five plan years");
      }
    }
    assertThat(failures).isEmpty();
    assertThat(names).containsAll(ONCE_REFUSED);
  }

  @Test
  void aLeftOutFieldTakesTheDefaultTheSchemaDocuments() throws Exception {
    JsonNode example = example();
    ObjectNode org = (ObjectNode) example.get("organisations").get(0);
    org.remove("inFinancialTemplate");
    ObjectNode line = (ObjectNode) example.get("funding").get(0);
    line.remove("committedNonRecurrent");
    Footprint fp = FootprintJson.read("x.json", MAPPER.writeValueAsBytes(example)).orElseThrow();
    assertThat(fp.organisations().get(0).inFinancialTemplate()).isTrue();
    assertThat(fp.funding().get(0).committedNonRecurrent()).isFalse();
    JsonNode schema = schema();
    assertThat(schema.at("/$defs/organisation/properties/inFinancialTemplate/default").asBoolean()).isTrue();
    assertThat(schema.at("/$defs/fundingLine/properties/committedNonRecurrent/default").asBoolean()).isFalse();
  }

  @Test
  void everyFieldOfTheSchemaHasADescriptionAndEveryTrueFalseOrNumberDefaultIsWorded() throws Exception {
    List<String> undescribed = new ArrayList<>();
    List<String> defaultNotWorded = new ArrayList<>();
    describe(schema(), "", undescribed, defaultNotWorded);
    assertThat(undescribed).isEmpty();
    assertThat(defaultNotWorded).isEmpty();
  }

  private static void describe(JsonNode n, String path, List<String> undescribed, List<String> notWorded) {
    if (n.isObject()) {
      JsonNode props = n.get("properties");
      if (props != null) {
        props.fields().forEachRemaining(e -> {
          JsonNode d = e.getValue().get("description");
          if (d == null || d.asText().isBlank()) {
            undescribed.add(path + "/" + e.getKey());
          } else if (e.getValue().has("default") && (e.getValue().get("default").isBoolean()
              || e.getValue().get("default").isNumber())
              && !d.asText().contains("default " + e.getValue().get("default").asText())) {
            notWorded.add(path + "/" + e.getKey());
          }
        });
      }
      n.fields().forEachRemaining(e -> describe(e.getValue(), path + "/" + e.getKey(), undescribed, notWorded));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        describe(n.get(i), path + "/" + i, undescribed, notWorded);
      }
    }
  }

  /** Records the first data pointer of each optional schema property present in {@code data}. */
  private static void walk(JsonNode root, JsonNode schemaNode, JsonNode data, String schemaPath, String dataPath,
      Map<String, String> out) {
    JsonNode s = schemaNode;
    String sp = schemaPath;
    while (s.has("$ref")) {
      sp = s.get("$ref").asText().substring(1);
      s = root.at(sp);
    }
    if (data.isObject()) {
      if (s.has("oneOf") && data.has("kind")) {
        for (int i = 0; i < s.get("oneOf").size(); i++) {
          JsonNode o = s.get("oneOf").get(i);
          if (data.get("kind").equals(o.path("properties").path("kind").path("const"))) {
            walk(root, o, data, sp + "/oneOf/" + i, dataPath, out);
          }
        }
      }
      JsonNode props = s.path("properties");
      Set<String> required = new TreeSet<>();
      s.path("required").forEach(r -> required.add(r.asText()));
      String fsp = sp;
      props.fields().forEachRemaining(e -> {
        JsonNode v = data.get(e.getKey());
        if (v == null) {
          return;
        }
        String key = fsp + "/properties/" + e.getKey();
        if (!required.contains(e.getKey())) {
          out.putIfAbsent(key, dataPath + "/" + e.getKey());
        }
        walk(root, e.getValue(), v, key, dataPath + "/" + e.getKey(), out);
      });
      JsonNode additional = s.get("additionalProperties");
      if (additional != null && additional.isObject()) {
        data.fields().forEachRemaining(e -> {
          if (!props.has(e.getKey())) {
            walk(root, additional, e.getValue(), fsp + "/additionalProperties", dataPath + "/" + e.getKey(), out);
          }
        });
      }
    } else if (data.isArray() && s.has("items")) {
      for (int i = 0; i < data.size(); i++) {
        walk(root, s.get("items"), data.get(i), sp + "/items", dataPath + "/" + i, out);
      }
    }
  }

  private static JsonNode schema() throws Exception {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(JsonSchemas.FOOTPRINT_RESOURCE)) {
      return MAPPER.readTree(in);
    }
  }

  private static JsonNode example() throws Exception {
    try (InputStream in = Examples.class.getResourceAsStream(Examples.STAFFORDSHIRE_RESOURCE)) {
      return MAPPER.readTree(in);
    }
  }
}
