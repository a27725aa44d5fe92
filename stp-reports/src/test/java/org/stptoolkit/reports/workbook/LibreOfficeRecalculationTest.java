package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.Severity;

/**
 * Every workbook this suite gives LibreOffice, converted by ONE {@code soffice --headless} run at class
 * set-up (its start-up, seconds, is paid once), then checked one by one:
 * <ul>
 *   <li>templates of the synthetic nation (every {@value #NATION_STEP}th of its 44 footprints, so eleven of its
 *       shapes and sizes; all 44 with {@code -Pthorough}) and the example's, every cached value removed, recalculated
 *       by LibreOffice, hold the engine's figures: every Do-nothing, Bridge and Summary figure within
 *       {@link WorkbookFigures#TOLERANCE} and the master check OK;</li>
 *   <li>the example's template with a scored and linked risk register ({@link RisksSheetTest#sut()}), opened
 *       and saved by LibreOffice, imports with no error and the same register.</li>
 * </ul>
 * The templates are built without cached values ({@code TemplateWriter.assemble}: the formulas the template
 * command writes, not yet evaluated), so LibreOffice computes every figure itself. Skipped where
 * {@code soffice} is not installed ({@code apt-get install libreoffice-calc-nogui}, see README).
 */
class LibreOfficeRecalculationTest {

  private static final long NATION_SEED = 2016;
  /**
   * Every how many of the nation's footprints a template is recalculated: LibreOffice takes about a second
   * for each, so the default build takes eleven and {@code -Dstp.thorough=true} all 44.
   */
  static final int NATION_STEP = 4;
  private static final int STEP = Boolean.getBoolean("stp.thorough") ? 1 : NATION_STEP;
  private static final long TIMEOUT_MINUTES = 5;
  private static final String EXAMPLE = "example.xlsx";
  private static final String RISKS = "risks.xlsx";

  @TempDir
  static Path dir;

  /** Workbook name → the engine's result it must agree with once recalculated. */
  private static final Map<String, FootprintResult> RECALCULATED = new LinkedHashMap<>();
  private static Footprint risks;
  private static Path out;
  private static String log;

  @BeforeAll
  static void convertEveryWorkbookInOneSofficeRun() throws Exception {
    String soffice = onPath("soffice");
    assumeTrue(soffice != null, "soffice is not installed");
    Path in = Files.createDirectories(dir.resolve("in"));
    out = Files.createDirectories(dir.resolve("out"));
    Map<String, Footprint> footprints = new LinkedHashMap<>();
    List<Footprint> nation = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, NATION_SEED, 1);
    for (int i = 0; i < nation.size(); i += STEP) {
      footprints.put(String.format(Locale.ROOT, "fp-%03d.xlsx", nation.get(i).number()), nation.get(i));
    }
    footprints.put(EXAMPLE, WorkbookFixtures.example());
    // written on every core (the engine and the writer are thread-safe), in a fixed order of names
    Map<String, FootprintResult> results = new ConcurrentHashMap<>();
    footprints.entrySet().parallelStream().forEach(e -> {
      FootprintResult r = StpEngine.DEFAULT.run(e.getValue());
      try (XSSFWorkbook wb = TemplateWriter.DEFAULT.assemble(e.getValue(), EngineFigures.from(r));
          var os = Files.newOutputStream(in.resolve(e.getKey()))) {
        // assembled, not evaluated; any cached value removed all the same, so LibreOffice computes each one
        WorkbookFigures.stripCachedValues(wb);
        wb.write(os);
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      results.put(e.getKey(), r);
    });
    footprints.keySet().forEach(n -> RECALCULATED.put(n, results.get(n)));
    risks = RisksSheetTest.sut();
    Files.write(in.resolve(RISKS), TemplateWriter.DEFAULT.write(risks));

    List<String> command = new ArrayList<>(List.of(soffice,
        "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--norestore",
        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString()));
    RECALCULATED.keySet().forEach(n -> command.add(in.resolve(n).toString()));
    command.add(in.resolve(RISKS).toString());
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile());
    pb.environment().put("LC_ALL", "C.UTF-8");
    Process p = pb.start();
    assertThat(p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)).as("soffice finished").isTrue();
    log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log).isZero();
  }

  @Test
  void libreOfficeRecalculatesTheNationsAndTheExamplesTemplatesToTheEnginesFigures() throws Exception {
    List<String> problems = new ArrayList<>();
    int figures = 0;
    double worst = 0;
    for (Map.Entry<String, FootprintResult> e : RECALCULATED.entrySet()) {
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
        + " largest difference %.6f £'000%n", RECALCULATED.size(), figures, worst);
    int nation = (SyntheticNation.FOOTPRINTS_2016 + STEP - 1) / STEP;
    assertThat(RECALCULATED).hasSize(nation + 1).containsKey(EXAMPLE);
    assertThat(problems).isEmpty();
    assertThat(figures).isGreaterThan((nation + 1) * 50);
  }

  /** The template opened in LibreOffice and saved as .xlsx imports with the same risk register. */
  @Test
  void risksSurviveALibreOfficeRoundTrip() {
    Path saved = out.resolve(RISKS);
    assertThat(saved).as(log).exists();
    Parsed<Footprint> back = TemplateReader.DEFAULT.read(saved);
    assertThat(back.findings().ofSeverity(Severity.ERROR)).as(back.findings().all().toString()).isEmpty();
    assertThat(back.value().orElseThrow().risks()).isEqualTo(risks.risks());
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
