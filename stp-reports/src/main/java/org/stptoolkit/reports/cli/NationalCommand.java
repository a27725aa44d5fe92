package org.stptoolkit.reports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stp national DIR --out OUT}: every footprint in a folder, aggregated to regions and England. */
@Command(name = "national", mixinStandardHelpOptions = true,
    description = "Project every footprint JSON in a folder (one that fails is reported and the rest go on),"
        + " aggregate by region and England, and write the national result JSON, the aggregated workbook,"
        + " one template per footprint, the national PDF pack and a findings report.",
    footerHeading = "%nExample:%n",
    footer = "  stp generate --footprints 44 --seed 2016 --out nation%n  stp national nation --out national --draws 10000 --seed 1")
final class NationalCommand extends Subcommand {

  @Parameters(paramLabel = "DIR", description = "Folder of footprint JSON files.")
  Path dir;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Folder for the outputs.")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Mixin
  MonteCarloOptions monteCarlo;

  @Option(names = "--force", description = "Replace outputs that exist.")
  boolean force;

  @Option(names = "--timings", description = "Print how long each part took (reading, projection, Monte Carlo,"
      + " documents) on standard error.")
  boolean timings;

  @Override
  public Integer call() throws Exception {
    Optional<MonteCarloSpec> asked = monteCarlo.spec(this);
    int n = Limits.threads(this, threads);
    Inputs.requireFolder(dir);
    OutputSet.check(out, dir, force);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
          && !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
    long start = System.nanoTime();
    java.util.concurrent.ExecutorService pool = NationalRun.pool(n);
    long read;
    long projected;
    List<NationalRun.Outcome> outcomes;
    MonteCarloResult[] mc = new MonteCarloResult[1];
    NationalRun.Timings[] split = new NationalRun.Timings[1];
    List<Path> written;
    try {
      List<NationalRun.Input> inputs = NationalRun.read(files, dir, pool, console());
      if (inputs.isEmpty()) {
        throw new InvalidInputException(List.of(org.stptoolkit.model.validation.ValidationFinding.error(
            "NO_FOOTPRINTS", new org.stptoolkit.model.validation.Location(dir.toString(), ""),
            "footprint JSON files (*.json) in the folder", "none")));
      }
      read = System.nanoTime();
      outcomes = NationalRun.project(inputs, pool, console());
      projected = System.nanoTime();
      MonteCarloSpec spec = asked.map(s -> s.withThreads(n)).orElse(null);
      written = NationalRun.write(outcomes, out, dir, force, "STP national paper", spec, pool, console(),
          r -> mc[0] = r, split);
    } finally {
      pool.shutdownNow();
    }
    if (timings) {
      NationalRun.Timings t = split[0];
      console().err().printf(java.util.Locale.ROOT, "timings: reading %.2f s, projection %.2f s, Monte Carlo %.2f s,"
          + " documents %.2f s on %d threads (national PDF and packs %.2f s, aggregated workbook %.2f s,"
          + " %d workbooks %.2f s of thread time), total %.2f s%n", secs(read - start), secs(projected - read),
          secs(t.monteCarlo()), secs(t.documentsWall()), n, secs(t.pdf()), secs(t.aggregate()),
          outcomes.stream().filter(NationalRun.Outcome::ok).count(), secs(t.workbooks()),
          secs(System.nanoTime() - start));
      console().err().flush();
    }
    long failed = outcomes.stream().filter(o -> !o.ok()).count();
    var p = console().out();
    p.println(outcomes.size() + " footprints: " + (outcomes.size() - failed) + " projected, " + failed + " failed");
    var results = outcomes.stream().filter(NationalRun.Outcome::ok).map(NationalRun.Outcome::result).toList();
    var england = org.stptoolkit.finance.aggregation.Aggregation.england(results);
    String last = results.get(0).period().lastYear().toString();
    String whole = results.size() >= org.stptoolkit.model.synthetic.SyntheticNation.FOOTPRINTS_2016 ? "England"
        : "All " + results.size() + " footprints";
    p.println("  " + whole + " do-nothing " + last + ": " + MonteCarloWords.money(
        england.measure(org.stptoolkit.finance.aggregation.Measure.DO_NOTHING).orElseThrow().last(), true));
    p.println("  " + whole + " do-something " + last + ": " + MonteCarloWords.money(
        england.measure(org.stptoolkit.finance.aggregation.Measure.DO_SOMETHING).orElseThrow().last(), true));
    if (mc[0] != null) {
      p.println("  Monte Carlo, " + String.format(java.util.Locale.ROOT, "%,d", mc[0].draws()) + " draws, every"
          + " footprint together:");
      MonteCarloWords.headline(mc[0], 0, true).forEach(line -> p.println("    " + line));
    }
    outcomes.stream().filter(o -> !o.ok()).forEach(o -> p.println("  failed: " + Messages.quote(o.input().name())
        + " ("
        + o.input().parsed().findings().ofSeverity(org.stptoolkit.model.validation.Severity.ERROR).size()
        + " errors, see findings.txt)"));
    written.forEach(w -> p.println("  wrote " + Messages.path(w)));
    return failed == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }
}
