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
  void drawsWithoutASeedIsAUsageErrorPointingAtTheCommandsHelpAndWritesNothing(@TempDir Path dir) {
    Path f = dir.resolve("staffs.json");
    assertThat(run("example", "--out", f.toString()).code()).isZero();
    for (String command : new String[] {"report", "national"}) {
      Path in = command.equals("report") ? f : dir;
      Run r = run(command, in.toString(), "--out", dir.resolve("out-" + command).toString(), "--draws", "100");
      assertThat(r.code()).as(command).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).contains("--draws and --seed go together").contains("Try 'stp " + command + " --help'");
      assertThat(dir.resolve("out-" + command)).doesNotExist();
    }
  }

  @Test
  void aFolderWhereAFileIsExpectedIsAnIoErrorSayingSo(@TempDir Path dir) {
    for (String command : new String[] {"validate", "import"}) {
      Run r = command.equals("validate") ? run(command, dir.toString())
          : run(command, dir.toString(), "--out", dir.resolve("back.json").toString());
      assertThat(r.code()).as(command).isEqualTo(ExitCode.IO);
      assertThat(r.err()).as(command).contains(dir.toString() + " is a folder; expected a file")
          .doesNotContain("Exception");
    }
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
  void aNamedCommandIsTheOnlyOneBuiltAndHelpStillListsThemAll() {
    var factory = picocli.CommandLine.defaultFactory();
    assertThat(StpCommand.commandLine(factory, new String[] {"--debug", "project", "x.json"}).getSubcommands()
        .keySet()).containsExactly("project");
    assertThat(StpCommand.commandLine(factory, new String[] {"--help"}).getSubcommands()).hasSize(15);
    assertThat(StpCommand.commandLine(factory, new String[] {"projekt"}).getSubcommands()).hasSize(15);
    assertThat(StpCommand.commandLine(factory, new String[] {"help", "project"}).getSubcommands()).hasSize(15);
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("validate").contains("national").contains("report").contains("help");
    Run topic = run("help", "template");
    assertThat(topic.code()).isZero();
    assertThat(topic.out()).contains("Example");
  }

  @Test
  void everyCommandHasHelpWithAnExampleAndNoFormattingWarning() {
    java.util.Set<String> commands = StpCommand.commandLine(picocli.CommandLine.defaultFactory(),
        new String[0]).getSubcommands().keySet();
    assertThat(commands).contains("demo", "example", "validate", "project", "template", "import",
        "compare", "montecarlo", "goalseek", "generate", "national", "collect", "report");
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(picocliWarnings, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      for (String c : commands) {
        if (c.equals("help")) {
          continue;
        }
        Run r = run(c, "--help");
        assertThat(r.code()).as(c).isZero();
        assertThat(r.out()).as(c).contains("Example");
      }
    } finally {
      System.setErr(stderr);
    }
    assertThat(picocliWarnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void demoWritesResultWorkbookAndPackAndPrintsTheHeadline(@TempDir Path dir) throws Exception {
    Run r = run("demo", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // 1,419 or 1,420: the seed prints 1,420 from unrounded workings; the rows it prints sum to 1,419.
    assertThat(r.out()).contains("(156,758)").contains("(285,402)").containsPattern("1,4(19|20)")
        .contains("SSSFT")
        .contains("Health and wellbeing").contains("Care and quality");
    for (String ext : new String[] {".result.json", ".xlsx", ".pdf"}) {
      Path p = dir.resolve("staffordshire-and-stoke-on-trent" + ext);
      assertThat(p).exists();
      assertThat(Files.size(p)).isPositive();
    }
    assertThat(Files.readString(dir.resolve("staffordshire-and-stoke-on-trent.result.json")))
        .contains("-157606");
  }

  @Test
  void projectWritesTheResultAndRefusesToOverwriteItsInput(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("staffs.json");
    run("example", "--out", f.toString());
    Run same = run("project", f.toString(), "--out", f.toString(), "--force");
    assertThat(same.code()).isEqualTo(ExitCode.IO);
    assertThat(same.err()).contains("input");
    Path out = dir.resolve("staffs.result.json");
    Run r = run("project", f.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("(285,402)");
    assertThat(out).exists();
  }

  @Test
  void projectOfAnInvalidFootprintWritesNothing(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"number\": 10}");
    Path out = dir.resolve("r.json");
    Run r = run("project", f.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(out).doesNotExist();
  }

  @Test
  void templateThenImportGivesBackTheFootprint(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("staffs.json");
    run("example", "--out", f.toString());
    Path xlsx = dir.resolve("staffs.xlsx");
    Run t = run("template", f.toString(), "--out", xlsx.toString());
    assertThat(t.code()).as(t.err()).isZero();
    Path back = dir.resolve("back.json");
    Run i = run("import", xlsx.toString(), "--out", back.toString());
    assertThat(i.code()).as(i.out() + i.err()).isZero();
    assertThat(org.stptoolkit.model.json.FootprintJson.read(back).orElseThrow())
        .isEqualTo(org.stptoolkit.model.example.Examples.staffordshireAndStokeOnTrent());
    assertThat(run("validate", xlsx.toString()).code()).isZero();
  }

  @Test
  void monteCarloWithTheSameSeedGivesTheSameBytesOnOneAndTwoThreads(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("staffs.json");
    run("example", "--out", f.toString());
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    assertThat(run("montecarlo", f.toString(), "--draws", "2000", "--seed", "7", "--threads", "1",
        "--out", one.toString()).code()).isZero();
    Run r = run("montecarlo", f.toString(), "--draws", "2000", "--seed", "7", "--threads", "2",
        "--out", two.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("A 1 in 10 chance that 2020/21 is worse than")
        .contains("The chance of breaking even or better in 2020/21 is").contains("Most of the uncertainty")
        .doesNotContain("P10").doesNotContain("driver:");
    String a = Files.readString(one).replaceAll("\"threads\" : \\d+", "");
    String b = Files.readString(two).replaceAll("\"threads\" : \\d+", "");
    assertThat(a).isEqualTo(b);
  }

  @Test
  void reportWritesThePackWithAFanChart(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("staffs.json");
    run("example", "--out", f.toString());
    Path pdf = dir.resolve("staffs.pdf");
    Run r = run("report", f.toString(), "--out", pdf.toString(), "--draws", "1000", "--seed", "3");
    assertThat(r.code()).as(r.err()).isZero();
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    Path again = dir.resolve("again.pdf");
    run("report", f.toString(), "--out", again.toString(), "--draws", "1000", "--seed", "3");
    assertThat(Files.readAllBytes(again)).isEqualTo(bytes);
  }

  @Test
  void generateWritesASyntheticNation(@TempDir Path dir) throws Exception {
    Run r = run("generate", "--footprints", "6", "--seed", "1", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".json"))).hasSize(6);
    }
  }

  @Test
  void aNumberWithLettersIsAUsageErrorInPlainEnglish() {
    Run r = run("goalseek", "x.json", "--driver", "pay-inflation", "--target=-286m");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--target").contains("expected a number such as -286000").contains("'-286m'")
        .doesNotContain("double");
    Run d = run("montecarlo", "x.json", "--draws", "ten", "--seed", "1", "--out", "y.json");
    assertThat(d.code()).isEqualTo(ExitCode.USAGE);
    assertThat(d.err()).contains("expected a whole number such as 10000, found 'ten'").doesNotContain(" int");
  }

  @Test
  void consoleEncodingIsTheTerminalsThenTheNamedOnesThenUtf8() {
    var cp850 = java.nio.charset.Charset.forName("IBM850");
    assertThat(StpCommand.consoleCharset(cp850, "UTF-8")).isEqualTo(cp850);
    assertThat(StpCommand.consoleCharset(null, null, "no-such-charset", "windows-1252"))
        .isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(StpCommand.consoleCharset(null, (String) null)).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
    // "£" is in the Windows console code page 850, so "£'000" prints as it should there.
    assertThat(cp850.newEncoder().canEncode('£')).isTrue();
  }

  /**
   * The launcher's entry point leaves out picocli's java.sql and java.time converters (loading them was
   * ~75 classes of every start): no option or parameter of any command, nor any element type of one, is of
   * a type they convert.
   */
  @Test
  void noOptionOfAnyCommandHasATypeWhoseConverterTheEntryPointLeavesOut() {
    java.util.List<java.util.regex.Pattern> left = java.util.Arrays.stream(StpCommand.UNUSED_CONVERTERS.split(","))
        .map(java.util.regex.Pattern::compile).toList();
    picocli.CommandLine root = StpCommand.commandLine(picocli.CommandLine.defaultFactory(), new String[0]);
    java.util.List<picocli.CommandLine> all = new java.util.ArrayList<>(root.getSubcommands().values());
    all.add(root);
    int types = 0;
    for (picocli.CommandLine c : all) {
      for (picocli.CommandLine.Model.ArgSpec arg : c.getCommandSpec().args()) {
        java.util.List<Class<?>> classes = new java.util.ArrayList<>(java.util.List.of(arg.type()));
        classes.addAll(java.util.List.of(arg.auxiliaryTypes()));
        for (Class<?> t : classes) {
          types++;
          assertThat(left).as("%s %s: %s", c.getCommandName(), arg, t.getName())
              .noneMatch(p -> p.matcher(t.getName()).matches());
        }
      }
    }
    assertThat(all).hasSizeGreaterThan(10);
    assertThat(types).isGreaterThan(50);
  }
}

