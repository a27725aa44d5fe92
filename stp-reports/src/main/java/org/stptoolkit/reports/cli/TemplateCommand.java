package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stp template F.json --out T.xlsx}: the Excel submission template with live formulas. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Write the Excel submission template for a footprint: inputs pre-filled, live formulas"
        + " for the do-nothing and the bridge, and a Checks sheet that reconciles to the engine.",
    footerHeading = "%nExample:%n", footer = "  stp template staffs.json --out staffs.xlsx")
final class TemplateCommand extends Subcommand {

  @Parameters(paramLabel = "F.json", description = "Footprint JSON.")
  Path input;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "T.xlsx", description = "Where to write the workbook.")
  Path out;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  @picocli.CommandLine.Mixin
  IndicatorOptions indicators;

  @Override
  public Integer call() throws Exception {
    Outputs.checkWritable(out, force, ProjectCommand.inputs(input, indicators));
    var imported = indicators.apply(Inputs.requireFootprint(input));
    Footprint fp = imported.footprint();
    console().findings(imported.findings());
    Documents.workbook(fp, StpEngine.DEFAULT.run(fp), out, force);
    console().out().println("Wrote " + out);
    return ExitCode.OK;
  }
}
