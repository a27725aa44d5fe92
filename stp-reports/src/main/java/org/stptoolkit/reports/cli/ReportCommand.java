package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.projection.ResolvedFootprint;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.reports.pdf.MonteCarloFan;
import org.stptoolkit.reports.pdf.PackContent;
import org.stptoolkit.reports.pdf.PackContents;
import org.stptoolkit.reports.pdf.PdfPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stp report F.json --out P.pdf}: the PDF summary pack of one footprint. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the PDF summary pack of a footprint: the three gaps, the bridge as a waterfall,"
        + " do-nothing against do-something, the sensitivity tornado, solutions, indicators against England"
        + " and standards, risk, and the validation findings. With --draws and --seed it adds the Monte"
        + " Carlo fan chart.",
    footerHeading = "%nExample:%n", footer = "  stp report staffs.json --out staffs.pdf --draws 10000 --seed 2016")
final class ReportCommand extends Subcommand {

  @Parameters(paramLabel = "F.json", description = "Footprint JSON or a filled-in template.")
  Path input;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "P.pdf", description = "Where to write the pack.")
  Path out;

  @Option(names = "--draws", paramLabel = "N", description = "Add a Monte Carlo fan chart with N draws (needs --seed).")
  Integer draws;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the Monte Carlo.")
  Long seed;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if ((draws == null) != (seed == null)) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--draws and --seed go together");
    }
    if (draws != null && draws < 1) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--draws must be at least 1");
    }
    Outputs.checkWritable(out, force, List.of(input));
    Parsed<Footprint> parsed = Inputs.readFootprint(input);
    if (!parsed.isValid()) {
      throw new InvalidInputException(parsed.findings().all());
    }
    Footprint fp = parsed.orElseThrow();
    ResolvedFootprint resolved = StpEngine.DEFAULT.resolve(fp);
    FootprintResult result = StpEngine.DEFAULT.run(resolved);
    PackContent content = PackContents.of(result, fp, parsed.findings());
    if (draws != null) {
      content = content.withMonteCarlo(MonteCarloFan.of(
          MonteCarlo.run(result, resolved, MonteCarloSpec.typical(draws, seed)), result));
    }
    PdfPack.openPdf().writeFootprint(out, force, content);
    console().out().println("Wrote " + out);
    return ExitCode.OK;
  }
}
