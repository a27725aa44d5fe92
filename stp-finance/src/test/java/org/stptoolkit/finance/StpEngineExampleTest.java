package org.stptoolkit.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.internal.FinancialBridge;
import org.stptoolkit.finance.sensitivity.SensitivityImpact;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

/** The embedded Staffordshire and Stoke-on-Trent example against the seed's figures (domain.md §4). */
class StpEngineExampleTest {

  private static final double TOLERANCE = RoundingPolicy.TOLERANCE_GBPK;
  private static final FootprintResult RESULT = StpEngine.DEFAULT.run(Examples.staffordshireAndStokeOnTrent());

  private static final double[] DO_NOTHING = {-159_546, -169_268, -212_666, -252_888, -285_402};
  private static final double[] DO_SOMETHING = {-157_606, -119_557, -111_798, -91_300, 1_420};
  private static final double[] TOTAL_SOLUTION_VALUE = {1_940, 49_711, 100_868, 161_588, 286_822};
  private static final double[][] ROWS = {
      {0, 31_397, 63_444, 96_479, 130_447}, {0, 6_750, 13_500, 20_250, 27_000},
      {0, 2_560, 3_042, 3_529, 4_252}, {0, 1_426, 5_937, 11_521, 15_235},
      {0, -1_990, -4_476, -7_117, -9_853}, {0, 0, 0, 5_737, 14_047},
      {0, 2_000, 6_677, 10_266, 14_944}, {0, 0, 1_500, 4_000, 6_500},
      {1_940, 3_956, 4_021, 4_087, 4_202}, {0, 2_611, 5_222, 5_222, 5_222},
      {0, 0, 0, 5_613, 11_225}, {0, 1_000, 2_000, 2_000, 22_000}};

