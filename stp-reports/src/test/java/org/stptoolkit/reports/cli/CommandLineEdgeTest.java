package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value a user can type gets a clear answer: a number out of range is a usage error (exit 2) with
 * its range; a device, FIFO or folder is refused before it is read (exit 3); an output never replaces
 * something that is not a regular file; a text a workbook cannot hold is a finding (exit 1); running out
 * of memory is one line (exit 3). Each case checks the exit code, the message and that nothing changed on
 * disk.
 */
class CommandLineEdgeTest {

  static Path example(Path dir) {
    Path f = dir.resolve("staffs.json");
    assertThat(StpCommandTest.run("example", "--out", f.toString()).code()).isZero();
    return f;
  }

  /** England and four areas, A&E within 4 hours (CompareCommandTest's rows). */
  static String smallExport() {
    String header = String.join(",", org.stptoolkit.metrics.fingertips.FingertipsColumns.HEADERS_26.stream()
        .map(h -> h.contains(",") ? "\"" + h + "\"" : h).toList());
    return header + "\n" + CompareCommandTest.row("E92000001", "England", 900_000, 1_000_000) + "\n"
        + CompareCommandTest.row("A1", "Area A", 43_000, 50_000) + "\n"
        + CompareCommandTest.row("B1", "Area B", 44_000, 50_000) + "\n"
        + CompareCommandTest.row("C1", "Area C", 45_000, 50_000) + "\n"
        + CompareCommandTest.row("D1", "Area D", 46_000, 50_000) + "\n";
  }

  static void assertOneLineUsage(StpCommandTest.Run r, String message) {
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines().findFirst().orElse("")).isEqualTo("stp: " + message);
    assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void numbersOutOfRangeAreUsageErrorsGivingTheRange(@TempDir Path dir) throws Exception {
    Path f = example(dir);
    Path nation = ManyFilesCommandTest.nation(dir, "nation", 2, 3);
    Map<String, String> before = ManyFilesCommandTest.snapshot(dir);
    assertOneLineUsage(StpCommandTest.run("montecarlo", f.toString(), "--draws", "2147483647", "--seed", "1", "--out",
        dir.resolve("mc.json").toString()), "--draws must be between 1 and 2,000,000,000, was 2,147,483,647");
    assertOneLineUsage(StpCommandTest.run("report", f.toString(), "--draws", "2147483647", "--seed", "1", "--out",
        dir.resolve("r.pdf").toString()), "--draws must be between 1 and 2,000,000,000, was 2,147,483,647");
    assertOneLineUsage(StpCommandTest.run("montecarlo", f.toString(), "--draws", "1000", "--threads", "100000",
        "--seed", "1", "--out", dir.resolve("mc.json").toString()), "--threads must be between 1 and 1,024, was 100,000");
    assertOneLineUsage(StpCommandTest.run("national", nation.toString(), "--threads", "0", "--out",
        dir.resolve("n").toString()), "--threads must be between 1 and 1,024, was 0");
    assertOneLineUsage(StpCommandTest.run("collect", nation.toString(), "--threads", "-3", "--out",
        dir.resolve("n").toString()), "--threads must be between 1 and 1,024, was -3");
    assertOneLineUsage(StpCommandTest.run("generate", "--footprints", "10001", "--seed", "1", "--out",
        dir.resolve("g").toString()), "--footprints must be between 1 and 10,000, was 10,001");
    assertOneLineUsage(StpCommandTest.run("montecarlo", f.toString(), "--draws", "2000000000", "--keep-draws",
        "--seed", "1", "--out", dir.resolve("mc.json").toString()),
        "--keep-draws keeps at most 1,000,000 draws (each is written to the output), was 2,000,000,000;"
            + " drop --keep-draws or use fewer draws");
    assertOneLineUsage(StpCommandTest.run("compare", f.toString(), "--multiplier", "NaN", "--out",
        dir.resolve("c.csv").toString()), "--multiplier must be a number above 0 (1, 100, 100000), was NaN");
    assertThat(ManyFilesCommandTest.snapshot(dir)).isEqualTo(before);
  }

