package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two launchers, read as files: {@code stp.cmd} for Windows beside {@code ./stp} for bash, running the
 * same jar built by the same Maven command, and {@code .gitattributes} keeping each launcher's line endings
 * whatever a checkout's {@code core.autocrlf}.
 */
class LaunchersTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void windowsLauncherRunsTheSameJarAsTheBashOneAndPassesEveryArgumentAndTheExitCode() throws Exception {
    byte[] bytes = Files.readAllBytes(ROOT.resolve("stp.cmd"));
    String cmd = new String(bytes, StandardCharsets.US_ASCII);
    // Every line ends CRLF (cmd.exe misreads labels and blocks otherwise), and the file is plain ASCII.
    assertThat(cmd.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    for (byte b : bytes) {
      assertThat(b & 0xff).isLessThan(0x80);
    }
    List<String> lines = List.of(cmd.split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("@echo off");
    String bash = Files.readString(ROOT.resolve("stp"));
    assertThat(bash).startsWith("#!/usr/bin/env bash\n").doesNotContain("\r");
    // The same jar and the same build.
    assertThat(bash).contains("jar=\"$here/stp-reports/target/stp.jar\"");
    assertThat(cmd).contains("set \"JAR=%HERE%stp-reports\\target\\stp.jar\"");
    String build = "mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl stp-reports -am package";
    assertThat(bash).contains(build);
    assertThat(cmd).contains("call " + build);
    // Every argument passed on; the exit code is the toolkit's (4, internal error, when the build fails).
    String run = "-cp \"%JAR%\" org.stptoolkit.reports.cli.StpCommand %*";
    assertThat(lines).contains("java %CDS% %JIT% %STP_JAVA_OPTS% " + run, "exit /b %ERRORLEVEL%");
    assertThat(bash).contains("-cp \"$jar\" org.stptoolkit.reports.cli.StpCommand \"$@\"");
    // Both keep a class-data-sharing archive made by the same training run.
    assertThat(bash).contains("org.stptoolkit.reports.cli.CdsTraining").contains("-XX:SharedArchiveFile=");
    assertThat(cmd).contains("org.stptoolkit.reports.cli.CdsTraining").contains("-XX:SharedArchiveFile=");
    assertThat(cmd).contains("exit /b 4");
  }

  /**
   * The options {@code ./stp} adds on a machine of two cores or fewer and with transparent huge pages on
   * request are ones this JDK starts with, for the single-threaded commands, {@code template} (its young
   * generation) and {@code national}; the
   * single compiler thread is left out where both compilers run ({@code montecarlo}, {@code goalseek}, or
   * {@code STP_JAVA_OPTS} choosing the compilers), where the JVM refuses it.
   */
  @Test
  void theJvmOptionsTheBashLauncherAddsAreOnesThisJdkStartsWith() throws Exception {
    String bash = Files.readString(ROOT.resolve("stp"));
    assertThat(bash).contains("opts+=(-XX:+UseTransparentHugePages)").contains("opts+=(-XX:CICompilerCount=1)")
        .contains("montecarlo\\|*|goalseek\\|*|*Tiered*|*CICompilerCount*) ;;")
        .contains("< /sys/kernel/mm/transparent_hugepage/enabled").contains("== *\"[madvise]\"*");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    assertThat(bash).contains("template) opts+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m) ;;");
    for (List<String> jit : List.of(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn32m"),
        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn256m"))) {
      List<String> cmd = new java.util.ArrayList<>(List.of(java, "-XX:+IgnoreUnrecognizedVMOptions"));
      cmd.addAll(jit);
      cmd.addAll(List.of("-XX:CICompilerCount=1", "-XX:+UseTransparentHugePages", "-version"));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(String.join(" ", cmd) + "\n" + out).isZero();
    }
    // and the JVM does refuse one compiler thread with both compilers, which is why the launcher leaves it out
    Process both = new ProcessBuilder(java, "-XX:CICompilerCount=1", "-version").redirectErrorStream(true).start();
    both.getInputStream().readAllBytes();
    assertThat(both.waitFor()).isNotZero();
  }

  @Test
  void gitAttributesKeepEachLaunchersLineEndings() throws Exception {
    List<String> rules = Files.readAllLines(ROOT.resolve(".gitattributes")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.replaceAll("\\s+", " ").strip()).toList();
    assertThat(rules).contains("stp text eol=lf", "*.cmd text eol=crlf", ".ci/run text eol=lf");
  }

  @Test
  void readmeDocumentsTheWindowsLauncher() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertThat(readme).contains("stp.cmd").contains("BOM");
  }
}