  private static SolutionLine solution(String name) {
    return RESULT.solutions().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void bridgeReproducesThePublishedPhasedBridgeCellByCell() {
    BridgeResult h = RESULT.health();
    assertThat(h.doNothingSource()).isEqualTo(org.stptoolkit.finance.bridge.DoNothingSource.PUBLISHED);
    for (int y = 0; y < 5; y++) {
      assertThat(h.doNothing().get(y)).as("do-nothing year %d", y).isCloseTo(DO_NOTHING[y], within(TOLERANCE));
      assertThat(h.doSomething().get(y)).as("do-something year %d", y).isCloseTo(DO_SOMETHING[y], within(TOLERANCE));
      assertThat(h.totalSolutionValue().get(y)).as("total solution value year %d", y)
          .isCloseTo(TOTAL_SOLUTION_VALUE[y], within(TOLERANCE));
      for (int s = 0; s < ROWS.length; s++) {
        assertThat(h.solutions().get(s).net().get(y)).as("solution row %d year %d", s, y)
            .isCloseTo(ROWS[s][y], within(TOLERANCE));
      }
    }
    assertThat(h.fundingApplied().last()).isEqualTo(41_600);
  }

  @Test
  void publishedTotalSolutionValueAndDoSomethingRowsAreCarriedBesideTheComputedOnes() {
    BridgeResult h = RESULT.health();
    assertThat(h.publishedDoSomething().toArray()).containsExactly(DO_SOMETHING);
    assertThat(h.publishedTotalSolutionValue().toArray()).containsExactly(TOTAL_SOLUTION_VALUE);
    BridgeResult scc = RESULT.socialCare(org.stptoolkit.model.finance.Scope.council("SCC")).orElseThrow();
    assertThat(scc.publishedDoSomething().last()).isEqualTo(-78_000);
    assertThat(scc.publishedTotalSolutionValue()).isNull();
    BridgeResult sotcc = RESULT.socialCare(org.stptoolkit.model.finance.Scope.council("SOTCC")).orElseThrow();
    assertThat(sotcc.publishedDoSomething()).isNull();
    assertThat(sotcc.publishedTotalSolutionValue()).isNull();
  }

  @Test
  void computedDoSomethingIsWithinOneOfThePrintedRowEveryYear() {
    BridgeResult h = RESULT.health();
    for (int y = 0; y < 5; y++) {
      assertThat(h.doSomething().get(y)).as("do-something year %d", y)
          .isCloseTo(h.publishedDoSomething().get(y), within(TOLERANCE));
      assertThat(h.totalSolutionValue().get(y)).as("total solution value year %d", y)
          .isCloseTo(h.publishedTotalSolutionValue().get(y), within(TOLERANCE));
    }
    // The engine sums the printed rows: (119,558) where the plan prints (119,557).
    assertThat(RoundingPolicy.formatGbpK(h.doSomething().get(1))).isEqualTo("(119,558)");
  }

  @Test
  void roundingDifferenceFromThePrintedDoSomethingIsAnInfoFindingStatingTheTolerance() {
    List<ValidationFinding> found = RESULT.findings().ofRule(FinancialBridge.PUBLISHED_DO_SOMETHING);
    assertThat(found).hasSize(2).allMatch(f -> f.severity() == Severity.INFO);
    assertThat(found.get(0).toString()).contains("HEALTH")
        .contains("(157,606) (119,558) (111,799) (91,301) 1,419")
        .contains("(157,606) (119,557) (111,798) (91,300) 1,420")
        .contains("within the ±1 £'000 rounding tolerance")
        .contains("rounded sums of unrounded workings");
    assertThat(found.get(1).toString()).contains("SCC").contains("(78,000)").contains("2020/21");
    assertThat(RESULT.findings().ofRule(FinancialBridge.PUBLISHED_TOTAL_SOLUTION_VALUE)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void cumulativeDoNothingIsTheSeedsOneBillionEightyMillion() {
    assertThat(RESULT.health().cumulativeDoNothing()).isCloseTo(-1_079_770, within(TOLERANCE));
  }

  @Test
  void deficitFundingRequirementIsNetOfCommittedFundingAndTheSeedPuzzleIsStated() {
    BridgeResult h = RESULT.health();
    assertThat(h.cumulativeDoSomething()).isCloseTo(-478_841, within(5 * TOLERANCE));
    assertThat(h.committedNonRecurrentFunding()).isEqualTo(19_200);
    assertThat(h.deficitFundingRequirement()).isCloseTo(478_845 - 19_200, within(5 * TOLERANCE));
    assertThat(RESULT.notes()).anyMatch(n -> n.contains("361"));
  }

  @Test
  void bridgeConservesMoneyEveryYearOnTheExample() {
    for (BridgeResult b : allBridges()) {
      for (int i = 0; i < 5; i++) {
        final int y = i;
        double sol = b.solutions().stream().mapToDouble(s -> s.net().get(y)).sum();
        assertThat(b.doSomething().get(y) - b.doNothing().get(y) - sol - b.fundingApplied().get(y))
            .isCloseTo(0, within(1e-6));
      }
    }
  }

  private static List<BridgeResult> allBridges() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(RESULT.health()),
        RESULT.socialCare().stream()).toList();
  }

  @Test
  void cipRuleIsWithinOnePercentOfTheSeedEveryYear() {
    SolutionLine cip = solution("CIP/Workforce");
    assertThat(cip.basis()).isEqualTo(SolutionLine.Basis.PHASED);
    for (int y = 1; y < 5; y++) {
      assertThat(cip.ruleGross().get(y)).as("CIP year %d", y).isCloseTo(ROWS[0][y], within(0.01 * ROWS[0][y]));
    }
    assertThat(cip.ruleGross().get(0)).isZero();
  }

  @Test
  void rightCareRuleIsFiftyFourMillionAtFiftyPercentOverFourYears() {
    SolutionLine rc = solution("Right Care");
    for (int y = 0; y < 5; y++) {
      assertThat(rc.ruleGross().get(y)).isCloseTo(ROWS[1][y], within(0.01 * Math.max(1, ROWS[1][y])));
    }
    assertThat(rc.ruleDifference().sum()).isZero();
  }

  @Test
  void otherRulesComeWithinFivePercentOfTheirPublishedRows() {
    for (String name : List.of("Urgent Care", "Frailty & LTC", "Community Hospitals", "System Governance")) {
      SolutionLine s = solution(name);
      for (int y = 0; y < 5; y++) {
        double published = s.gross().get(y);
        assertThat(s.ruleGross().get(y)).as("%s year %d", name, y)
            .isCloseTo(published, within(0.05 * Math.abs(published) + 1));
      }
    }
  }

  @Test
  void driversBasedDoNothingComesNearThePublishedGapIn2020() {
    BridgeResult h = RESULT.health();
    assertThat(h.driversDoNothing().last()).isCloseTo(-285_402, within(0.02 * 285_402));
    assertThat(h.publishedLessDrivers().last()).isEqualTo(h.doNothing().last() - h.driversDoNothing().last());
  }

  @Test
  void baseYearHealthPositionIsTheNormalisedDeficit() {
    assertThat(RESULT.normalisedHealthSurplus()).isCloseTo(-156_758, within(1e-6));
  }

  @Test
  void sensitivitiesComeOutInTheSeedsOrderOfMagnitude() {
    for (SensitivityImpact s : RESULT.sensitivities().single()) {
      double ratio = s.nhsRatioToPublished();
      assertThat(ratio).as(s.name() + " computed/published").isBetween(0.8, 1.25);
    }
    assertThat(RESULT.sensitivities().tornado()).hasSize(4);
  }

  @Test
  void continuingHealthcareSensitivityIsTheSeedsFortyFiveMillion() {
    SensitivityImpact chc = RESULT.sensitivities().single().get(2);
    assertThat(chc.nhsImpact().last()).isCloseTo(45_200, within(100.0));
  }

  @Test
  void activityWorkforceAndBedsComeCloseToTheSeedsDoNothing() {
    var a = RESULT.activity();
    assertThat(a.additionalCases()).isCloseTo(27_906, within(0.01 * 27_906));
    assertThat(a.additionalBeds()).isCloseTo(267, within(3.0));
    assertThat(a.workforce().get(0).additional()).isCloseTo(1_302, within(0.01 * 1_302));
    assertThat(a.workforce().get(1).additional()).isCloseTo(59, within(1.0));
  }

  @Test
  void staffordshireCountyCouncilBridgeClosesTwoHundredAndTwentyFiveMillionToSeventyEight() {
    BridgeResult scc = RESULT.socialCare(org.stptoolkit.model.finance.Scope.council("SCC")).orElseThrow();
    assertThat(scc.doNothing().last()).isEqualTo(-225_000);
    assertThat(scc.doSomething().last()).isEqualTo(-78_000);
  }

  @Test
  void transformationCostsAreThirtyMillionAYearAndCapitalTwentyMillion() {
    assertThat(RESULT.planCosts().transformationInYear().toArray())
        .containsExactly(0, 30_000, 30_000, 30_000, 30_000);
    assertThat(RESULT.planCosts().capital().sum()).isEqualTo(20_000);
  }

  @Test
  void exampleRunsWithoutErrorFindings() {
    assertThat(RESULT.findings().hasErrors()).isFalse();
  }

  @Test
  void riskAdjustedPositionIsWorseThanUnadjustedWhenSavingsArePositive() {
    var risk = RESULT.risk();
    for (int y = 1; y < 5; y++) {
      assertThat(risk.riskAdjustedDoSomething().get(y)).isLessThan(risk.doSomething().get(y));
    }
  }
}
