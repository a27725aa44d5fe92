package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.metrics.fingertips.FingertipsImport;
import org.stptoolkit.model.Footprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stp project F.json --out R.json}: the do-nothing projection, solutions and bridge. */
@Command(name = "project", mixinStandardHelpOptions = true,
    description = "Project a footprint: do-nothing, sensitivities, solutions with double counts removed,"
        + " the financial bridge, activity, workforce and beds. Writes the result JSON.",
    footerHeading = "%nExample:%n", footer = {"  stp project staffs.json --out staffs.result.json",
        "  stp project staffs.json --indicators fingertips.csv --out staffs.result.json"})
final class ProjectCommand extends Subcommand {

  @Parameters(paramLabel = "F.json", description = "Footprint JSON.")
  Path input;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "R.json", description = "Where to write the result.")
  Path out;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  @Mixin
  IndicatorOptions indicators;

  @Override
  public Integer call() throws Exception {
    Outputs.checkWritable(out, force, inputs(input, indicators));
    FingertipsImport imported = indicators.apply(Inputs.requireFootprint(input));
    Footprint fp = imported.footprint();
    console().findings(imported.findings());
    FootprintResult result = StpEngine.DEFAULT.run(fp);
    Documents.resultJson(fp, result, imported.findings(), out, force);
    Headline.print(console().out(), fp, result);
    console().out().println("Wrote " + out);
    return ExitCode.OK;
  }

  /** The footprint file and the exports: none may be overwritten by the output. */
  static List<Path> inputs(Path footprint, IndicatorOptions indicators) {
    List<Path> all = new java.util.ArrayList<>();
    all.add(footprint);
    all.addAll(indicators.paths());
    return all;
  }
}
