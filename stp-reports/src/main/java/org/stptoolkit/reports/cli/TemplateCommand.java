package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.List;
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

  @Override
  public Integer call() throws Exception {
    Outputs.checkWritable(out, force, List.of(input));
    Footprint fp = Inputs.requireFootprint(input);
    Documents.workbook(fp, StpEngine.DEFAULT.run(fp), out, force);
    console().out().println("Wrote " + out);
    return ExitCode.OK;
  }
}
