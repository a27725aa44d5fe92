package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of bad inputs under {@code src/test/resources/bad-inputs/}: each file is named for what is
 * wrong with it, and {@code expected.tsv} beside it gives the text (the place of the problem) that a
 * finding must show. Every one must end in exit 1, that text, no stack trace, and no output written.
 */
class BadInputCorpusTest {

  static Path corpus(String kind) throws URISyntaxException {
    return Path.of(BadInputCorpusTest.class.getResource("/bad-inputs/" + kind + "/expected.tsv").toURI())
        .getParent();
  }

  static Stream<String[]> cases(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("expected.tsv"));
    return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2));
  }

  @TestFactory
  Stream<DynamicTest> everyBadFootprintJsonIsRefusedWithTheRightPlaceAndNothingWritten() throws Exception {
    Path dir = corpus("json");
    return cases(dir).map(c -> DynamicTest.dynamicTest(c[0], () -> {
      Path file = dir.resolve(c[0]);
      StpCommandTest.Run v = StpCommandTest.run("validate", file.toString());
      assertThat(v.code()).as(v.out() + v.err()).isEqualTo(ExitCode.INVALID_INPUT);
      assertThat(v.out()).contains(c[1]).contains(c[0]);
      assertThat(v.out() + v.err()).doesNotContain("Exception").doesNotContain("\tat ")
          .as("a file's content is never quoted").doesNotContain("SuperSecret");
      assertThat(v.out().lines().count()).as("findings capped per kind").isLessThan(200);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyBadFingertipsCsvIsRefusedByCompareWithTheRightPlaceAndNothingWritten(@TempDir Path tmp)
      throws Exception {
    Path dir = corpus("csv");
    return cases(dir).map(c -> DynamicTest.dynamicTest(c[0], () -> {
      Path file = dir.resolve(c[0]);
      Path out = tmp.resolve(c[0] + ".out.csv");
      StpCommandTest.Run v = StpCommandTest.run("compare", file.toString(), "--out", out.toString());
      assertThat(v.code()).as(v.out() + v.err()).isEqualTo(ExitCode.INVALID_INPUT);
      assertThat(v.out()).as(v.out()).contains(c[1]).contains(c[0]);
      assertThat(v.out() + v.err()).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(out).doesNotExist();
      try (Stream<Path> left = Files.list(tmp)) {
        assertThat(left).as("no temporary file left behind").isEmpty();
      }
    }));
  }

  /**
   * The command lines of {@code bad-inputs/cli/expected.tsv}: each ends in its exit code with its text
   * on the first line of the answer, no stack trace, and nothing changed on disk.
   */
  @TestFactory
  Stream<DynamicTest> everyBadCommandLineGetsItsExitCodeAndOneClearLine(@TempDir Path tmp) throws Exception {
    Path example = tmp.resolve("fixtures/staffs.json");
    Files.createDirectories(example.getParent());
    assertThat(StpCommandTest.run("example", "--out", example.toString()).code()).isZero();
    Path nation = ManyFilesCommandTest.nation(tmp.resolve("fixtures"), "nation", 2, 3);
    Path fifo = tmp.resolve("fixtures/pipe.csv");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path file = Files.writeString(tmp.resolve("fixtures/notes.txt"), "mine");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    List<String> lines = Files.readAllLines(corpus("cli").resolve("expected.tsv"));
    return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 3))
        .map(c -> DynamicTest.dynamicTest(c[0], () -> {
          java.util.Map<String, String> before = ManyFilesCommandTest.snapshot(tmp);
          String[] args = c[0].replace("{example}", example.toString()).replace("{nation}", nation.toString())
              .replace("{fifo}", fifo.toString()).replace("{file}", file.toString()).replace("{tmp}", empty.toString())
              .split(" ");
          StpCommandTest.Run r = StpCommandTest.run(args);
          int code = Integer.parseInt(c[1]);
          assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
          String first = (code == ExitCode.INVALID_INPUT ? r.out() : r.err()).lines().findFirst().orElse("");
          assertThat(first).startsWith("stp: ").contains(c[2]);
          assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
          assertThat(ManyFilesCommandTest.snapshot(tmp)).isEqualTo(before);
          try (Stream<Path> left = Files.list(empty)) {
            assertThat(left).isEmpty();
          }
        }));
  }
}
