package org.stptoolkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.TestFootprints;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * The JSON contract: the module works on a mapper the caller owns, the toolkit's reader and writer cannot
 * be reconfigured, and every footprint file carries a format version that is read tolerantly.
 */
class StpJsonModuleTest {

  private static List<Footprint> footprints() {
    List<Footprint> all = new ArrayList<>(SyntheticNation.generate(6, 2016, 1));
    all.add(Examples.staffordshireAndStokeOnTrent());
    all.add(TestFootprints.minimal());
    return all;
  }

  private static Parsed<Footprint> read(String json) {
    return FootprintJson.read("fp.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ValidationFinding> errors(Parsed<Footprint> p) {
    return p.findings().all().stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  @Test
  void aPlainMapperWithTheModuleWritesFootprintsTheToolkitReadsBackUnchanged() throws Exception {
    ObjectMapper own = new ObjectMapper().registerModule(new StpJsonModule());
    for (Footprint fp : footprints()) {
      String written = own.writeValueAsString(fp);
      Parsed<Footprint> back = read(written);
      assertThat(back.value()).as(fp.name() + ": " + back.findings().all()).contains(fp);
      assertThat(own.readTree(written)).as(fp.name()).isEqualTo(FootprintJson.toTree(fp));
    }
  }

  @Test
  void aPlainMapperWithTheModuleReadsTheToolkitsOwnFiles() throws Exception {
    ObjectMapper own = JsonMapper.builder().addModule(new StpJsonModule()).build();
    for (Footprint fp : footprints()) {
      assertThat(own.readValue(FootprintJson.toJson(fp), Footprint.class)).as(fp.name()).isEqualTo(fp);
    }
  }

  @Test
  void theModuleChangesNothingForOtherTypes() throws Exception {
    ObjectMapper own = new ObjectMapper().registerModule(new StpJsonModule());
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("a", null);
    assertThat(own.writeValueAsString(m)).isEqualTo("{\"a\":null}");
    assertThat(StpJsonModule.modelTypes()).contains(Footprint.class,
        org.stptoolkit.model.solution.PercentOfPool.class, org.stptoolkit.model.sensitivity.ActivityChange.class,
        org.stptoolkit.model.risk.KeyRisk.class).allMatch(c -> c.getName().startsWith("org.stptoolkit.model."));
  }

  @Test
  void reconfiguringWhatTheToolkitHandsOutLeavesItsOwnReadingAlone() throws Exception {
    String json = FootprintJson.toJson(Examples.staffordshireAndStokeOnTrent());
    ObjectReader changed = StpJson.reader().with(DeserializationFeature.UNWRAP_ROOT_VALUE);
    assertThat(changed).isNotSameAs(StpJson.reader());
    assertThat(StpJson.reader().isEnabled(DeserializationFeature.UNWRAP_ROOT_VALUE)).isFalse();
    StpJson.writer().with(SerializationFeature.WRAP_ROOT_VALUE);
    JsonMapper mine = StpJson.newMapper();
    mine.enable(DeserializationFeature.UNWRAP_ROOT_VALUE).enable(SerializationFeature.WRAP_ROOT_VALUE);
    assertThat(StpJson.newMapper()).isNotSameAs(mine);
    assertThat(read(json).findings().all()).noneMatch(ValidationFinding::isError);
    assertThat(FootprintJson.toJson(read(json).orElseThrow())).isEqualTo(json);
  }

  @Test
  void everyFootprintFileStartsWithItsFormatVersion() {
    for (Footprint fp : footprints()) {
      assertThat(FootprintJson.toJson(fp)).startsWith("{\n  \"schemaVersion\" : \"1.0\",\n  \"number\" : ");
    }
  }

  @Test
  void aFileWithoutAVersionIsVersionOneAndAnyOneDotMinorIsRead() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    String json = FootprintJson.toJson(fp);
    String without = json.replace("  \"schemaVersion\" : \"1.0\",\n", "");
    assertThat(without).doesNotContain("schemaVersion");
    assertThat(read(without).value()).contains(fp);
    assertThat(read(json.replace("\"1.0\"", "\"1.7\"")).value()).contains(fp);
  }

  @Test
  void anotherMajorVersionIsOneFindingSayingWhichVersionsAreRead() {
    String json = FootprintJson.toJson(Examples.staffordshireAndStokeOnTrent());
    Parsed<Footprint> two = read(json.replace("\"schemaVersion\" : \"1.0\"", "\"schemaVersion\" : \"2.0\""));
    assertThat(two.value()).isEmpty();
    assertThat(errors(two)).hasSize(1);
    ValidationFinding f = errors(two).get(0);
    assertThat(f.rule()).isEqualTo(FootprintJson.FORMAT_VERSION);
    assertThat(f.toString()).contains("fp.json").contains("$.schemaVersion")
        .contains("format version 1.x").contains("found version \"2.0\"");
    Parsed<Footprint> number = read(json.replace("\"schemaVersion\" : \"1.0\"", "\"schemaVersion\" : 1"));
    assertThat(errors(number).get(0).toString()).contains("a number (a version is text such as \"1.0\")");
  }

  @Test
  void theSchemaDocumentsTheVersionAsOptionalWithItsDefault() {
    JsonNode tree = FootprintJson.toTree(TestFootprints.minimal());
    assertThat(tree.get("schemaVersion").asText()).isEqualTo(FootprintJson.SCHEMA_VERSION);
    assertThat(JsonSchemas.footprint().check(tree)).isEmpty();
  }
}
