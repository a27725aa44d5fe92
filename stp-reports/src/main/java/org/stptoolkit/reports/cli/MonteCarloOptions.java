package org.stptoolkit.reports.cli;

import java.util.Optional;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import picocli.CommandLine.Option;

/**
 * The optional Monte Carlo of a command ({@code stp report}, {@code stp national}): {@code --draws N}
 * with {@code --seed S}, or neither. A picocli mixin, so that both commands take and check the pair
 * the same way.
 */
final class MonteCarloOptions {

  @Option(names = "--draws", paramLabel = "N", description = "Also run a Monte Carlo of N draws (needs --seed).")
  Integer draws;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the Monte Carlo (needs --draws).")
  Long seed;

  /**
   * The Monte Carlo asked for ({@link MonteCarloSpec#typical}), or empty when neither option is given.
   *
   * @throws picocli.CommandLine.ParameterException when only one of the pair is given, or draws are out of range
   */
  Optional<MonteCarloSpec> spec(Subcommand command) {
    if ((draws == null) != (seed == null)) {
      throw command.usage("--draws and --seed go together");
    }
    if (draws == null) {
      return Optional.empty();
    }
    Limits.draws(command, draws);
    return Optional.of(MonteCarloSpec.typical(draws, seed));
  }
}
