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

  /**
   * A number compares with a whole or half limit as their decimals do, whichever way it is compared:
   * doubles near, at and far from the limit (with negative zero), whole numbers, and limits up to 2^53
   * written as whole numbers or as doubles (and past it, where the decimals are compared).
   */
  @Property(tries = 2000)
  void aNumberComparesWithAWholeOrHalfLimitAsTheirDecimalsDo(@ForAll("numbers") double d,
      @ForAll("limits") long limit, @ForAll boolean whole, @ForAll boolean half) {
    var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    JsonNode l = half ? f.numberNode(limit + 0.5) : whole ? f.numberNode((double) limit) : f.numberNode(limit);
    JsonNode[] data = whole && d == Math.rint(d) && Math.abs(d) < 1e18
        ? new JsonNode[] {f.numberNode((long) d), f.numberNode(d)} : new JsonNode[] {f.numberNode(d)};
    for (JsonNode x : data) {
      assertThat(Integer.signum(SchemaConformance.compare(x, l)))
          .as("%s against %s", x, l).isEqualTo(Integer.signum(x.decimalValue().compareTo(l.decimalValue())));
    }
  }

  @Provide
  Arbitrary<Double> numbers() {
    return net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.doubles().between(-1e6, 1e6).ofScale(3),
        net.jqwik.api.Arbitraries.of(0.0, -0.0, 1.0, -1.0, 100.0, 0.1, 99.99999999999999, 100.00000000000001,
            9007199254740992.0, 9007199254740993.0, -9007199254740992.0, Double.MIN_VALUE, -Double.MIN_VALUE,
            1e300, -1e300),
        net.jqwik.api.Arbitraries.longs().between(-2000, 2000).map(v -> Math.nextUp((double) v)),
        net.jqwik.api.Arbitraries.longs().between(-2000, 2000).map(v -> Math.nextDown((double) v)),
        net.jqwik.api.Arbitraries.longs().between(-2000, 2000).map(v -> Math.nextUp(v + 0.5)),
        net.jqwik.api.Arbitraries.longs().between(-2000, 2000).map(v -> Math.nextDown(v + 0.5)),
        net.jqwik.api.Arbitraries.longs().between(-2000, 2000).map(v -> v + 0.5));
  }

  @Provide
  Arbitrary<Long> limits() {
    return net.jqwik.api.Arbitraries.oneOf(net.jqwik.api.Arbitraries.longs().between(-2000, 2000),
        net.jqwik.api.Arbitraries.of(0L, 1L, 100L, 9007199254740992L, -9007199254740992L, 9007199254740993L));
  }
}

