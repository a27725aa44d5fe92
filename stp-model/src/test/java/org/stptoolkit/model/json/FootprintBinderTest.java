package org.stptoolkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.FootprintArbitraries;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.synthetic.SyntheticNation;

/**
 * The direct binding gives the footprint Jackson gives, on footprints nobody here wrote by hand, and leaves
 * to Jackson whatever it does not bind itself. (On thousands of mutated documents: {@link
 * FootprintJsonFuzzTest}.)
 */
class FootprintBinderTest {

  private static final JsonSchemas SCHEMA = JsonSchemas.footprint();

  /** The document as {@link FootprintJson#read} binds it: with the schema's defaults filled in. */
  private static JsonNode complete(Footprint fp) {
    return SCHEMA.withDefaults(FootprintJson.toTree(fp));
  }

  private static Footprint jackson(JsonNode document) throws Exception {
    return StpJson.reader().treeToValue(document, Footprint.class);
  }

  @Test
  void theExampleIsBoundDirectlyToTheFootprintJacksonBinds() throws Exception {
    JsonNode doc = SCHEMA.withDefaults(StpJson.reader().readTree(Examples.staffordshireAndStokeOnTrentJson()));
    Optional<Footprint> direct = FootprintBinder.bind(doc);
    assertThat(direct).isPresent();
    assertThat(direct.get()).isEqualTo(jackson(doc)).isEqualTo(Examples.staffordshireAndStokeOnTrent());
  }

  @Test
  void everyFootprintOfTwoSyntheticNationsIsBoundDirectlyAsJacksonBindsIt() throws Exception {
    for (long seed : new long[] {2016, 7}) {
      for (Footprint fp : SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, seed, 1)) {
        JsonNode doc = complete(fp);
        Optional<Footprint> direct = FootprintBinder.bind(doc);
        assertThat(direct).as(fp.name()).isPresent();
        assertThat(direct.get()).as(fp.name()).isEqualTo(jackson(doc)).isEqualTo(fp);
      }
    }
  }

  @Provide
  Arbitrary<Footprint> valid() {
    return FootprintArbitraries.validFootprints();
  }

  @Property(seed = "20161206")
  void aGeneratedFootprintIsBoundDirectlyAsJacksonBindsIt(@ForAll("valid") Footprint fp) throws Exception {
    JsonNode doc = complete(fp);
    Optional<Footprint> direct = FootprintBinder.bind(doc);
    assertThat(direct).isPresent();
    assertThat(direct.get()).isEqualTo(jackson(doc)).isEqualTo(fp);
  }

  @Test
  void whatJacksonWouldCoerceOrRefuseIsLeftToIt() throws Exception {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    // a number where text is expected (Jackson coerces it), an unknown field, a record that refuses its value
    ObjectNode numberAsName = (ObjectNode) complete(fp);
    numberAsName.put("name", 12);
    assertThat(FootprintBinder.bind(numberAsName)).isEmpty();
    ObjectNode unknown = (ObjectNode) complete(fp);
    unknown.put("notAField", "x");
    assertThat(FootprintBinder.bind(unknown)).isEmpty();
    ObjectNode blankName = (ObjectNode) complete(fp);
    blankName.put("name", " ");
    assertThat(FootprintBinder.bind(blankName)).isEmpty();
    ObjectNode badKind = (ObjectNode) complete(fp);
    ((ObjectNode) badKind.withArray("solutions").get(0).get("rule")).put("kind", "notAKind");
    assertThat(FootprintBinder.bind(badKind)).isEmpty();
    // the footprint reader then gets Jackson's own finding for each
    assertThat(FootprintJson.read("f.json", StpJson.writer().writeValueAsBytes(blankName)).findings().hasErrors())
        .isTrue();
  }
}