  @Test
  void devicesFifosAndFoldersAreRefusedBeforeAnyByteIsRead(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    for (String[] c : new String[][] {
        {"import", fifo.toString(), "--out", dir.resolve("a.json").toString()},
        {"compare", fifo.toString(), "--out", dir.resolve("b.csv").toString()},
        {"validate", fifo.toString()}}) {
      StpCommandTest.Run r = StpCommandTest.run(c);
      assertThat(r.code()).as(String.join(" ", c) + r.out() + r.err()).isEqualTo(ExitCode.IO);
      assertThat(r.err()).isEqualTo("stp: " + c[1] + " is not a regular file (a device, FIFO or socket); expected a file"
          + System.lineSeparator());
    }
    StpCommandTest.Run r = StpCommandTest.run("compare", dir.toString(), "--out", dir.resolve("c.csv").toString());
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).contains(dir + " is a folder; expected a file");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(fifo);
    }
  }

  @Test
  void anOutputNeverReplacesADeviceOrAFifoEvenWithForce(@TempDir Path dir) throws Exception {
    Path f = example(dir);
    Path fifo = dir.resolve("out.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    StpCommandTest.Run r = StpCommandTest.run("project", f.toString(), "--out", fifo.toString(), "--force");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).contains(fifo + " is not a regular file").contains("an output only ever replaces a regular file");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    Path second = dir.resolve("second.json");
    assertThat(new ProcessBuilder("mkfifo", second.toString()).start().waitFor()).isZero();
    r = StpCommandTest.run("project", f.toString(), "--out", second.toString(), "--force");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).contains(second + " is not a regular file");
    assertThat(Files.isRegularFile(second)).isFalse();
    assertThat(Files.exists(second)).isTrue();
  }

  @Test
  void twoOverlappingForcedWritesOfOneOutputBothSucceed(@TempDir Path dir) throws Exception {
    Path f = example(dir);
    Path out = dir.resolve("staffs.result.json");
    List<Process> runs = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // C1 only and the serial collector: a short run of a cold JVM spends less on compiling and collecting
      runs.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          StpCommand.class.getName(), "project", f.toString(), "--out",
          out.toString(), "--force").redirectErrorStream(true).start());
    }
    for (Process p : runs) {
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(output).isZero();
    }
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactlyInAnyOrder(f, out);
    }
  }

  @Test
  void aNameLongerThanACellOrWithAControlCharacterIsAFindingNotACrash(@TempDir Path dir) throws Exception {
    Path f = example(dir);
    String json = Files.readString(f);
    Path longName = Files.writeString(dir.resolve("long.json"),
        json.replace("\"University Hospitals of North Midlands", "\"" + "U".repeat(40_000)));
    Path nul = Files.writeString(dir.resolve("nul.json"),
        json.replace("\"University Hospitals of North Midlands", "\"Trust \\u0000 nul"));
    StpCommandTest.Run r = StpCommandTest.run("template", longName.toString(), "--out", dir.resolve("a.xlsx").toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("ERROR WORKBOOK_TEXT $.organisations[0].name: expected a text of at most 32767"
        + " characters (the most an Excel cell holds), found 40010 characters");
    r = StpCommandTest.run("template", nul.toString(), "--out", dir.resolve("b.xlsx").toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("ERROR WORKBOOK_TEXT $.organisations[0].name: expected text without control"
        + " characters (a workbook cannot hold them), found the character U+0000 at position 7");
    assertThat(dir.resolve("a.xlsx")).doesNotExist();
    assertThat(dir.resolve("b.xlsx")).doesNotExist();
  }

  @Test
  void definitionsHoldingNullAreAFindingNamingTheFile(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("in.csv");
    Files.writeString(csv, smallExport());
    Path defs = Files.writeString(dir.resolve("defs.json"), "null");
    StpCommandTest.Run r = StpCommandTest.run("compare", csv.toString(), "--definitions", defs.toString(), "--out",
        dir.resolve("out.csv").toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("ERROR DEFINITIONS " + defs + ": $: expected a JSON array of indicator definitions, found null");
    Files.writeString(defs, "[null]");
    r = StpCommandTest.run("compare", csv.toString(), "--definitions", defs.toString(), "--out",
        dir.resolve("out.csv").toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("$[0]: expected a JSON array of indicator definitions, found null");
    assertThat(dir.resolve("out.csv")).doesNotExist();
  }

  @Test
  void areaNamesThatSpreadsheetsWouldRunAreNeutralisedInTheCsv(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("in.csv");
    String export = smallExport()
        .replace(",Area A,", ",\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",").replace(",Area B,", ",+1+1,")
        .replace(",Area C,", ",@SUM(A1),").replace(",Area D,", ",-2+3,");
    Files.writeString(csv, export);
    Path out = dir.resolve("out.csv");
    StpCommandTest.Run r = StpCommandTest.run("compare", csv.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    String written = Files.readString(out);
    assertThat(written).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",").contains(",'+1+1,")
        .contains(",'@SUM(A1),").contains(",'-2+3,");
    assertThat(written.lines().skip(1).flatMap(l -> java.util.Arrays.stream(l.split(",")))
        .filter(c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("@"))).isEmpty();
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitThree(@TempDir Path dir) throws Exception {
    Path f = example(dir);
    Path out = dir.resolve("mc.json");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        StpCommand.class.getName(), "montecarlo", f.toString(),
        "--draws", "1000000", "--keep-draws", "--seed", "1", "--threads", "1", "--out", out.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(ExitCode.IO);
    assertThat(output).startsWith("stp: out of memory: the input is too large for the ").doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(output.lines().count()).isEqualTo(1);
    assertThat(out).doesNotExist();
  }

  @Test
  void charactersThePdfCannotPrintAreListedNotDroppedSilently(@TempDir Path dir) throws Exception {
    Path f = example(dir);
    String json = Files.readString(f);
    Path named = Files.writeString(dir.resolve("scripts.json"), json
        .replace("\"University Hospitals of North Midlands", "\"Trust \u0645\u0633\u062a\u0634\u0641\u0649 \u75c5\u9662 \uD83C\uDFE5")
        .replace("\"Staffordshire and Stoke-on-Trent Partnership", "\"\u05d1\u05d9\u05ea \u05d7\u05d5\u05dc\u05d9\u05dd"));
    Path pdf = dir.resolve("scripts.pdf");
    StpCommandTest.Run r = StpCommandTest.run("report", named.toString(), "--out", pdf.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    String line = r.out().lines().filter(l -> l.startsWith("WARNING PDF_TEXT scripts.json: $.organisations[0].name:"))
        .findFirst().orElseThrow();
    assertThat(line).contains("expected characters the PDF pack's font (Liberation Sans) can print, found 9 character(s)"
        + " it has no glyph for, left out of the PDF: U+0645 (arabic letter meem), U+0633 (arabic letter seen)")
        .contains("U+75C5 (cjk unified ideographs 75c5), U+9662 (cjk unified ideographs 9662), U+1F3E5 (hospital)");
    assertThat(r.out()).contains("right-to-left text, printed left to right in the PDF");
    assertThat(ManyFilesCommandTest.pdfText(pdf)).contains("Trust");
  }
}
