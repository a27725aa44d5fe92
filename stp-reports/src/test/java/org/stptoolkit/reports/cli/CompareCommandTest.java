package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.metrics.fingertips.FingertipsColumns;

/** {@code stp compare} on a small Fingertips export: A&E within 4 hours against England. */
class CompareCommandTest {

  /** A row with only the identifying columns, Count and Denominator filled. */
  static String row(String area, String name, long count, long denominator) {
    List<String> cells = new ArrayList<>(Collections.nCopies(26, ""));
    cells.set(0, "90001");
    cells.set(1, "A&E attendances seen within 4 hours");
    cells.set(4, area);
    cells.set(5, name);
    cells.set(6, "Acute trust");
    cells.set(7, "Persons");
    cells.set(8, "All ages");
    cells.set(11, "2015/16");
    cells.set(17, Long.toString(count));
    cells.set(18, Long.toString(denominator));
    cells.set(23, "20150000");
    return String.join(",", cells.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList());
  }

  static Path export(Path dir) throws Exception {
    Path csv = dir.resolve("ae.csv");
    String header = String.join(",", FingertipsColumns.HEADERS_26.stream()
        .map(h -> h.contains(",") ? "\"" + h + "\"" : h).toList());
    // England 90% of 1,000,000; the footprint's trusts 86% of 50,000 (the seed's combined figure).
    Files.writeString(csv, header + "\n" + row("E92000001", "England", 900_000, 1_000_000) + "\n"
        + row("UHNM+BHFT", "UHNM and BHFT", 43_000, 50_000) + "\n");
    return csv;
  }

  @Test
  void fillsValuesIntervalsAndComparisonAgainstEnglandAndTheGoal(@TempDir Path dir) throws Exception {
    Path csv = export(dir);
    Path out = dir.resolve("ae-compared.csv");
    StpCommandTest.Run r = StpCommandTest.run("compare", csv.toString(), "--out", out.toString(),
        "--value-type", "proportion", "--multiplier", "100", "--polarity", "high-is-good", "--goal", "95");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    String written = Files.readString(out);
    assertThat(written.lines()).hasSize(3);
    String trust = written.lines().filter(l -> l.contains("UHNM+BHFT")).findFirst().orElseThrow();
    // 43,000 of 50,000 = 86.0%, below England's 90% with a narrow interval: Worse; below 95%: the goal is missed.
    assertThat(trust).contains("86").contains("Worse");
    assertThat(Files.readString(csv)).doesNotContain("Worse");
  }

  @Test
  void csvOpensWithTheUtf8ByteOrderMarkForExcelUnlessAskedNot(@TempDir Path dir) throws Exception {
    Path csv = export(dir);
    Path bom = dir.resolve("bom.csv");
    Path plain = dir.resolve("plain.csv");
    assertThat(StpCommandTest.run("compare", csv.toString(), "--out", bom.toString(), "--polarity",
        "high-is-good").code()).isZero();
    assertThat(StpCommandTest.run("compare", csv.toString(), "--out", plain.toString(), "--polarity",
        "high-is-good", "--no-bom").code()).isZero();
    byte[] withBom = Files.readAllBytes(bom);
    byte[] without = Files.readAllBytes(plain);
    assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(without[0]).isEqualTo((byte) 'I');
    assertThat(java.util.Arrays.copyOfRange(withBom, 3, withBom.length)).isEqualTo(without);
    // "£" and "–" are UTF-8 after the mark (Excel then shows them as they are, not as "Â£" and "â€“").
    assertThat(CompareCommand.csvBytes("£–", true)).containsExactly(0xEF, 0xBB, 0xBF, 0xC2, 0xA3, 0xE2, 0x80, 0x93);
    // The toolkit reads its own output back, mark and all.
    Path again = dir.resolve("again.csv");
    assertThat(StpCommandTest.run("compare", bom.toString(), "--out", again.toString(), "--polarity",
        "high-is-good").code()).isZero();
  }

  @Test
  void jsonFormatWritesTheSameAsJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("ae.json");
    StpCommandTest.Run r = StpCommandTest.run("compare", export(dir).toString(), "--out", out.toString(),
        "--polarity", "high-is-good", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(Files.readString(out)).startsWith("{\n  \"schemaVersion\" : \"1.0\",\n").contains("\"rows\"")
        .contains("UHNM+BHFT");
  }

  @Test
  void unknownValueTypeIsAUsageErrorNamingTheChoices(@TempDir Path dir) throws Exception {
    StpCommandTest.Run r = StpCommandTest.run("compare", export(dir).toString(), "--out",
        dir.resolve("x.csv").toString(), "--value-type", "percentage");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("crude-rate");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }

  @Test
  void definitionsWithAnUnknownValueTypeSayWhatIsAllowedInPlainEnglish(@TempDir Path dir) throws Exception {
    Path defs = dir.resolve("defs.json");
    Files.writeString(defs, "[{\"id\": \"AE4\", \"name\": \"A&E\", \"valueType\": \"percentage\"}]");
    StpCommandTest.Run r = StpCommandTest.run("compare", export(dir).toString(), "--out",
        dir.resolve("o.csv").toString(), "--polarity", "high-is-good", "--definitions", defs.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("defs.json").contains("valueType").contains("one of PROPORTION")
        .contains("\"percentage\"").doesNotContain("Cannot deserialize").doesNotContain("org.stptoolkit")
        .doesNotContain("`");
  }
}
