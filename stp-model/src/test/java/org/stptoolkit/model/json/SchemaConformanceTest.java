package org.stptoolkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.FootprintArbitraries;
import org.stptoolkit.model.json.SchemaConformance.Verdict;
import org.stptoolkit.model.synthetic.SyntheticNation;

/**
 * The quick schema check accepts real footprints (else it saves nothing) and leaves to the full validator
 * what it cannot decide exactly. (That it never disagrees with the validator on thousands of mutated
 * footprints is checked in {@link FootprintJsonFuzzTest}, which already pays for mutating them.)
 */
class SchemaConformanceTest {

  private static final JsonSchemas SCHEMA = JsonSchemas.footprint();
  private static final SchemaConformance QUICK = SCHEMA.conformance();

  @Provide
  Arbitrary<Footprint> valid() {
    return FootprintArbitraries.validFootprints();
  }

  @Property(seed = "20161021")
  void aGeneratedFootprintIsAcceptedQuicklyAndByTheValidator(@ForAll("valid") Footprint fp) {
    JsonNode tree = FootprintJson.toTree(fp);
    assertThat(QUICK.check(tree)).isEqualTo(Verdict.CONFORMS);
    assertThat(SCHEMA.fullCheck(tree)).isEmpty();
  }

  @Test
  void everyFootprintOfASyntheticNationIsAcceptedQuickly() {
    for (long seed : new long[] {2016, 7}) {
      for (Footprint fp : SyntheticNation.generate(12, seed, 1)) {
        JsonNode tree = FootprintJson.toTree(fp);
        assertThat(QUICK.check(tree)).as(fp.name()).isEqualTo(Verdict.CONFORMS);
        assertThat(SCHEMA.fullCheck(tree)).as(fp.name()).isEmpty();
      }
    }
  }

  @Test
  void whatTheQuickCheckCannotDecideExactlyGoesToTheValidator() throws Exception {
    JsonNode schema = StpJson.reader().readTree("""
        {"type": "object", "properties": {
          "n": {"type": "integer"}, "e": {"enum": [1, "a"]}, "x": {"not": {"type": "string"}},
          "r": {"$ref": "other.json#/x"}}}""");
    SchemaConformance quick = new SchemaConformance(schema);
    assertThat(quick.check(StpJson.reader().readTree("{\"n\": 2}"))).isEqualTo(Verdict.CONFORMS);
    assertThat(quick.check(StpJson.reader().readTree("{\"n\": \"2\"}"))).isEqualTo(Verdict.VIOLATES);
    // 2.0 is an integer to JSON Schema, 1.0 equals 1: exact answers belong to the validator
    assertThat(quick.check(StpJson.reader().readTree("{\"n\": 2.0}"))).isEqualTo(Verdict.UNSURE);
    assertThat(quick.check(StpJson.reader().readTree("{\"e\": 1.0}"))).isEqualTo(Verdict.UNSURE);
    assertThat(quick.check(StpJson.reader().readTree("{\"e\": \"b\"}"))).isEqualTo(Verdict.VIOLATES);
    // a keyword it does not implement, and a reference to another document
    assertThat(quick.check(StpJson.reader().readTree("{\"x\": 1}"))).isEqualTo(Verdict.UNSURE);
    assertThat(quick.check(StpJson.reader().readTree("{\"r\": 1}"))).isEqualTo(Verdict.UNSURE);
  }

  @Test
  void oneOfNeedsExactlyOneBranchAndLimitsCompareExactly() throws Exception {
    JsonNode schema = StpJson.reader().readTree("""
        {"oneOf": [{"type": "number", "maximum": 1}, {"type": "number", "minimum": 0}],
         "exclusiveMinimum": -1}""");
    SchemaConformance quick = new SchemaConformance(schema);
    assertThat(quick.check(StpJson.reader().readTree("2"))).isEqualTo(Verdict.CONFORMS);
    assertThat(quick.check(StpJson.reader().readTree("-0.5"))).isEqualTo(Verdict.CONFORMS);
    assertThat(quick.check(StpJson.reader().readTree("0.5"))).as("both branches").isEqualTo(Verdict.VIOLATES);
    assertThat(quick.check(StpJson.reader().readTree("-1"))).as("exclusive minimum").isEqualTo(Verdict.VIOLATES);
    assertThat(quick.check(StpJson.reader().readTree("\"1\""))).isEqualTo(Verdict.VIOLATES);
  }
}
