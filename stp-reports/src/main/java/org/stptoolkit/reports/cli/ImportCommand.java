package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.reports.workbook.TemplateReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stp import T.xlsx --out F.json}: a filled-in template back into a footprint. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Read a filled-in submission template back into a footprint, re-validating everything"
        + " (pasting bypasses Excel's validation). Problems name the cell, e.g. 'Solutions'!E7.",
    footerHeading = "%nExample:%n", footer = "  stp import staffs.xlsx --out staffs.json")
final class ImportCommand extends Subcommand {

  @Parameters(paramLabel = "T.xlsx", description = "Filled-in template.")
  Path input;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "F.json", description = "Where to write the footprint.")
  Path out;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Outputs.checkWritable(out, force, List.of(input));
    Inputs.requireExists(input);
    Parsed<Footprint> parsed = TemplateReader.DEFAULT.read(input);
    if (!parsed.isValid()) {
      throw new InvalidInputException(parsed.findings().all());
    }
    FootprintJson.write(parsed.orElseThrow(), out, force);
    console().findings(parsed.findings().all());
    console().out().println("Wrote " + out);
    return ExitCode.OK;
  }
}
