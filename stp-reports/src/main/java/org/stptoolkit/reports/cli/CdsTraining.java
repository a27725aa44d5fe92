package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run the launchers ({@code stp}, {@code stp.cmd}) make once after the jar is built, under
 * {@code -XX:ArchiveClassesAtExit}, so that the class-data-sharing archive holds the classes every
 * everyday command loads (JSON and its schema, the engine, POI for the template and its import, OpenPDF
 * for the pack), not only those of the first command someone happened to run.
 *
 * <p>It runs {@code example}, {@code validate}, {@code project}, {@code template}, {@code import} and
 * {@code report} on the embedded example in a temporary folder, prints nothing, deletes the folder and
 * exits 0 whatever happens (a failed training run only makes a smaller archive).
 */
public final class CdsTraining {

  private CdsTraining() {}

  /**
   * Runs the training commands.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    train(Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** Runs the training commands in a new folder inside {@code parent}, then deletes that folder. */
  static void train(Path parent) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory(parent, "stp-cds-");
      run(dir);
    } catch (IOException | RuntimeException e) {
      // a smaller archive; the commands themselves report their own failures when run for real
    } finally {
      delete(dir);
    }
  }

  /** Runs the training commands in {@code dir} and returns their exit codes, in order. */
  static List<Integer> run(Path dir) {
    String ex = dir.resolve("ex.json").toString();
    String xlsx = dir.resolve("ex.xlsx").toString();
    List<String[]> runs = List.of(
        new String[] {"example", "--out", ex},
        new String[] {"validate", ex},
        new String[] {"project", ex, "--out", dir.resolve("ex.result.json").toString()},
        new String[] {"template", ex, "--out", xlsx},
        new String[] {"import", xlsx, "--out", dir.resolve("back.json").toString()},
        new String[] {"report", ex, "--out", dir.resolve("ex.pdf").toString()},
        new String[] {"--help"});
    PrintWriter quiet = new PrintWriter(new StringWriter());
    List<Integer> codes = new java.util.ArrayList<>();
    for (String[] run : runs) {
      codes.add(StpCommand.execute(run, quiet, quiet, false));
    }
    return codes;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a temporary folder left behind
    }
  }
}
