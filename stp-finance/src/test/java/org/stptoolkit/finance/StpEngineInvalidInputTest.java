package org.stptoolkit.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.model.validation.InvalidInputException;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * The engine's two entry points on the synthetic nation: {@link StpEngine#run} hands out figures only from
 * valid input, {@link StpEngine#runAllowingErrors} gives a result whatever the findings.
 */
class StpEngineInvalidInputTest {

  private static final List<Footprint> NATION = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 2016L, 1);

  /** The footprint with its first provider service line's income made negative (an ABSURD_VALUE error). */
  private static Footprint negativeIncome(Footprint fp) {
    List<ServiceLine> lines = new ArrayList<>(fp.baseline().serviceLines());
    lines.set(0, lines.get(0).toBuilder().incomeGbpK(-lines.get(0).incomeGbpK()).build());
    return fp.withBaseline(new Baseline(fp.baseline().year(), fp.baseline().normalisation(), lines));
  }

  @Test
  void validFootprintsRunTheSameThroughBothEntryPointsAndHaveNoError() {
    for (Footprint fp : NATION.subList(0, 8)) {
      FootprintResult strict = StpEngine.DEFAULT.run(fp);
      assertThat(strict.findings().hasErrors()).as(fp.name()).isFalse();
      assertThat(StpEngine.DEFAULT.runAllowingErrors(fp)).as(fp.name()).isEqualTo(strict);
    }
  }

  @Test
  void aFootprintWithAnErrorGetsNoFiguresFromRunButAnExceptionCarryingEveryFinding() {
    for (Footprint valid : NATION.subList(8, 16)) {
      Footprint bad = negativeIncome(valid);
      String organisation = bad.baseline().serviceLines().get(0).organisationCode();
      assertThatThrownBy(() -> StpEngine.DEFAULT.run(bad)).as(bad.name())
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.findings().all()).containsAll(FootprintValidator.DEFAULT.validate(bad).all());
            assertThat(e.errors()).extracting(ValidationFinding::rule).contains(FootprintValidator.ABSURD_VALUE);
            assertThat(e.getMessage()).startsWith("ERROR ABSURD_VALUE " + organisation);
          });
      // the explicit choice: figures with the errors beside them, as before
      FootprintResult anyway = StpEngine.DEFAULT.runAllowingErrors(bad);
      assertThat(anyway.findings().hasErrors()).isTrue();
      assertThat(anyway.health().doSomething().size()).isEqualTo(bad.period().size());
      // Monte Carlo refuses it too, whether given the footprint or the result with errors
      MonteCarloSpec spec = MonteCarloSpec.typical(64, 1L);
      assertThatThrownBy(() -> MonteCarlo.run(bad, spec)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> MonteCarlo.run(anyway, StpEngine.DEFAULT.resolve(bad), spec))
          .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("ERROR ABSURD_VALUE");
    }
  }

  @Test
  void aMissingFootprintIsRefusedWithItsName() {
    assertThatThrownBy(() -> StpEngine.DEFAULT.run((Footprint) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("footprint is required but was missing");
    assertThatThrownBy(() -> StpEngine.DEFAULT.runAllowingErrors((Footprint) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("footprint is required but was missing");
    assertThatThrownBy(() -> StpEngine.withRealisationFactors(null))
        .hasMessage("realisation factors is required but was missing");
  }
}
