package org.stptoolkit.reports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.reports.workbook.Collector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stp collect DIR --out OUT}: every returned workbook in a folder, validated and aggregated. */
@Command(name = "collect", mixinStandardHelpOptions = true,
    description = "Import every filled-in template in a folder (one per organisation or footprint),"
        + " validate all of them (one bad file does not stop the rest), aggregate to region and England,"
        + " and write the result JSON, the aggregated workbook, the PDF pack and a findings report listing"
        + " every problem with its file and cell. Exits 1 when any file had an error.",
    footerHeading = "%nExample:%n", footer = "  stp collect returns/ --out collected")
final class CollectCommand extends Subcommand {

  @Parameters(paramLabel = "DIR", description = "Folder of .xlsx templates.")
  Path dir;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Folder for the outputs.")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--force", description = "Replace outputs that exist.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    int n = Limits.threads(this, threads);
    Inputs.requireFolder(dir);
    OutputSet.check(out, dir, force);
    Collector.Collection c = Collector.withDefaults().collect(dir);
    List<NationalRun.Input> inputs = new ArrayList<>();
    c.files().forEach(f -> inputs.add(new NationalRun.Input(f.file().getFileName().toString(), f.parsed())));
    if (inputs.isEmpty() || c.valid().isEmpty()) {
      List<org.stptoolkit.model.validation.ValidationFinding> all = new ArrayList<>(c.allFindings().all());
      throw new InvalidInputException(all);
    }
    java.util.concurrent.ExecutorService pool = NationalRun.pool(n);
    List<NationalRun.Outcome> outcomes;
    List<Path> written;
    try {
      outcomes = NationalRun.project(inputs, pool, console());
      written = NationalRun.write(outcomes, out, dir, force, "STP collected returns", null, pool, console(),
          null, null);
    } finally {
      pool.shutdownNow();
    }
    console().findings(c.folderFindings().all());
    outcomes.forEach(o -> console().findings(o.input().parsed().findings().all()));
    long failed = outcomes.stream().filter(o -> !o.ok()).count();
    console().out().println(outcomes.size() + " workbooks: " + (outcomes.size() - failed) + " valid, " + failed
        + " with errors");
    written.forEach(w -> console().out().println("  wrote " + Messages.path(w)));
    return failed == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }
}
