package org.stptoolkit.reports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.montecarlo.MonteCarloWords;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stp demo}: the README's main job. Runs the embedded Staffordshire and Stoke-on-Trent example
 * through the engine and writes the result JSON, the Excel submission template and the PDF summary pack,
 * printing a short headline.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the embedded Staffordshire & Stoke-on-Trent example (with a 10,000-draw Monte Carlo,"
        + " seed 2016) and write the result JSON, the Excel submission template and the PDF summary pack to a"
        + " folder.",
    footerHeading = "%nExample:%n", footer = "  stp demo --out out")
final class DemoCommand extends Subcommand {

  /** The base name of the demo's outputs. */
  static final String NAME = "staffordshire-and-stoke-on-trent";

  /** The demo's Monte Carlo: draws and the random-number start (fixed, so the demo's outputs repeat). */
  static final int DRAWS = 10_000;

  /** The demo's random-number start. */
  static final long SEED = 2016L;

  @Option(names = {"-o", "--out"}, defaultValue = "out", paramLabel = "DIR",
      description = "Folder for the outputs (default: ${DEFAULT-VALUE}). The demo's own outputs there are replaced.")
  Path dir;

  @picocli.CommandLine.Mixin
  IndicatorOptions indicators;

  @Override
  public Integer call() throws Exception {
    var imported = indicators.apply(Examples.staffordshireAndStokeOnTrent());
    Footprint fp = imported.footprint();
    console().findings(imported.findings());
    ResolvedFootprint resolved = StpEngine.DEFAULT.resolve(fp);
    FootprintResult result = StpEngine.DEFAULT.run(resolved);
    MonteCarloResult mc = MonteCarlo.run(result, resolved, MonteCarloSpec.typical(DRAWS, SEED));
    Files.createDirectories(dir);
    Path json = dir.resolve(NAME + ".result.json");
    Path xlsx = dir.resolve(NAME + ".xlsx");
    Path pdf = dir.resolve(NAME + ".pdf");
    console().progress("demo", 0, 3);
    Documents.resultJson(fp, result, mc, imported.findings(), json, true);
    console().progress("demo", 1, 3);
    Documents.workbook(fp, result, xlsx, true);
    console().progress("demo", 2, 3);
    Documents.pdf(fp, result, mc, imported.findings(), pdf, true);
    console().progress("demo", 3, 3);

    var out = console().out();
    Headline.print(out, fp, result);
    out.println("  risk (" + String.format(java.util.Locale.ROOT, "%,d", DRAWS) + " Monte Carlo draws):");
    MonteCarloWords.headline(mc, 0).forEach(line -> out.println("    " + line));
    var warnings = result.findings().ofSeverity(Severity.WARNING);
    out.println("  findings: " + result.findings().ofSeverity(Severity.ERROR).size() + " errors, "
        + warnings.size() + " warnings" + (warnings.isEmpty() ? "" : "; the first:"));
    if (!warnings.isEmpty()) {
      out.println("    " + warnings.get(0));
    }
    for (Path p : new Path[] {json, xlsx, pdf}) {
      out.println("  wrote " + p);
    }
    return ExitCode.OK;
  }
}
