package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stp national} and {@code stp collect}: many footprints, one bad one reported, the rest go on. */
class NationalCommandTest {

  @Test
  void nationalRunAggregatesAndReportsTheOneBadFootprint(@TempDir Path dir) throws Exception {
    Path nation = dir.resolve("nation");
    assertThat(StpCommandTest.run("generate", "--footprints", "3", "--seed", "3", "--out", nation.toString())
        .code()).isZero();
    Files.writeString(nation.resolve("fp-999-broken.json"), "{\"number\": \"ninety\"}");
    Path out = dir.resolve("national");
    StpCommandTest.Run r = StpCommandTest.run("national", nation.toString(), "--out", out.toString(),
        "--threads", "2", "--draws", "500", "--seed", "9");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("4 footprints: 3 projected, 1 failed").contains("fp-999-broken.json")
        .contains("All 3 footprints do-something")
        .contains("The chance of breaking even or better in 2020/21 is");
    for (String f : new String[] {"national.result.json", "national.xlsx", "national.pdf", "findings.txt"}) {
      assertThat(out.resolve(f)).exists();
    }
    try (var books = Files.list(out.resolve("workbooks"))) {
      assertThat(books).hasSize(3);
    }
    try (var packs = Files.list(out.resolve("packs"))) {
      assertThat(packs).hasSize(3);
    }
    String json = Files.readString(out.resolve("national.result.json"));
    assertThat(json).contains("\"ENGLAND\"").contains("fp-999-broken.json").contains("\"monteCarlo\"");
    assertThat(Files.readString(out.resolve("findings.txt"))).contains("fp-999-broken.json").contains("$.number");
  }

  @Test
  void nationalDocumentsAreTheSameBytesOnOneThreadAndOnThree(@TempDir Path dir) throws Exception {
    Path nation = dir.resolve("nation");
    assertThat(StpCommandTest.run("generate", "--footprints", "3", "--seed", "7", "--out", nation.toString())
        .code()).isZero();
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    StpCommandTest.Run r1 = StpCommandTest.run("national", nation.toString(), "--out", one.toString(),
        "--threads", "1", "--draws", "200", "--seed", "4");
    StpCommandTest.Run r3 = StpCommandTest.run("national", nation.toString(), "--out", three.toString(),
        "--threads", "3", "--draws", "200", "--seed", "4", "--timings");
    assertThat(r1.code()).as(r1.err()).isZero();
    assertThat(r3.code()).as(r3.err()).isZero();
    assertThat(r1.err()).doesNotContain("timings");
    assertThat(r3.err()).contains("timings: reading").contains("Monte Carlo").contains("3 workbooks");
    java.util.List<Path> files;
    try (var walk = Files.walk(one)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSize(4 + 3 + 3);
    for (Path f : files) {
      assertThat(Files.mismatch(f, three.resolve(one.relativize(f)))).as(f.toString()).isEqualTo(-1L);
    }
  }

  @Test
  void nationalRefusesToReplaceOutputsWithoutForce(@TempDir Path dir) throws Exception {
    Path nation = dir.resolve("nation");
    // one footprint is enough to leave an output set in the way (each footprint costs a workbook and a pack)
    StpCommandTest.run("generate", "--footprints", "1", "--seed", "1", "--out", nation.toString());
    Path out = dir.resolve("national");
    assertThat(StpCommandTest.run("national", nation.toString(), "--out", out.toString()).code()).isZero();
    StpCommandTest.Run again = StpCommandTest.run("national", nation.toString(), "--out", out.toString());
    assertThat(again.code()).isEqualTo(ExitCode.IO);
    assertThat(again.err()).contains("--force");
  }

  @Test
  void collectImportsEveryWorkbookAndNamesTheCellOfTheBadOne(@TempDir Path dir) throws Exception {
    Path returns = dir.resolve("returns");
    Files.createDirectories(returns);
    Path staffs = dir.resolve("staffs.json");
    StpCommandTest.run("example", "--out", staffs.toString());
    assertThat(StpCommandTest.run("template", staffs.toString(), "--out",
        returns.resolve("staffs.xlsx").toString()).code()).isZero();
    Files.write(returns.resolve("garbage.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Path out = dir.resolve("collected");
    StpCommandTest.Run r = StpCommandTest.run("collect", returns.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("garbage.xlsx").contains("2 workbooks: 1 valid, 1 with errors");
    assertThat(out.resolve("national.result.json")).exists();
    assertThat(out.resolve("national.xlsx")).exists();
  }
}
