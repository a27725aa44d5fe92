package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.stptoolkit.model.synthetic.SyntheticNation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stp generate --footprints 44 --seed S --out DIR}: a synthetic nation of footprint files. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic nation: one footprint JSON per footprint, shaped like the real 2016 plans"
        + " (4 regions, 6-20 organisations each, England about £100bn), deterministic for a seed."
        + " Staffordshire & Stoke-on-Trent's real figures are footprint 10; the others are named as synthetic.",
    footerHeading = "%nExample:%n", footer = "  stp generate --footprints 44 --seed 2016 --out nation")
final class GenerateCommand extends Subcommand {

  @Option(names = "--footprints", defaultValue = "44", paramLabel = "N", description = "Footprints before scaling (default: ${DEFAULT-VALUE}).")
  int footprints;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed.")
  long seed;

  @Option(names = "--scale", defaultValue = "1", paramLabel = "K", description = "Multiply the number of footprints (default: ${DEFAULT-VALUE}).")
  int scale;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write into.")
  Path out;

  @Option(names = "--force", description = "Replace footprint files that exist.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Limits.inRange(this, "--footprints", footprints, 1, SyntheticNation.MAX_FOOTPRINTS);
    Limits.inRange(this, "--scale", scale, 1, SyntheticNation.MAX_SCALE);
    List<Path> written = SyntheticNation.of(footprints, seed, scale).write(out, force);
    console().out().println("Wrote " + written.size() + " footprint files to " + out);
    return ExitCode.OK;
  }
}
