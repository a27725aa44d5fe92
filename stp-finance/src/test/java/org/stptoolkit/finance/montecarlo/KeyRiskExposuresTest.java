package org.stptoolkit.finance.montecarlo;

import org.stptoolkit.finance.risk.RiskResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** Key risks tied to the money their linked solutions carry and the Monte Carlo spread they drive. */
class KeyRiskExposuresTest {

  private static final double TOLERANCE = 1e-6;
  /** The seed's 2020/21 bridge row "2 CIP/Workforce", £'000. */
  private static final double SEED_CIP_2020_21 = 130_447;
  /** The seed's 2020/21 bridge row "3 Right Care", £'000. */
  private static final double SEED_RIGHT_CARE_2020_21 = 27_000;
  /** Default realisation of a plan in progress (CIP/Workforce's maturity). */
  private static final double PLANS_IN_PROGRESS = 0.75;

  private static final Footprint EXAMPLE = Examples.staffordshireAndStokeOnTrent();
  private static final FootprintResult RESULT = StpEngine.DEFAULT.run(EXAMPLE);

  private static KeyRisk workforceLinkedTo(List<String> solutions, List<String> drivers) {
    return EXAMPLE.risks().get(0).withLinks(solutions, drivers);
  }

  private static int index(String name) {
    return RESULT.solutions().stream().filter(s -> s.name().equals(name)).mapToInt(SolutionLine::index)
        .findFirst().orElseThrow();
  }

  @Test
  void workforceRiskLinkedToCipCarriesTheSeedsFinalYearSavingAndItsMaturityHaircut() {
    KeyRiskExposure e = KeyRiskExposures.of(workforceLinkedTo(List.of("CIP/Workforce"), List.of()), RESULT, null);
    assertThat(e.solutions()).containsExactly("2 CIP/Workforce");
    assertThat(e.netFinalYear()).isCloseTo(SEED_CIP_2020_21, within(0.5));
    assertThat(e.haircutFinalYear()).isCloseTo(e.netFinalYear() * (1 - PLANS_IN_PROGRESS), within(TOLERANCE));
    assertThat(e.riskAdjustedFinalYear()).isCloseTo(e.netFinalYear() * PLANS_IN_PROGRESS, within(TOLERANCE));
    assertThat(e.spreadShare()).isNull();
  }

  @Test
  void twoLinkedSolutionsAddTheirMoney() {
    KeyRiskExposure e = KeyRiskExposures.of(workforceLinkedTo(List.of("CIP/Workforce", "Right Care"), List.of()),
        RESULT, null);
    assertThat(e.netFinalYear()).isCloseTo(SEED_CIP_2020_21 + SEED_RIGHT_CARE_2020_21, within(1.0));
  }

  @Test
  void spreadShareIsTheEnginesVarianceShareOfTheLinkedInputs() {
    MonteCarloResult mc = MonteCarlo.run(EXAMPLE, MonteCarloSpec.typical(8_192, 2016L).withThreads(2));
    double cip = mc.varianceDrivers().stream().filter(v -> v.name().equals("delivery: 2 CIP/Workforce"))
        .findFirst().orElseThrow().contribution();
    double growth = mc.varianceDrivers().stream().filter(v -> v.name().equals("driver: Non-demographic growth"))
        .findFirst().orElseThrow().contribution();
    assertThat(KeyRiskExposures.of(workforceLinkedTo(List.of("CIP/Workforce"), List.of()), RESULT, mc).spreadShare())
        .isEqualTo(cip);
    assertThat(KeyRiskExposures.of(workforceLinkedTo(List.of("CIP/Workforce"),
        List.of(Driver.NON_DEMOGRAPHIC_GROWTH.name())), RESULT, mc).spreadShare())
        .isCloseTo(Math.min(1, cip + growth), within(1e-12));
    assertThat(KeyRiskExposures.of(EXAMPLE.risks().get(1), RESULT, mc).spreadShare()).isZero();
  }

  @Test
  void withOnlyCipAndRightCareUncertainTheirSharesFollowTheirSavingsSquared() {
    // Same independent delivery distribution for both, nothing else varies: the final-year do-something is
    // constant + 130,447·f1 + 27,000·f2, so CIP's share of the variance is 130,447² / (130,447² + 27,000²).
    Distribution d = Distribution.triangular(0.5, 0.75, 1.0);
    MonteCarloSpec spec = MonteCarloSpec.of(20_000, 7L).withThreads(2)
        .withDeliveryBySolution(Map.of(index("CIP/Workforce"), d, index("Right Care"), d));
    MonteCarloResult mc = MonteCarlo.run(EXAMPLE, spec);
    double expectedCip = SEED_CIP_2020_21 * SEED_CIP_2020_21
        / (SEED_CIP_2020_21 * SEED_CIP_2020_21 + SEED_RIGHT_CARE_2020_21 * SEED_RIGHT_CARE_2020_21);
    assertThat(KeyRiskExposures.of(workforceLinkedTo(List.of("CIP/Workforce"), List.of()), RESULT, mc).spreadShare())
        .isCloseTo(expectedCip, within(0.01));
    assertThat(KeyRiskExposures.of(workforceLinkedTo(List.of("CIP/Workforce", "Right Care"), List.of()), RESULT, mc)
        .spreadShare()).isCloseTo(1.0, within(0.01));
  }

  @Test
  void unlinkedRiskThreatensNothing() {
    List<KeyRiskExposure> all = KeyRiskExposures.of(EXAMPLE, RESULT, null);
    assertThat(all).hasSize(8);
    assertThat(all).allSatisfy(e -> {
      assertThat(e.linked()).isFalse();
      assertThat(e.netFinalYear()).isZero();
      assertThat(e.haircutFinalYear()).isZero();
    });
  }

  @Test
  void syntheticFootprintsLinkedRisksCarryTheirSolutionsNetAndHaircut() {
    for (Footprint fp : SyntheticNation.generate(5, 2016, 1)) {
      FootprintResult r = StpEngine.DEFAULT.run(fp);
      for (KeyRiskExposure e : KeyRiskExposures.of(fp, r, null)) {
        // Money: every linked solution, any scope; haircut: the health ones, which the risk adjustment covers.
        double net = r.solutions().stream().filter(s -> e.risk().solutions().contains(s.name()))
            .mapToDouble(s -> s.net().last()).sum();
        double haircut = 0;
        for (RiskResult.AdjustedSolution a : r.risk().solutions()) {
          if (e.risk().solutions().contains(nameOf(r, a.index()))) {
            haircut += a.net().last() - a.riskAdjusted().last();
          }
        }
        assertThat(e.netFinalYear()).as(fp.name() + " " + e.risk().title()).isCloseTo(net, within(TOLERANCE));
        assertThat(e.haircutFinalYear()).as(fp.name()).isCloseTo(haircut, within(TOLERANCE));
        assertThat(e.linked()).isEqualTo(!e.risk().solutions().isEmpty() || !e.risk().drivers().isEmpty());
      }
    }
  }

  private static String nameOf(FootprintResult r, int index) {
    return r.solutions().stream().filter(s -> s.index() == index).findFirst().orElseThrow().name();
  }
}
