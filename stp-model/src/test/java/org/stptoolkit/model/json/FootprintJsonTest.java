package org.stptoolkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.TestFootprints;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/** Bad JSON gives findings naming the file and JSON path, never a Jackson stack trace. */
class FootprintJsonTest {

  private static String example() {
    return FootprintJson.toJson(Examples.staffordshireAndStokeOnTrent());
  }

  private static Parsed<Footprint> read(String json) {
    return FootprintJson.read("fp.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static ValidationFinding onlyError(Parsed<Footprint> p) {
    assertThat(p.value()).isEmpty();
    return p.findings().all().get(0);
  }

  @Test
  void minimalFootprintRoundTrips() {
    Footprint fp = TestFootprints.minimal();
    assertThat(read(FootprintJson.toJson(fp)).orElseThrow()).isEqualTo(fp);
  }

  @Test
  void wrongTypeNamesTheJsonPathAndTheExpectedType() {
    String json = example().replace("\"number\" : 10,", "\"number\" : \"ten\",");
    ValidationFinding f = onlyError(read(json));
    assertThat(f.toString()).contains("fp.json").contains("$.number").contains("integer");
  }

  @Test
  void aRateOutOfRangeNamesItsYearAndTheRangeInPercent() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    String json = FootprintJson.toJson(fp);
    String marker = "\"tariffUplift\" : {";
    int at = json.indexOf(marker);
    assertThat(at).as("the example's tariff uplift").isPositive();
    int year = json.indexOf("\"2017/18\" : ", at);
    int end = json.indexOf(",", year);
    String bad = json.substring(0, year) + "\"2017/18\" : 2.5" + json.substring(end);
    ValidationFinding f = onlyError(read(bad));
    assertThat(f.toString()).contains("tariffUplift['2017/18']").contains("at most 1")
        .contains("+100% a year").contains("-50% a year").contains("found 2.5");
  }

  @Test
  void unknownFieldIsNamed() {
    String json = example().replace("\"number\" : 10,", "\"number\" : 10, \"colour\" : \"blue\",");
    assertThat(onlyError(read(json)).toString()).contains("colour");
  }

  @Test
  void missingRequiredFieldIsNamedWithItsPath() {
    String json = example().replaceFirst("\"region\" : \"MIDLANDS_AND_EAST\",", "");
    assertThat(onlyError(read(json)).toString()).contains("region").contains("missing");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    ValidationFinding f = onlyError(read("{\n  \"number\": 10,,\n}"));
    assertThat(f.rule()).isEqualTo(FootprintJson.NOT_JSON);
    assertThat(f.location().place()).startsWith("line 2");
  }

  @Test
  void modelRuleBreachInsideAValidShapeIsReportedWithItsPath() {
    String json = example().replace("\"firstYear\" : \"2016/17\"", "\"firstYear\" : \"2017/18\"");
    ValidationFinding f = onlyError(read(json));
    assertThat(f.rule()).isEqualTo(FootprintJson.INVALID_VALUE);
    assertThat(f.toString()).contains("$.period").contains("first plan year");
  }

  @Test
  void notANumberIsRefused() {
    String json = example().replace("\"number\" : 10,", "\"number\" : NaN,");
    assertThat(read(json).value()).isEmpty();
  }

  @Test
  void byteOrderMarkIsAccepted() {
    byte[] body = example().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(FootprintJson.read("bom.json", withBom).isValid()).isTrue();
  }

  @Test
  void missingFileIsAFindingNotAnException(@TempDir Path dir) {
    Parsed<Footprint> p = FootprintJson.read(dir.resolve("absent.json"));
    assertThat(p.findings().all().get(0).toString()).contains("absent.json").contains("no such file");
  }

  @Test
  void writeIsAtomicAndRefusesToReplaceWithoutPermission(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("fp.json");
    Footprint fp = TestFootprints.minimal();
    FootprintJson.write(fp, out, false);
    byte[] first = Files.readAllBytes(out);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FootprintJson.write(fp, out, false))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(Files.readAllBytes(out)).isEqualTo(first);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }
}
