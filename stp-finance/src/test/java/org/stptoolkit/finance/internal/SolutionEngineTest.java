package org.stptoolkit.finance.internal;

import org.stptoolkit.finance.solution.SolutionLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stptoolkit.finance.TestFootprints.PERIOD;
import static org.stptoolkit.finance.TestFootprints.Y1;
import static org.stptoolkit.finance.TestFootprints.Y2;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.TestFootprints;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.activity.PointOfDelivery;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;
import org.stptoolkit.model.solution.SolutionRule;
import org.stptoolkit.model.validation.ValidationFinding;

/** Each rule kind worked by hand on the tiny footprint with zero growth (pools stay at base values). */
class SolutionEngineTest {

  private static final double TOLERANCE = 1e-9;

  private static Solution rule(String pool, SolutionRule rule) {
    return new Solution(1, "S", null, SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY, Maturity.OPPORTUNITY,
        List.of(pool), null, rule, "", Provenance.ILLUSTRATIVE);
  }

  private static Solution phased(String pool, double... amounts) {
    return new Solution(1, "S", null, SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY, Maturity.OPPORTUNITY,
        pool == null ? List.of() : List.of(pool), YearlyAmounts.of(Y1, amounts), null, "", Provenance.ILLUSTRATIVE);
  }

  private static List<SolutionLine> sut(Solution... solutions) {
    var fp = TestFootprints.tiny(TestFootprints.zeroDrivers(), List.of(solutions), List.of());
    var r = ResolvedFootprint.of(fp);
    List<ValidationFinding> findings = new ArrayList<>();
    return SolutionEngine.compute(DoNothingProjection.run(r), findings);
  }

  @Test
  void percentOfPoolCumulativeSavesTwoPercentMoreEachYear() {
    var s = sut(rule("provider", new PercentOfPool("provider", 0.02, Y1, true))).get(0);
    assertThat(s.basis()).isEqualTo(SolutionLine.Basis.RULE);
    assertThat(s.net().toArray()).containsExactly(20, 40);
  }

  @Test
  void percentOfPoolNotCumulativeSavesTheSameShareEachYear() {
    var s = sut(rule("provider", new PercentOfPool("provider", 0.02, Y2, false))).get(0);
    assertThat(s.net().toArray()).containsExactly(0, 20);
  }

  @Test
  void opportunityRealisationPhasesEvenly() {
    var s = sut(rule("provider", new OpportunityRealisation(1000, 0.5, Y1, 4))).get(0);
    assertThat(s.net().toArray()).containsExactly(125, 250);
  }

  @Test
  void activityShiftSavesMovedSpellsLessReprovision() {
    // 100 spells × 20% × £1,000 / 1000 × (1 − 25%) = 15 £'000 at full ramp-up.
    var s = sut(rule("pvar", new ActivityShift("pvar", PointOfDelivery.NON_ELECTIVE, 100, 0.2, 1000, 0.25,
        YearlyRates.of(Y1, 0.5, 1.0)))).get(0);
    assertThat(s.net().get(0)).isCloseTo(7.5, within(TOLERANCE));
    assertThat(s.net().get(1)).isCloseTo(15, within(TOLERANCE));
  }

  @Test
  void bedClosureSavesBedsTimesCostAndCarriesTheRampForward() {
    var s = sut(rule("provider", new BedClosure("provider", 10, 2, YearlyRates.of(Y1, 0.5)))).get(0);
    assertThat(s.net().toArray()).containsExactly(10, 10);
  }

  @Test
  void overheadRemovalTakesAShareOfThePool() {
    var s = sut(rule("running", new OverheadRemoval("running", 0.1, YearlyRates.of(Y1, 1.0)))).get(0);
    assertThat(s.net().toArray()).containsExactly(5, 5);
  }

  @Test
  void secondSolutionOnThePoolSavesOnlyFromWhatTheFirstLeft() {
    var lines = sut(rule("provider", new PercentOfPool("provider", 0.1, Y1, false)),
        rule("provider", new PercentOfPool("provider", 0.1, Y1, false)));
    // Each takes 10% of the previous year's spend; in 2017/18 the first has already saved 100 of 2016/17's 1,000.
    assertThat(lines.get(0).net().get(1)).isEqualTo(100);
    assertThat(lines.get(1).gross().get(1)).isEqualTo(100);
    assertThat(lines.get(1).net().get(1)).isEqualTo(90);
    assertThat(lines.get(1).doubleCount().get(1)).isEqualTo(10);
  }

  @Test
  void savingsNeverExceedThePoolTheyActOn() {
    var lines = sut(phased("pvar", 150, 150), phased("pvar", 150, 150));
    assertThat(lines.get(0).net().toArray()).containsExactly(150, 150);
    assertThat(lines.get(1).net().toArray()).containsExactly(50, 50);
    assertThat(lines.get(1).doubleCount().toArray()).containsExactly(100, 100);
  }

  @Test
  void additionalCostIsANegativeSavingAndNeverCapped() {
    var s = sut(phased("pvar", -500, -900)).get(0);
    assertThat(s.net().toArray()).containsExactly(-500, -900);
    assertThat(s.doubleCount().toArray()).containsExactly(0, 0);
  }

  @Test
  void phasedAmountsWinOverTheRuleAndTheDifferenceIsReported() {
    var both = new Solution(1, "S", null, SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY, Maturity.OPPORTUNITY,
        List.of("provider"), YearlyAmounts.of(Y1, 25, 30), new PercentOfPool("provider", 0.02, Y1, true), "",
        Provenance.PUBLISHED);
    var s = sut(both).get(0);
    assertThat(s.basis()).isEqualTo(SolutionLine.Basis.PHASED);
    assertThat(s.net().toArray()).containsExactly(25, 30);
    assertThat(s.ruleGross().toArray()).containsExactly(20, 40);
    assertThat(s.ruleDifference().toArray()).containsExactly(-5, 10);
  }

  @Test
  void unknownPoolGivesAFindingNotAFailure() {
    var fp = TestFootprints.tiny(TestFootprints.zeroDrivers(),
        List.of(rule("nowhere", new OverheadRemoval("nowhere", 0.1, YearlyRates.flat(PERIOD, 1)))), List.of());
    List<ValidationFinding> findings = new ArrayList<>();
    var lines = SolutionEngine.compute(DoNothingProjection.run(ResolvedFootprint.of(fp)), findings);
    assertThat(lines.get(0).net().toArray()).containsExactly(0, 0);
    assertThat(findings).anyMatch(f -> f.rule().equals(SolutionEngine.RULE_NOT_COMPUTED));
  }
}
