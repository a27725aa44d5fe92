package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.List;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.json.ResultJson;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.montecarlo.MonteCarloWords;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.Footprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stp montecarlo F.json --draws N --seed S --out MC.json}: how likely balance is. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
    description = "Run the bridge many times with uncertain delivery of solutions (triangular around each"
        + " maturity's realisation, correlated within a category) and uncertain growth and pay inflation."
        + " Writes the result JSON with its 'monteCarlo' section: percentiles by year, probability of"
        + " balance, the solutions that drive the variance. The same seed gives the same answer on any"
        + " number of threads.",
    footerHeading = "%nExample:%n", footer = "  stp montecarlo staffs.json --draws 100000 --seed 2016 --out staffs.mc.json")
final class MonteCarloCommand extends Subcommand {

  @Parameters(paramLabel = "F.json", description = "Footprint JSON.")
  Path input;

  @Option(names = "--draws", defaultValue = "10000", paramLabel = "N", description = "Number of draws (default: ${DEFAULT-VALUE}).")
  int draws;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed (required: results must be reproducible).")
  long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--keep-draws", description = "Keep every draw's final-year and cumulative do-something in the output.")
  boolean keepDraws;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "MC.json", description = "Where to write.")
  Path out;

  @Option(names = "--force", description = "Replace the output if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Limits.draws(this, draws);
    if (threads != null) {
      Limits.threads(this, threads);
    }
    if (keepDraws && draws > Limits.MAX_KEPT_DRAWS) {
      throw usage(String.format(java.util.Locale.ROOT,
          "--keep-draws keeps at most %,d draws (each is written to the output), was %,d; drop --keep-draws or use fewer draws",
          Limits.MAX_KEPT_DRAWS, draws));
    }
    Outputs.checkWritable(out, force, List.of(input));
    Footprint fp = Inputs.requireFootprint(input);
    ResolvedFootprint resolved = StpEngine.DEFAULT.resolve(fp);
    FootprintResult result = StpEngine.DEFAULT.run(resolved);
    MonteCarloSpec spec = MonteCarloSpec.typical(draws, seed);
    if (threads != null) {
      spec = spec.withThreads(threads);
    }
    if (keepDraws) {
      spec = spec.withKeepDraws(true);
    }
    MonteCarloResult mc = MonteCarlo.run(result, resolved, spec, console().drawsProgress("Monte Carlo"));
    ResultJson.write(result, mc, out, force);
    print(mc);
    console().out().println("Wrote " + out);
    return ExitCode.OK;
  }

  private void print(MonteCarloResult mc) {
    var out = console().out();
    MonteCarloResult.Node n = mc.headline();
    out.println(n.name() + ": " + String.format(java.util.Locale.ROOT, "%,d", mc.draws()) + " draws, seed "
        + mc.seed() + ", " + mc.threads() + " thread(s)");
    MonteCarloWords.headline(mc, 0).forEach(line -> out.println("  " + line));
  }
}
