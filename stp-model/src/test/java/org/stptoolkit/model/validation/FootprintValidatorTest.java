package org.stptoolkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.LocalPlan;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.TestFootprints;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;

/** Every rule of {@link FootprintValidator}: one test that triggers it, one that does not. */
class FootprintValidatorTest {

  private static Findings validate(Footprint fp) {
    return FootprintValidator.DEFAULT.validate(fp);
  }

  private static Findings validate(TestFootprints.Builder b) {
    return validate(b.build());
  }

  @Test
  void minimalFootprintHasNoFindingsAtAll() {
    assertThat(validate(TestFootprints.minimal()).all()).isEmpty();
  }

  @Test
  void duplicateOrganisationCodeIsAnError() {
    var b = TestFootprints.builder();
    b.organisations.add(Organisation.of("ACUTE", "Another Trust", OrganisationType.ACUTE_TRUST));
    assertThat(validate(b).ofRule(FootprintValidator.DUPLICATE_ORGANISATION)).singleElement()
        .satisfies(f -> assertThat(f.isError()).isTrue());
  }

  @Test
  void serviceLineOfUnknownOrganisationIsAnErrorNamingTheKnownOnes() {
    var b = TestFootprints.builder();
    b.lines.add(new ServiceLine("GHOST", "Acute", 10, 1, 1, 1, 0, null));
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_ORGANISATION)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("GHOST").contains("ACUTE, CCG1"));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.UNKNOWN_ORGANISATION)).isEmpty();
  }

  @Test
  void organisationUnderAnUndefinedLocalPlanIsAnError() {
    var b = TestFootprints.builder();
    b.organisations.add(new Organisation("LTH", "Leeds Teaching Hospitals", OrganisationType.ACUTE_TRUST,
        "LEEDS", true));
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_LOCAL_PLAN)).hasSize(1);
    b.localPlans.add(new LocalPlan("LEEDS", "Leeds"));
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_LOCAL_PLAN)).isEmpty();
  }

  @Test
  void solutionNamingAnUndefinedCostPoolIsAnError() {
    var b = TestFootprints.builder();
    b.solutions.add(new Solution(2, "Estates", "HEALTH", SolutionCategory.REDUCE_FIXED_COSTS,
        Maturity.UNIDENTIFIED, List.of(), null,
        new PercentOfPool("estate", 0.01, TestFootprints.PERIOD.firstYear(), true), "", null));
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_COST_POOL)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("\"estate\"").contains("acute"));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.UNKNOWN_COST_POOL)).isEmpty();
  }

  @Test
  void amountForAYearOutsideThePlanIsAnError() {
    var b = TestFootprints.builder();
    b.solutions.set(0, new Solution(1, "CIP", "HEALTH", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY,
        null, List.of("acute"), YearlyAmounts.of(TestFootprints.PERIOD.firstYear(), 1, 2, 3, 4, 5, 6),
        null, "", null));
    assertThat(validate(b).ofRule(FootprintValidator.YEAR_OUTSIDE_PLAN)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("2021/22").contains("2016/17 to 2020/21"));
  }

  @Test
  void publishedBridgeRowsForAYearOutsideThePlanAreErrors() {
    var b = TestFootprints.builder();
    b.published.add(new org.stptoolkit.model.finance.DoNothingTrajectory("HEALTH", "plan",
        YearlyAmounts.of(TestFootprints.PERIOD.firstYear(), -1, -2),
        YearlyAmounts.of(TestFootprints.PERIOD.lastYear().plus(1), 5),
        YearlyAmounts.of(TestFootprints.PERIOD.firstYear().plus(-1), -3), Provenance.PUBLISHED));
    assertThat(validate(b).ofRule(FootprintValidator.YEAR_OUTSIDE_PLAN))
        .extracting(ValidationFinding::toString)
        .satisfiesExactlyInAnyOrder(
            f -> assertThat(f).contains("published total solution value HEALTH 2021/22"),
            f -> assertThat(f).contains("published do-something HEALTH 2015/16"));
  }

  @Test
  void serviceLineThatDoesNotSumIsAWarningWithBothNumbersAndTheDifference() {
    var b = TestFootprints.builder();
    // The seed's SSSFT 2015/16 line.
    b.organisations.add(Organisation.of("SSSFT", "SSSFT", OrganisationType.MENTAL_HEALTH_TRUST));
    b.lines.add(new ServiceLine("SSSFT", "Mental Health", 177_342, 102_291, 32_736, 32_785, 0, 9_350.0));
    List<ValidationFinding> found = validate(b).ofRule(FootprintValidator.SERVICE_LINE_SURPLUS);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.toString()).contains("SSSFT 2015/16 Mental Health").contains("9,530")
          .contains("9,350").contains("difference of 180");
    });
  }

  @Test
  void serviceLineOffByOneIsRoundingInformation() {
    var b = TestFootprints.builder();
    b.lines.set(0, new ServiceLine("ACUTE", "Acute", 100_000, 60_000, 25_000, 16_000, 0, -999.0));
    assertThat(validate(b).ofRule(FootprintValidator.SERVICE_LINE_SURPLUS)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void organisationWhoseLinesDoNotSumToItsReportedSurplusIsFlagged() {
    var b = TestFootprints.builder();
    b.normalisation.set(0, new NormalisationEntry("ACUTE", -1200, -300, 0, -1500.0));
    assertThat(validate(b).ofRule(FootprintValidator.ORGANISATION_SURPLUS)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.ORGANISATION_SURPLUS)).isEmpty();
  }

  @Test
  void printedNormalisedSurplusThatDoesNotAddUpIsFlagged() {
    var b = TestFootprints.builder();
    b.normalisation.set(0, new NormalisationEntry("ACUTE", -1000, -500, 0, -1400.0));
    assertThat(validate(b).ofRule(FootprintValidator.NORMALISED_SURPLUS)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("(1,500)").contains("(1,400)"));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.NORMALISED_SURPLUS)).isEmpty();
  }

  @Test
  void duplicateSolutionNumberIsAWarningNamingBothSolutions() {
    var b = TestFootprints.builder();
    b.solutions.add(new Solution(1, "Estates", "HEALTH", SolutionCategory.REDUCE_FIXED_COSTS, null,
        List.of(), YearlyAmounts.of(TestFootprints.PERIOD.firstYear(), 0, 5), null, "", null));
    assertThat(validate(b).ofRule(FootprintValidator.DUPLICATE_SOLUTION_NUMBER)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.toString()).contains("CIP").contains("Estates");
        });
  }

  @Test
  void amountTypedInPoundsRatherThanThousandsIsSuspected() {
    var b = TestFootprints.builder();
    b.lines.set(0, new ServiceLine("ACUTE", "Acute", 100_000, 60_000, 25_000_000, 16_000, 0, null));
    assertThat(validate(b).ofRule(FootprintValidator.UNIT_CONFUSION)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("variable costs").contains("£'000"));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.UNIT_CONFUSION)).isEmpty();
  }

  @Test
  void amountBeyondAnyNhsScaleIsAbsurd() {
    var b = TestFootprints.builder();
    b.lines.set(0, new ServiceLine("ACUTE", "Acute", 90_000_000, 60_000_000, 25_000_000, 16_000_000, 0, null));
    assertThat(validate(b).ofRule(FootprintValidator.ABSURD_VALUE)).hasSize(2);
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.ABSURD_VALUE)).isEmpty();
  }

  @Test
  void missingDriverYearIsAWarning() {
    var b = TestFootprints.builder();
    DriverSet d = TestFootprints.fullDrivers();
    b.defaults = new DriverSet(YearlyRates.of(TestFootprints.PERIOD.firstYear(), 0.01, 0.01), d.allocationGrowth(),
        d.payInflation(), d.nonPayInflation(), d.demographicGrowth(), d.nonDemographicGrowth(),
        d.continuingHealthcareGrowth(), d.socialCareDemandGrowth(), d.socialCarePriceGrowth(),
        d.socialCareFundingGrowth(), d.efficiency());
    assertThat(validate(b).ofRule(FootprintValidator.MISSING_DRIVER)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("tariffUplift").contains("2018/19, 2019/20, 2020/21"));
  }

  @Test
  void overrideForAnUnknownOrganisationIsAnError() {
    var b = TestFootprints.builder();
    b.overrides = Map.of("NOBODY", DriverSet.none());
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_ORGANISATION)).hasSize(1);
  }

  @Test
  void footprintWithNeitherTrajectoryNorServiceLinesCannotBeProjected() {
    var b = TestFootprints.builder();
    b.lines.clear();
    b.normalisation.clear();
    assertThat(validate(b).ofRule(FootprintValidator.NO_DO_NOTHING)).hasSize(1);
    b.published.add(new org.stptoolkit.model.finance.DoNothingTrajectory("HEALTH", "plan",
        YearlyAmounts.of(TestFootprints.PERIOD.firstYear(), -1, -2), null, null, Provenance.PUBLISHED));
    assertThat(validate(b).ofRule(FootprintValidator.NO_DO_NOTHING)).isEmpty();
  }

  @Test
  void nhsOrganisationWithoutNormalisationRowIsAWarning() {
    var b = TestFootprints.builder();
    b.organisations.add(Organisation.of("MH", "Mental Health Trust", OrganisationType.MENTAL_HEALTH_TRUST));
    assertThat(validate(b).ofRule(FootprintValidator.MISSING_NORMALISATION)).hasSize(1);
    b.organisations.set(2, new Organisation("MH", "Mental Health Trust",
        OrganisationType.MENTAL_HEALTH_TRUST, null, false));
    assertThat(validate(b).ofRule(FootprintValidator.MISSING_NORMALISATION)).isEmpty();
  }

  @Test
  void indicatorWithZeroDenominatorIsAnError() {
    Footprint ok = TestFootprints.minimal();
    IndicatorValue zero = new IndicatorValue("AE4", "ACUTE", "Acute", "2015/16", null, null, null, 5.0,
        0.0, null, null);
    IndicatorValue fine = new IndicatorValue("AE4", "ACUTE", "Acute", "2015/16", null, null, null, 5.0,
        10.0, null, null);
    Footprint bad = new Footprint(ok.number(), ok.name(), ok.region(), ok.lead(), ok.period(),
        ok.organisations(), ok.localPlans(), ok.baseline(), ok.assumptions(), ok.costPools(),
        ok.pressures(), ok.publishedDoNothing(), ok.solutions(), ok.funding(), ok.sensitivities(),
        ok.transformationCosts(), ok.capital(), ok.controlTotals(), ok.activity(),
        ok.indicatorDefinitions(), List.of(zero, fine), ok.notes());
    assertThat(validate(bad).ofRule(FootprintValidator.ZERO_DENOMINATOR)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("AE4 ACUTE 2015/16"));
  }
}
