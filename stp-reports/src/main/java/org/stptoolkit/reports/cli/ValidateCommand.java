package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Parsed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stp validate FILE}: prints every finding, one per line; exits 1 when any is an ERROR. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a footprint file (JSON or a filled-in .xlsx template) and print its findings,"
        + " one per line. Exits 0 when there is no ERROR, 1 when there is.",
    footerHeading = "%nExample:%n", footer = "  stp validate staffs.json")
final class ValidateCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", description = "Footprint JSON or workbook.")
  Path file;

  @Override
  public Integer call() throws java.io.IOException {
    Parsed<Footprint> parsed = Inputs.readFootprint(file);
    console().findings(parsed.findings().all());
    long errors = parsed.findings().all().stream().filter(f -> f.isError()).count();
    console().err().println(file + ": " + errors + " error(s), "
        + parsed.findings().size() + " finding(s) in all");
    return parsed.isValid() ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }
}
