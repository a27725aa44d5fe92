package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.stptoolkit.model.example.Examples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stp example --out F.json}: writes the embedded Staffordshire and Stoke-on-Trent example. */
@Command(name = "example", mixinStandardHelpOptions = true,
    description = "Write the embedded Staffordshire & Stoke-on-Trent example footprint as JSON.",
    footerHeading = "%nExample:%n", footer = "  stp example --out staffs.json")
final class ExampleCommand extends Subcommand {

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "F.json", description = "Where to write the footprint.")
  Path out;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Outputs.checkWritable(out, force, List.of());
    // the embedded file is kept as FootprintJson writes it (ExamplesTest), so it is copied, not re-written
    Outputs.write(out, force, Examples.staffordshireAndStokeOnTrentJson());
    console().out().println("Wrote " + out);
    return ExitCode.OK;
  }
}
