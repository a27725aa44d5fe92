package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, files written or not. */
class StpCommandTest {

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = StpCommand.execute(args, new PrintWriter(out), new PrintWriter(err), false);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void exampleThenValidateExitsZeroWithTheSeedsWarnings(@TempDir Path dir) {
    Path f = dir.resolve("staffs.json");
    assertThat(run("example", "--out", f.toString()).code()).isZero();
    Run v = run("validate", f.toString());
    assertThat(v.code()).isZero();
    assertThat(v.out()).contains("WARNING").contains("SSSFT").contains("9,530").contains("9,350")
        .contains("180").contains("solution number 12");
  }

  @Test
  void existingOutputIsKeptWithoutForce(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("staffs.json");
    Files.writeString(f, "keep me");
    Run r = run("example", "--out", f.toString());
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).contains("--force").doesNotContain("Exception");
    assertThat(Files.readString(f)).isEqualTo("keep me");
    assertThat(run("example", "--out", f.toString(), "--force").code()).isZero();
  }

  @Test
  void invalidFileExitsOneWithPathNamedFindingsAndNoStackTrace(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"number\": \"ten\"}");
    Run r = run("validate", f.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.out()).contains("bad.json").contains("$.number").contains("integer");
    assertThat(r.out() + r.err()).doesNotContain("at org.").doesNotContain("Exception");
  }

  @Test
  void missingInputIsAnIoError(@TempDir Path dir) {
    Run r = run("validate", dir.resolve("absent.json").toString());
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).contains("no such file").contains("absent.json");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run r = run("frobnicate");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--help");
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String c : new String[] {"demo", "example", "validate"}) {
      Run r = run(c, "--help");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Example:");
    }
  }

  @Test
  void demoWritesItsOutputsAndPrintsTheHeadline(@TempDir Path dir) {
    Run r = run("demo", "--out", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("(156,758)");
    assertThat(dir.resolve("staffordshire-and-stoke-on-trent.footprint.json")).exists();
  }
}
