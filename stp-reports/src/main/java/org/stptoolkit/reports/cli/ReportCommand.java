package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.reports.pdf.MonteCarloFan;
import org.stptoolkit.reports.pdf.PackContent;
import org.stptoolkit.reports.pdf.PackContents;
import org.stptoolkit.reports.pdf.PdfPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  MonteCarloOptions monteCarlo;

  @Mixin
  IndicatorOptions indicators;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Optional<MonteCarloSpec> asked = monteCarlo.spec(this);
    Outputs.checkWritable(out, force, ProjectCommand.inputs(input, indicators));
    Parsed<Footprint> parsed = Inputs.readFootprint(input);
    if (!parsed.isValid()) {
      throw new InvalidInputException(parsed.findings().all());
    }
    var imported = indicators.apply(parsed.orElseThrow());
    Footprint fp = imported.footprint();
    console().findings(imported.findings());
    ResolvedFootprint resolved = StpEngine.DEFAULT.resolve(fp);
    FootprintResult result = StpEngine.DEFAULT.run(resolved);
    var printable = org.stptoolkit.reports.pdf.PdfText.findings(fp).stream()
        .map(f -> f.inFile(String.valueOf(input.getFileName()))).toList();
    PackContent content = PackContents.of(result, fp, parsed.findings().plus(imported.findings()).plus(printable));
    if (asked.isPresent()) {
      MonteCarloResult mc = MonteCarlo.run(result, resolved, asked.get());
      content = content.withMonteCarlo(MonteCarloFan.of(mc, result))
          .withKeyRisks(PackContents.keyRisks(fp, result, mc));
    }
    PdfPack.openPdf().writeFootprint(out, force, content);
    console().findings(printable);
    console().out().println("Wrote " + out);
    return ExitCode.OK;
  }
}
