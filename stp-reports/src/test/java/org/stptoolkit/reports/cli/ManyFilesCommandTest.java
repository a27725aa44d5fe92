package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.json.StpJson;

/**
 * {@code stp national} and {@code stp collect} over many files: nothing counted twice, the output set
 * written as a whole or not at all, inputs and earlier outputs never destroyed or mixed. Each case checks
 * the exit code, the one-line message and what is on disk afterwards.
 */
class ManyFilesCommandTest {

  private static final double TOLERANCE = 1e-6;

  static Path nation(Path dir, String name, int footprints, int seed) {
    Path n = dir.resolve(name);
    StpCommandTest.Run r = StpCommandTest.run("generate", "--footprints", String.valueOf(footprints), "--seed",
        String.valueOf(seed), "--out", n.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return n;
  }

  /** Every file under {@code root} with its bytes, by relative path ("" for none). */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(root)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static double englandDoNothingLast(Path result) throws IOException {
    JsonNode d = StpJson.reader().readTree(java.nio.file.Files.readString(result)).path("england").path("measures").path("doNothing");
    return d.get(d.size() - 1).asDouble();
  }

  static double engineDoNothingLast(Path footprintJson) {
    return StpEngine.DEFAULT.run(FootprintJson.read(footprintJson).orElseThrow()).health().doNothing().last();
  }

  @Test
  void aFootprintCopiedUnderAnotherNameIsAnErrorNamingBothFilesAndNeitherIsCounted(@TempDir Path dir)
      throws Exception {
    Path nation = nation(dir, "nation", 3, 3);
    List<String> files = names(nation);
    Files.copy(nation.resolve(files.get(0)), nation.resolve("copy of first.json"));
    Path out = dir.resolve("out");
    StpCommandTest.Run r = StpCommandTest.run("national", nation.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("4 footprints: 2 projected, 2 failed");
    String findings = Files.readString(out.resolve("findings.txt"));
    assertThat(findings).contains("ERROR DUPLICATE_FOOTPRINT copy of first.json: footprint 1: expected each footprint"
        + " once in a run (remove one of the copies; neither is counted), found footprint 1 also in " + files.get(0));
    assertThat(findings).contains("ERROR DUPLICATE_FOOTPRINT " + files.get(0) + ": footprint 1");
    // England is the other two footprints, each as the engine projects it alone
    double expected = engineDoNothingLast(nation.resolve(files.get(1))) + engineDoNothingLast(nation.resolve(files.get(2)));
    assertThat(englandDoNothingLast(out.resolve("national.result.json"))).isCloseTo(expected, within(TOLERANCE));
  }

  @Test
  void aReturnCopiedUnderAnotherNameIsAnErrorAndEnglandIsNotDoubled(@TempDir Path dir) throws Exception {
    Path nation = nation(dir, "nation", 2, 3);
    Path returns = Files.createDirectory(dir.resolve("returns"));
    Path staffs = dir.resolve("staffs.json");
    StpCommandTest.run("example", "--out", staffs.toString());
    assertThat(StpCommandTest.run("template", staffs.toString(), "--out", returns.resolve("staffs.xlsx").toString())
        .code()).isZero();
    Files.copy(returns.resolve("staffs.xlsx"), returns.resolve("staffs (1).xlsx"));
    Path other = nation.resolve(names(nation).get(0));
    assertThat(StpCommandTest.run("template", other.toString(), "--out", returns.resolve("other.xlsx").toString())
        .code()).isZero();
    Path out = dir.resolve("collected");
    StpCommandTest.Run r = StpCommandTest.run("collect", returns.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("ERROR DUPLICATE_FOOTPRINT staffs (1).xlsx: footprint 10")
        .contains("found footprint 10 also in staffs.xlsx").contains("3 workbooks: 1 valid, 2 with errors");
    assertThat(englandDoNothingLast(out.resolve("national.result.json")))
        .isCloseTo(engineDoNothingLast(other), within(TOLERANCE));
  }

  @Test
  void theSameOrganisationInTwoFootprintsIsAnErrorNamingBothFiles(@TempDir Path dir) throws Exception {
    Path nation = nation(dir, "nation", 2, 3);
    Path first = nation.resolve(names(nation).get(0));
    String renumbered = Files.readString(first).replaceFirst("\"number\" : 1,", "\"number\" : 40,");
    assertThat(renumbered).contains("\"number\" : 40,");
    Files.writeString(nation.resolve("fp-040-same-organisations.json"), renumbered);
    Path out = dir.resolve("out");
    StpCommandTest.Run r = StpCommandTest.run("national", nation.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("3 footprints: 1 projected, 2 failed");
    assertThat(Files.readString(out.resolve("findings.txt")))
        .contains("ERROR DUPLICATE_ORGANISATION fp-040-same-organisations.json: organisation F01-")
        .contains("also in " + first.getFileName());
  }

  @Test
  void forceReplacesTheWholeSetLeavingNoStaleWorkbooks(@TempDir Path dir) throws Exception {
    Path big = nation(dir, "big", 4, 3);
    Path small = nation(dir, "small", 2, 5);
    Path out = dir.resolve("national");
    assertThat(StpCommandTest.run("national", big.toString(), "--out", out.toString()).code()).isZero();
    assertThat(names(out.resolve("workbooks"))).hasSize(4);
    StpCommandTest.Run r = StpCommandTest.run("national", small.toString(), "--out", out.toString(), "--force");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(names(out.resolve("workbooks"))).containsExactlyElementsOf(
        names(small).stream().map(n -> n.replace(".json", ".xlsx")).toList());
    assertThat(names(out)).containsExactly("findings.txt", "national.pdf", "national.result.json", "national.xlsx",
        "packs", "workbooks");
    assertThat(names(out.resolve("packs"))).containsExactlyElementsOf(
        names(small).stream().map(n -> n.replace(".json", ".pdf")).toList());
    assertThat(names(dir)).containsExactly("big", "national", "small");
  }

  @Test
  void anOutputFolderThatIsHoldsOrIsInsideTheInputsIsRefusedAndNothingChanges(@TempDir Path dir) throws Exception {
    Path nation = nation(dir, "nation", 2, 3);
    Map<String, String> before = snapshot(dir);
    for (String[] c : new String[][] {{nation.toString(), "--force"}, {nation.resolve("out").toString(), "--force"},
        {dir.toString(), "--force"}, {nation.resolve(".").toString(), "--force"}}) {
      StpCommandTest.Run r = StpCommandTest.run("national", nation.toString(), "--out", c[0], c[1]);
      assertThat(r.code()).as(c[0] + r.err()).isEqualTo(ExitCode.IO);
      assertThat(r.err()).contains("overlaps the input folder").contains("choose an output folder outside the inputs");
      assertThat(r.err().lines().count()).isEqualTo(1);
      assertThat(snapshot(dir)).isEqualTo(before);
    }
    Path returns = Files.createDirectory(dir.resolve("returns"));
    StpCommandTest.run("template", nation.resolve(names(nation).get(0)).toString(), "--out",
        returns.resolve("national.xlsx").toString());
    Map<String, String> withReturn = snapshot(dir);
    StpCommandTest.Run r = StpCommandTest.run("collect", returns.toString(), "--out", returns.toString(), "--force");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).contains("overlaps the input folder");
    assertThat(snapshot(dir)).as("the return named national.xlsx is not replaced").isEqualTo(withReturn);
  }

  @Test
  void anOutputThatIsAFileIsRefusedWithoutAdvisingForceWhenForceWasGiven(@TempDir Path dir) throws Exception {
    Path nation = nation(dir, "nation", 2, 3);
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    StpCommandTest.Run r = StpCommandTest.run("national", nation.toString(), "--out", file.toString(), "--force");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).isEqualTo("stp: " + file + " is not a folder; the outputs go into a folder (choose a new name)"
        + System.lineSeparator());
    assertThat(Files.readString(file)).isEqualTo("mine");
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.writeString(folder.resolve("mine.txt"), "mine");
    r = StpCommandTest.run("national", nation.toString(), "--out", folder.toString(), "--force");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).contains("holds 'mine.txt', which is not an output of this command").doesNotContain("--force");
    assertThat(names(folder)).containsExactly("mine.txt");
  }

  @Test
  void twoReturnsWithTheSameStemBothGetTheirWorkbook(@TempDir Path dir) throws Exception {
    Path nation = nation(dir, "nation", 2, 3);
    Path returns = Files.createDirectory(dir.resolve("returns"));
    List<String> fps = names(nation);
    StpCommandTest.run("template", nation.resolve(fps.get(0)).toString(), "--out", returns.resolve("staffs.xlsx").toString());
    StpCommandTest.run("template", nation.resolve(fps.get(1)).toString(), "--out", returns.resolve("staffs.xlsm").toString());
    Path out = dir.resolve("collected");
    StpCommandTest.Run r = StpCommandTest.run("collect", returns.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(names(out.resolve("workbooks"))).containsExactly("staffs-xlsm.xlsx", "staffs-xlsx.xlsx");
  }

  @Test
  void aLinkToAPrivateFileIsRefusedAndItsContentAppearsNowhere(@TempDir Path dir) throws Exception {
    Path nation = nation(dir, "nation", 2, 3);
    Path secret = Files.writeString(dir.resolve("private.txt"), "SuperSecretPassword123 and more");
    Files.createSymbolicLink(nation.resolve("secret.json"), secret);
    Path out = dir.resolve("out");
    StpCommandTest.Run r = StpCommandTest.run("national", nation.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("failed: 'secret.json'");
    String findings = Files.readString(out.resolve("findings.txt"));
    assertThat(findings).contains("ERROR UNREADABLE").contains("secret.json")
        .contains("is a link to a file outside the folder");
    for (String text : List.of(r.out(), r.err(), findings, Files.readString(out.resolve("national.result.json")),
        pdfText(out.resolve("national.pdf")))) {
      assertThat(text).doesNotContain("SuperSecret");
    }
  }

  @Test
  void textThatIsNotJsonIsNotQuotedInTheFinding(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("secret.json"), "SuperSecretPassword123");
    StpCommandTest.Run r = StpCommandTest.run("validate", f.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("NOT_JSON").contains("line 1, column").doesNotContain("SuperSecret");
  }

  static String pdfText(Path pdf) throws Exception {
    Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    return text;
  }

  @Test
  void aFifoAmongTheFootprintsIsReportedWithoutHanging(@TempDir Path dir) throws Exception {
    Path nation = nation(dir, "nation", 2, 3);
    assertThat(new ProcessBuilder("mkfifo", nation.resolve("pipe.json").toString()).start().waitFor()).isZero();
    Path out = dir.resolve("out");
    StpCommandTest.Run r = StpCommandTest.run("national", nation.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(Files.readString(out.resolve("findings.txt")))
        .contains("ERROR UNREADABLE").contains("pipe.json").contains("is not a regular file (a device, FIFO or socket)");
  }

  @Test
  void aReturnNamedWithANewlineCannotForgeALineOfTheReport(@TempDir Path dir) throws Exception {
    Path returns = Files.createDirectory(dir.resolve("returns"));
    Path staffs = dir.resolve("staffs.json");
    StpCommandTest.run("example", "--out", staffs.toString());
    String evil = "evil\nERROR FORGED injected.xlsx";
    assertThat(StpCommandTest.run("template", staffs.toString(), "--out", returns.resolve(evil).toString()).code())
        .isZero();
    Path out = dir.resolve("collected");
    StpCommandTest.Run r = StpCommandTest.run("collect", returns.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    String findings = Files.readString(out.resolve("findings.txt"));
    assertThat(findings).contains("evil\\nERROR FORGED injected.xlsx");
    for (String text : List.of(findings, r.out(), r.err())) {
      assertThat(text.lines().filter(l -> l.startsWith("ERROR FORGED"))).isEmpty();
    }
    assertThat(names(out.resolve("workbooks"))).containsExactly("evil_ERROR FORGED injected.xlsx");
  }

  /**
   * A {@code national --force} over an earlier set, run as the real command line in a child JVM and
   * killed (SIGKILL) while it writes: as soon as its temporary folder ({@code .national.PID.0.tmp}) appears,
   * and once it holds half the set. The output folder then holds either the earlier set, byte for byte, or
   * the whole new one, never a mixture. A kill between the swap's two renames (a window too narrow to hit
   * by timing) leaves the earlier set aside as {@code .national.PID.old} with no output folder: that state,
   * made with the pid of a killed child, is put back by the next run, which also removes the killed
   * children's temporary folders.
   */
  @Test
  void aRunKilledAtAnyPointLeavesTheEarlierSetOrTheWholeNewOne(@TempDir Path dir) throws Exception {
    Path first = nation(dir, "first", 3, 3);
    Path second = nation(dir, "second", 4, 7);
    int newSetFiles = 4 + 2 * 4;
    Path out = dir.resolve("national");
    assertThat(StpCommandTest.run("national", first.toString(), "--out", out.toString()).code()).isZero();
    Map<String, String> earlier = snapshot(out);
    List<String> seen = new ArrayList<>();
    long deadPid = 0;
    for (int killAtFiles : new int[] {0, newSetFiles / 2}) {
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          StpCommand.class.getName(), "national", second.toString(), "--out", out.toString(), "--force",
          "--threads", "1").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      Path staging = dir.resolve(".national." + child.pid() + ".0.tmp");
      boolean killed = false;
      while (child.isAlive()) {
        if (Files.isDirectory(staging) && filesUnder(staging) >= killAtFiles) {
          child.destroyForcibly().waitFor();
          killed = true;
          break;
        }
        Thread.sleep(2);
      }
      child.waitFor();
      deadPid = child.pid();
      Map<String, String> now = snapshot(out);
      String at = "kill at " + killAtFiles + " files";
      if (now.equals(earlier)) {
        seen.add(at + ": earlier set");
      } else if (now.isEmpty()) {
        // killed between the two renames of the swap: the earlier set waits beside, whole, to be put back
        assertThat(snapshot(dir.resolve(".national." + child.pid() + ".old"))).isEqualTo(earlier);
        seen.add(at + ": between the renames");
        StpCommandTest.Run back = StpCommandTest.run("national", first.toString(), "--out", out.toString());
        assertThat(back.code()).as("the earlier set is put back first, so this refuses: " + back.err())
            .isEqualTo(ExitCode.IO);
        assertThat(snapshot(out)).isEqualTo(earlier);
      } else {
        assertThat(now.keySet()).as(at + ": the whole new set").contains("national.result.json",
            "national.xlsx", "national.pdf", "findings.txt").hasSize(newSetFiles);
        assertThat(Files.readString(out.resolve("national.result.json"))).contains("\"footprintCount\" : 4");
        seen.add(at + ": new set" + (killed ? "" : " (finished)"));
        // start again from the earlier set for the next kill
        StpCommandTest.Run back = StpCommandTest.run("national", first.toString(), "--out", out.toString(), "--force");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(snapshot(out)).isEqualTo(earlier);
      }
    }
    assertThat(seen).as("the kills hit while writing at least once").anyMatch(s -> s.endsWith("earlier set"));

    // the state a kill between the two renames leaves, owned by a process that has ended
    Path aside = dir.resolve(".national." + deadPid + ".old");
    Files.move(out, aside);
    StpCommandTest.Run back = StpCommandTest.run("national", first.toString(), "--out", out.toString());
    assertThat(back.code()).as("the earlier set is put back first, so this refuses: " + back.err())
        .isEqualTo(ExitCode.IO);
    assertThat(snapshot(out)).isEqualTo(earlier);
    assertThat(aside).doesNotExist();
    assertThat(names(dir)).as("no temporary folder left beside the output: " + seen)
        .containsExactly("first", "national", "second");
  }

  /** Regular files under {@code root}, at any depth; 0 when it has gone (a kill between two looks). */
  private static long filesUnder(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
