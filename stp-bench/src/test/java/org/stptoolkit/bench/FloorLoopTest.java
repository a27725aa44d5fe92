package org.stptoolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

/** The floor is honest: its numbers are the engine's, on the real example and on a synthetic nation. */
class FloorLoopTest {

  /** £'000; the floor does the engine's operations in the engine's order, so they agree to rounding noise. */
  private static final double TOLERANCE = 1e-6;

  private static void assertFloorEqualsEngine(List<Footprint> footprints) {
    List<FloorLoop.Flat> flat = FloorLoop.flattenAll(footprints);
    FloorLoop.Scratch scratch = new FloorLoop.Scratch(flat);
    for (int i = 0; i < footprints.size(); i++) {
      Footprint fp = footprints.get(i);
      FloorLoop.Flat f = flat.get(i);
      ResolvedFootprint r = ResolvedFootprint.of(fp);
      List<ValidationFinding> findings = new ArrayList<>();
      Projection doNothing = DoNothingProjection.run(r);
      List<SolutionLine> solutions = SolutionEngine.compute(doNothing, findings);
      List<BridgeResult> bridges = FinancialBridge.compute(doNothing, solutions, findings);

      double[] out = new double[r.projectionLength()];
      FloorLoop.project(f, out);
      assertThat(out).as(fp.name() + " projection").containsExactly(doNothing.toArray());

      double check = FloorLoop.run(f, scratch);
      assertThat(check).as(fp.name() + " checksum").isFinite();
      assertThat(f.scopes()).as(fp.name() + " scopes").isEqualTo(bridges.size());
      // The plan's printed rows: the floor compares each one the engine makes a finding for, and finds
      // the same rows beyond the rounding tolerance (the engine's WARNINGs).
      List<ValidationFinding> printed = findings.stream()
          .filter(x -> x.rule().equals(FinancialBridge.PUBLISHED_DO_SOMETHING)
              || x.rule().equals(FinancialBridge.PUBLISHED_TOTAL_SOLUTION_VALUE))
          .toList();
      assertThat(scratch.printedRows).as(fp.name() + " printed rows compared").isEqualTo(printed.size());
      assertThat(scratch.printedRowsBeyond).as(fp.name() + " printed rows beyond tolerance")
          .isEqualTo((int) printed.stream().filter(x -> x.severity() == Severity.WARNING).count());
      for (int sc = 0; sc < bridges.size(); sc++) {
        BridgeResult b = bridges.get(sc);
        for (int y = 0; y < f.years(); y++) {
          assertThat(FloorLoop.doSomething(f, scratch, sc, y))
              .as(fp.name() + " " + b.scope() + " do-something year " + y)
              .isCloseTo(b.doSomething().get(y), within(TOLERANCE));
        }
      }
    }
  }

  @Test
  void floorGivesTheEnginesBridgeOnTheExample() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    assertFloorEqualsEngine(List.of(fp));
    // The seed's do-something in 2020/21 (1,420), as the engine reproduces it.
    FloorLoop.Flat f = FloorLoop.flatten(fp);
    FloorLoop.Scratch w = new FloorLoop.Scratch(List.of(f));
    FloorLoop.run(f, w);
    assertThat(FloorLoop.doSomething(f, w, 0, 4)).isCloseTo(1_420, within(1.0));
    // The example prints the health total solution value and do-something rows and Staffordshire County
    // Council's do-something row: all three compared, all within ±1.
    assertThat(w.printedRows).isEqualTo(3);
    assertThat(w.printedRowsBeyond).isZero();
  }

  @Test
  void floorGivesTheEnginesBridgeOnTheSyntheticNation() {
    assertFloorEqualsEngine(Nations.footprints(44));
  }

  @Test
  void floorRunsTwiceWithTheSameScratchAndGivesTheSameAnswer() {
    List<FloorLoop.Flat> flat = FloorLoop.flattenAll(Nations.footprints(44));
    FloorLoop.Scratch w = new FloorLoop.Scratch(flat);
    double first = 0;
    for (FloorLoop.Flat f : flat) {
      first += FloorLoop.run(f, w);
    }
    double second = 0;
    for (FloorLoop.Flat f : flat) {
      second += FloorLoop.run(f, w);
    }
    assertThat(second).isEqualTo(first);
  }
}
