package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.synthetic.SyntheticNation;

/**
 * The 44 templates of the synthetic nation, every cached value removed, recalculated by LibreOffice
 * headless (one {@code soffice} run converts them all), hold the engine's figures: every Do-nothing,
 * Bridge and Summary figure within {@link WorkbookFigures#TOLERANCE} and the master check OK. Skipped
 * where {@code soffice} is not installed ({@code apt-get install libreoffice-calc-nogui}, see README).
 */
class LibreOfficeRecalculationTest {

  private static final long NATION_SEED = 2016;
  private static final long TIMEOUT_MINUTES = 5;

  @Test
  void libreOfficeRecalculatesTheNationsTemplatesToTheEnginesFigures(@TempDir Path dir) throws Exception {
    String soffice = onPath("soffice");
    assumeTrue(soffice != null, "soffice is not installed");
    Path in = Files.createDirectories(dir.resolve("in"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Map<String, FootprintResult> results = new LinkedHashMap<>();
    for (Footprint fp : SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, NATION_SEED, 1)) {
      FootprintResult r = StpEngine.DEFAULT.run(fp);
      String name = String.format(Locale.ROOT, "fp-%03d.xlsx", fp.number());
      byte[] bytes = TemplateWriter.DEFAULT.write(fp, EngineFigures.from(r));
      try (XSSFWorkbook wb = WorkbookFixtures.open(bytes)) {
        WorkbookFigures.stripCachedValues(wb);
        try (var os = Files.newOutputStream(in.resolve(name))) {
          wb.write(os);
        }
      }
      results.put(name, r);
    }
    List<String> command = new ArrayList<>(List.of(soffice,
        "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
        "--convert-to", "xlsx", "--outdir", out.toString()));
    results.keySet().forEach(n -> command.add(in.resolve(n).toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile());
    pb.environment().put("LC_ALL", "C.UTF-8");
    Process p = pb.start();
    assertThat(p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)).as("soffice finished").isTrue();
    String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log).isZero();

    List<String> problems = new ArrayList<>();
    int figures = 0;
    double worst = 0;
    for (Map.Entry<String, FootprintResult> e : results.entrySet()) {
      Path converted = out.resolve(e.getKey());
      assertThat(converted).as(log).exists();
      try (XSSFWorkbook wb = WorkbookFixtures.open(Files.readAllBytes(converted))) {
        WorkbookFigures.Comparison c = WorkbookFigures.cached().compare(wb, e.getValue());
        figures += c.figures();
        worst = Math.max(worst, c.largestDifference());
        c.mismatches().forEach(m -> problems.add(e.getKey() + ": " + m));
      }
    }
    System.out.printf(Locale.ROOT, "LibreOffice recalculated %d workbooks: %d figures compared with the engine,"
        + " largest difference %.6f £'000%n", results.size(), figures, worst);
    assertThat(problems).isEmpty();
    assertThat(figures).isGreaterThan(44 * 50);
  }

  private static String onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d, program);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }
}
