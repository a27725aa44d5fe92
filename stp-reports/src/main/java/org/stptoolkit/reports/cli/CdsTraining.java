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
 * {@code -XX:DumpLoadedClassList}, so that the class-data-sharing archive dumped from that list holds the
 * classes every command loads (JSON and its schema, the engine, the Monte Carlo, POI for templates and
 * their import, OpenPDF for the packs, picocli's help), not only those of the first command someone happened
 * to run.
 *
 * <p>It runs {@code example}, {@code validate}, {@code project}, {@code template}, {@code import},
 * {@code report} (with and without draws), {@code montecarlo}, {@code goalseek}, {@code new},
 * {@code generate}, {@code national} and {@code collect} (on a generated nation of two footprints) and
 * {@code --help}, in a temporary folder; prints nothing, deletes the folder and exits 0 whatever happens (a
 * failed training run only makes a smaller archive).
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
    String nation = dir.resolve("nation").toString();
    String national = dir.resolve("national").toString();
    List<String[]> runs = List.of(
        new String[] {"example", "--out", ex},
        new String[] {"validate", ex},
        new String[] {"project", ex, "--out", dir.resolve("ex.result.json").toString()},
        new String[] {"template", ex, "--out", xlsx},
        new String[] {"import", xlsx, "--out", dir.resolve("back.json").toString()},
        new String[] {"validate", xlsx},
        new String[] {"report", ex, "--out", dir.resolve("ex.pdf").toString()},
        new String[] {"report", ex, "--out", dir.resolve("ex.mc.pdf").toString(), "--draws", "4096", "--seed", "1"},
        new String[] {"montecarlo", ex, "--draws", "4096", "--seed", "1", "--out", dir.resolve("mc.json").toString()},
        new String[] {"goalseek", ex, "--driver", "non-demographic-growth", "--target=-286000"},
        new String[] {"new", "--number", "45", "--name", "Training", "--region", "NORTH", "--organisation",
            "T1:ACUTE_TRUST:Training Trust", "--out", dir.resolve("new.xlsx").toString()},
        new String[] {"generate", "--footprints", "2", "--seed", "2016", "--out", nation},
        new String[] {"national", nation, "--out", national, "--draws", "4096", "--seed", "1"},
        new String[] {"collect", dir.resolve("national").resolve("workbooks").toString(), "--out",
            dir.resolve("collected").toString()},
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
