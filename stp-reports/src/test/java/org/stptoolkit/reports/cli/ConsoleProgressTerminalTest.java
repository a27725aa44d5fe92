package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stp national} on a pseudo-terminal (util-linux {@code script} gives the JVM one) shows progress:
 * footprints projected of the total and Monte Carlo draws done; piped to a file it shows none. The
 * headline of the Monte Carlo is printed in words either way.
 */
class ConsoleProgressTerminalTest {

  private static final String MAIN = "org.stptoolkit.reports.cli.StpCommand";

  @Test
  void nationalShowsProgressOnATerminalAndIsQuietWhenPiped(@TempDir Path dir) throws Exception {
    Path scriptCommand = onPath("script");
    assumeTrue(scriptCommand != null, "util-linux script (a pseudo-terminal) is not installed");
    Path nation = dir.resolve("nation");
    assertThat(StpCommandTest.run("generate", "--footprints", "2", "--seed", "4", "--out", nation.toString()).code())
        .isZero();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // C1 only and the serial collector: a short run of a cold JVM spends less on compiling and collecting
    List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", cp, MAIN, "national",
        nation.toString(), "--draws", "8192", "--seed", "1", "--threads", "1", "--out");

    // On a terminal, and piped: the same run in two child JVMs side by side, into two output folders.
    Path script = dir.resolve("run.sh");
    Files.writeString(script, String.join(" ", command.stream().map(ConsoleProgressTerminalTest::quote).toList())
        + " " + quote(dir.resolve("tty").toString()) + "\n");
    Path tty = dir.resolve("tty.log");
    Process p = new ProcessBuilder(scriptCommand.toString(), "-qfec", "bash " + quote(script.toString()),
        dir.resolve("typescript").toString())
        .redirectErrorStream(true).redirectOutput(tty.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    List<String> piped = new java.util.ArrayList<>(command);
    piped.add(dir.resolve("piped").toString());
    Path out = dir.resolve("piped.log");
    Process q = new ProcessBuilder(piped).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    q.getOutputStream().close();

    assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
    String screen = Files.readString(tty, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(screen).isZero();
    assertThat(screen).contains("\r").contains("projecting [").contains("2/2 footprints")
        .contains("Monte Carlo [").contains("8,192/8,192 draws").contains("documents [")
        .contains("The chance of breaking even or better in 2020/21 is");

    // Piped: no progress.
    assertThat(q.waitFor(240, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(q.exitValue()).as(log).isZero();
    assertThat(log).doesNotContain("\r").doesNotContain("[#").contains("2 footprints: 2 projected, 0 failed")
        .contains("The chance of breaking even or better in 2020/21 is");
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** The executable {@code name} on the PATH, or null. */
  private static Path onPath(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(d.isEmpty() ? "." : d, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
