package org.stptoolkit.finance;

import org.stptoolkit.finance.basics.ByYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.json.ResultJson;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.example.Examples;

/** The README's engine snippet, as written there (fewer Monte Carlo draws to keep the suite quick). */
class ReadmeEngineExampleTest {

  @Test
  void readmeEngineSnippetRunsAndGivesTheSeedsFigures(@TempDir Path dir) throws Exception {
    // --- README snippet (100_000 draws there) ---
    FootprintResult result = StpEngine.DEFAULT.run(Examples.staffordshireAndStokeOnTrent());
    ByYear doSomething = result.health().doSomething();
    double cumulative = result.health().cumulativeDoNothing();
    result.findings().all().forEach(f -> { });
    ResultJson.write(result, dir.resolve("staffs.result.json"), true);

    MonteCarloResult mc = MonteCarlo.run(Examples.staffordshireAndStokeOnTrent(),
        MonteCarloSpec.typical(2_000, 2016L));
    double pBalance = mc.headline().probabilityOfBalance().last();
    // --- end ---

    assertThat(doSomething.get(0)).isCloseTo(-157_606, within(1.0));
    assertThat(doSomething.last()).isCloseTo(1_420, within(1.0));
    assertThat(cumulative).isCloseTo(-1_079_770, within(1e-6));
    assertThat(dir.resolve("staffs.result.json")).exists();
    assertThat(pBalance).isBetween(0.0, 1.0);
  }
}
