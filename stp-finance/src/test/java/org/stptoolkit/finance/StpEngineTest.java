package org.stptoolkit.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.internal.FinancialBridge;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.model.validation.InvalidInputException;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

class StpEngineTest {

  @Test
  void aSolutionThatCannotBeComputedGivesAFindingAndTheRunAllowingErrorsCompletes() {
    Solution broken = Solution.builder(1, "Broken", SolutionCategory.REDUCE_FIXED_COSTS).maturity(Maturity.OPPORTUNITY)
        .rule(new OverheadRemoval("no-such-pool", 0.1, YearlyRates.flat(TestFootprints.PERIOD, 1)))
        .provenance(Provenance.ILLUSTRATIVE).build();
    Footprint fp = TestFootprints.tiny(TestFootprints.zeroDrivers(), List.of(broken), List.of());
    FootprintResult r = StpEngine.DEFAULT.runAllowingErrors(fp);
    assertThat(r.findings().all()).anyMatch(f -> f.location().toString().contains("Broken"));
    assertThat(r.findings().hasErrors()).isTrue();
    // P 1,000 − 1,000 = 0 and C 1,000 − 990 = 10, no growth, the broken solution saves nothing.
    assertThat(r.health().doSomething().toArray()).containsExactly(10, 10);
    // The strict entry point refuses the same footprint, carrying the same findings.
    assertThatThrownBy(() -> StpEngine.DEFAULT.run(fp)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> {
          assertThat(e.findings().all()).containsAll(FootprintValidator.DEFAULT.validate(fp).all());
          assertThat(e.getMessage()).startsWith(e.errors().get(0).toString()).contains("no-such-pool");
        });
  }

  @Test
  void printedDoSomethingBeyondTheRoundingToleranceIsAWarningNamingTheYear() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    DoNothingTrajectory health = fp.publishedDoNothing(DoNothingTrajectory.HEALTH).orElseThrow();
    FinancialYear year = FinancialYear.parse("2018/19");
    YearlyAmounts misprinted = health.publishedDoSomethingGbpK().with(year, -116_798);
    List<DoNothingTrajectory> trajectories = fp.publishedDoNothing().stream()
        .map(t -> t == health ? t.withPublishedBridge(t.publishedTotalSolutionValueGbpK(), misprinted) : t)
        .toList();
    FootprintResult r = StpEngine.DEFAULT.run(fp.withPublishedDoNothing(trajectories));
    List<ValidationFinding> found = r.findings().ofRule(FinancialBridge.PUBLISHED_DO_SOMETHING);
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).toString()).contains("2018/19 by 4,999").contains("beyond the ±1 £'000");
    // The printed row is kept as printed; the engine's do-something is unchanged.
    assertThat(r.health().publishedDoSomething().get(2)).isEqualTo(-116_798);
    assertThat(r.health().doSomething()).isEqualTo(StpEngine.DEFAULT.run(fp).health().doSomething());
  }

  @Test
  void engineIsThreadSafeAndDeterministic() throws Exception {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    FootprintResult one = StpEngine.DEFAULT.run(fp);
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<FootprintResult>> fs = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        fs.add(pool.submit(() -> StpEngine.DEFAULT.run(fp)));
      }
      for (Future<FootprintResult> f : fs) {
        FootprintResult r = f.get();
        assertThat(r.health().doSomething()).isEqualTo(one.health().doSomething());
        assertThat(r.sensitivities().single().get(3).nhsImpact()).isEqualTo(one.sensitivities().single().get(3).nhsImpact());
      }
    } finally {
      pool.shutdown();
    }
  }
}
