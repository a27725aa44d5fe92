package org.stptoolkit.finance;

import org.stptoolkit.finance.basics.ByYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.internal.FinancialBridge;
import org.stptoolkit.finance.internal.DoNothingProjection;
import org.stptoolkit.finance.internal.Projection;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.finance.internal.SolutionEngine;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * The solution engine and the bridge run over what {@link ResolvedFootprint} resolved once: running
 * again on the same resolved footprint gives exactly what a freshly resolved one gives, lines, bridges
 * and findings alike, including the printed-row findings.
 */
class ResolvedRunsTest {

  private static final Footprint EXAMPLE = Examples.staffordshireAndStokeOnTrent();

  /** Lines, bridges and findings of one run. */
  private record Run(List<SolutionLine> solutions, List<BridgeResult> bridges, List<ValidationFinding> findings) {}

  private static Run run(ResolvedFootprint r) {
    List<ValidationFinding> findings = new ArrayList<>();
    Projection p = DoNothingProjection.run(r);
    List<SolutionLine> solutions = SolutionEngine.compute(p, findings);
    List<BridgeResult> bridges = FinancialBridge.compute(p, solutions, findings);
    return new Run(solutions, bridges, findings);
  }

  private static List<ValidationFinding> bridgeFindings(ResolvedFootprint r, List<SolutionLine> solutions) {
    List<ValidationFinding> findings = new ArrayList<>();
    FinancialBridge.compute(DoNothingProjection.run(r), solutions, findings);
    return findings;
  }

  @Test
  void repeatedRunsEqualAFreshlyResolvedRunOnTheExampleAndTheNation() {
    List<Footprint> footprints = new ArrayList<>(SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 2016L, 1));
    footprints.add(EXAMPLE);
    for (Footprint fp : footprints) {
      ResolvedFootprint r = ResolvedFootprint.of(fp);
      Run first = run(r);
      Run again = run(r);
      Run fresh = run(ResolvedFootprint.of(fp));
      assertThat(again).as(fp.name()).isEqualTo(first);
      assertThat(fresh).as(fp.name()).isEqualTo(first);
    }
  }

  @Test
  void thePrintedRowFindingFollowsTheFiguresOfEachRun() {
    ResolvedFootprint r = ResolvedFootprint.of(EXAMPLE);
    List<SolutionLine> solutions = run(r).solutions();
    List<ValidationFinding> withSolutions = bridgeFindings(r, solutions);
    List<ValidationFinding> without = bridgeFindings(r, List.of());
    // Without solutions the computed do-something is the do-nothing: beyond the printed row.
    assertThat(without).isEqualTo(bridgeFindings(ResolvedFootprint.of(EXAMPLE), List.of()));
    assertThat(without).filteredOn(f -> f.location().place().equals("do-something HEALTH"))
        .singleElement().extracting(ValidationFinding::severity).isEqualTo(Severity.WARNING);
    assertThat(withSolutions).filteredOn(f -> f.location().place().equals("do-something HEALTH"))
        .singleElement().extracting(ValidationFinding::severity).isEqualTo(Severity.INFO);
    assertThat(bridgeFindings(r, solutions)).isEqualTo(withSolutions);
  }

  @Test
  void aBridgeFromItsPartsEqualsTheComputedOne() {
    ResolvedFootprint r = ResolvedFootprint.of(EXAMPLE);
    Projection p = DoNothingProjection.run(r);
    List<ValidationFinding> computedFindings = new ArrayList<>();
    List<SolutionLine> solutions = SolutionEngine.compute(p, new ArrayList<>());
    BridgeResult computed = FinancialBridge.compute(p, solutions, computedFindings).get(0);
    List<ValidationFinding> partsFindings = new ArrayList<>();
    String health = DoNothingTrajectory.HEALTH;
    BridgeResult parts = FinancialBridge.bridge(r.period(), org.stptoolkit.model.finance.Scope.health(), p.health(),
        EXAMPLE.publishedDoNothing(health),
        solutions.stream().filter(s -> s.scope().is(health)).toList(),
        EXAMPLE.funding().stream().filter(f -> f.scope().equals(health)).toList(), partsFindings);
    assertThat(parts).isEqualTo(computed);
    assertThat(partsFindings).isEqualTo(computedFindings.stream()
        .filter(f -> f.location().place().endsWith(" " + health)).toList());
  }

  @Test
  void poolValuesInOnePassEqualPoolValueInEveryYear() {
    for (Footprint fp : List.of(EXAMPLE, SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 2016L, 1).get(0))) {
      ResolvedFootprint r = ResolvedFootprint.of(fp);
      Projection p = DoNothingProjection.run(r);
      double[] values = new double[r.planYears() + 2];
      for (int pool = 0; pool < r.poolCount(); pool++) {
        p.poolValues(pool, values, 1);
        for (int t = 0; t <= r.planYears(); t++) {
          assertThat(values[1 + t]).as("%s pool %s year %d", fp.name(), r.poolId(pool), t).isEqualTo(p.poolValue(pool, t));
        }
      }
    }
  }

  @Test
  void ofOwnedChecksValuesAsOfDoes() {
    assertThat(ByYear.ofOwned(new double[] {1, -2.5}).toArray()).containsExactly(1, -2.5);
    assertThatThrownBy(() -> ByYear.ofOwned(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value for year index 1 must be finite, was NaN");
    assertThatThrownBy(() -> ByYear.of(1, Double.NaN)).hasMessage("value for year index 1 must be finite, was NaN");
  }
}
