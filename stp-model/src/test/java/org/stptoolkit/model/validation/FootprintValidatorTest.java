package org.stptoolkit.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.LocalPlan;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.TestFootprints;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.Driver;
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

  private static Findings validate(Footprint.Builder b) {
    return validate(b.build());
  }

  /** The minimal footprint with another acute service line. */
  private static Footprint.Builder withAcuteLine(ServiceLine line) {
    return TestFootprints.builder().baseline(new Baseline(TestFootprints.BASE,
        List.of(TestFootprints.ACUTE_NORMALISATION, TestFootprints.CCG_NORMALISATION),
        List.of(line, TestFootprints.CCG_LINE)));
  }

  /** The minimal footprint with another acute normalisation row. */
  private static Footprint.Builder withAcuteNormalisation(NormalisationEntry entry) {
    return TestFootprints.builder().baseline(new Baseline(TestFootprints.BASE,
        List.of(entry, TestFootprints.CCG_NORMALISATION),
        List.of(TestFootprints.ACUTE_LINE, TestFootprints.CCG_LINE)));
  }

  @Test
  void minimalFootprintHasNoFindingsAtAll() {
    assertThat(validate(TestFootprints.minimal()).all()).isEmpty();
  }

  @Test
  void duplicateOrganisationCodeIsAnError() {
    var b = TestFootprints.builder();
    b.organisation(Organisation.of("ACUTE", "Another Trust", OrganisationType.ACUTE_TRUST));
    assertThat(validate(b).ofRule(FootprintValidator.DUPLICATE_ORGANISATION)).singleElement()
        .satisfies(f -> assertThat(f.isError()).isTrue());
  }

  @Test
  void serviceLineOfUnknownOrganisationIsAnErrorNamingTheKnownOnes() {
    var b = TestFootprints.builder();
    b.serviceLine(ServiceLine.builder("GHOST", "Acute").incomeGbpK(10).staffCostsGbpK(1).variableCostsGbpK(1)
        .fixedCostsGbpK(1).build());
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_ORGANISATION)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("GHOST").contains("ACUTE, CCG1"));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.UNKNOWN_ORGANISATION)).isEmpty();
  }

  @Test
  void organisationUnderAnUndefinedLocalPlanIsAnError() {
    var b = TestFootprints.builder();
    b.organisation(new Organisation("LTH", "Leeds Teaching Hospitals", OrganisationType.ACUTE_TRUST,
        "LEEDS", true));
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_LOCAL_PLAN)).hasSize(1);
    b.localPlan(new LocalPlan("LEEDS", "Leeds"));
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_LOCAL_PLAN)).isEmpty();
  }

  @Test
  void solutionNamingAnUndefinedCostPoolIsAnError() {
    var b = TestFootprints.builder();
    b.solution(Solution.builder(2, "Estates", SolutionCategory.REDUCE_FIXED_COSTS).maturity(Maturity.UNIDENTIFIED)
        .rule(new PercentOfPool("estate", 0.01, TestFootprints.PERIOD.firstYear(), true)).build());
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_COST_POOL)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("\"estate\"").contains("acute"));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.UNKNOWN_COST_POOL)).isEmpty();
  }

  @Test
  void amountForAYearOutsideThePlanIsAnError() {
    var b = TestFootprints.builder();
    b.solutions(List.of(TestFootprints.CIP.toBuilder()
        .phasedGbpK(YearlyAmounts.of(TestFootprints.PERIOD.firstYear(), 1, 2, 3, 4, 5, 6)).build()));
    assertThat(validate(b).ofRule(FootprintValidator.YEAR_OUTSIDE_PLAN)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("2021/22").contains("2016/17 to 2020/21"));
  }

  @Test
  void publishedBridgeRowsForAYearOutsideThePlanAreErrors() {
    var b = TestFootprints.builder();
    b.publishedDoNothing(new org.stptoolkit.model.finance.DoNothingTrajectory("HEALTH", "plan",
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
    b.organisation(Organisation.of("SSSFT", "SSSFT", OrganisationType.MENTAL_HEALTH_TRUST));
    b.serviceLine(ServiceLine.builder("SSSFT", "Mental Health").incomeGbpK(177_342).staffCostsGbpK(102_291)
        .variableCostsGbpK(32_736).fixedCostsGbpK(32_785).reportedSurplusGbpK(9_350.0).build());
    List<ValidationFinding> found = validate(b).ofRule(FootprintValidator.SERVICE_LINE_SURPLUS);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.toString()).contains("SSSFT 2015/16 Mental Health").contains("9,530")
          .contains("9,350").contains("difference of 180");
    });
  }

  @Test
  void serviceLineOffByOneIsRoundingInformation() {
    var b = withAcuteLine(TestFootprints.ACUTE_LINE.toBuilder().reportedSurplusGbpK(-999.0).build());
    assertThat(validate(b).ofRule(FootprintValidator.SERVICE_LINE_SURPLUS)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void organisationWhoseLinesDoNotSumToItsReportedSurplusIsFlagged() {
    var b = withAcuteNormalisation(new NormalisationEntry("ACUTE", -1200, -300, 0, -1500.0));
    assertThat(validate(b).ofRule(FootprintValidator.ORGANISATION_SURPLUS)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.ORGANISATION_SURPLUS)).isEmpty();
  }

  @Test
  void printedNormalisedSurplusThatDoesNotAddUpIsFlagged() {
    var b = withAcuteNormalisation(new NormalisationEntry("ACUTE", -1000, -500, 0, -1400.0));
    assertThat(validate(b).ofRule(FootprintValidator.NORMALISED_SURPLUS)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("(1,500)").contains("(1,400)"));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.NORMALISED_SURPLUS)).isEmpty();
  }

  @Test
  void duplicateSolutionNumberIsAWarningNamingBothSolutions() {
    var b = TestFootprints.builder();
    b.solution(Solution.builder(1, "Estates", SolutionCategory.REDUCE_FIXED_COSTS)
        .phasedGbpK(YearlyAmounts.of(TestFootprints.PERIOD.firstYear(), 0, 5)).build());
    assertThat(validate(b).ofRule(FootprintValidator.DUPLICATE_SOLUTION_NUMBER)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.toString()).contains("CIP").contains("Estates");
        });
  }

  @Test
  void amountTypedInPoundsRatherThanThousandsIsSuspected() {
    var b = withAcuteLine(TestFootprints.ACUTE_LINE.toBuilder().variableCostsGbpK(25_000_000)
        .reportedSurplusGbpK(null).build());
    assertThat(validate(b).ofRule(FootprintValidator.UNIT_CONFUSION)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("variable costs").contains("£'000"));
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.UNIT_CONFUSION)).isEmpty();
  }

  @Test
  void amountBeyondAnyNhsScaleIsAbsurd() {
    var b = withAcuteLine(ServiceLine.builder("ACUTE", "Acute").incomeGbpK(90_000_000).staffCostsGbpK(60_000_000)
        .variableCostsGbpK(25_000_000).fixedCostsGbpK(16_000_000).build());
    assertThat(validate(b).ofRule(FootprintValidator.ABSURD_VALUE)).hasSize(2);
    assertThat(validate(TestFootprints.minimal()).ofRule(FootprintValidator.ABSURD_VALUE)).isEmpty();
  }

  @Test
  void missingDriverYearIsAWarning() {
    var b = TestFootprints.builder();
    b.driver(Driver.TARIFF_UPLIFT, YearlyRates.of(TestFootprints.PERIOD.firstYear(), 0.01, 0.01));
    assertThat(validate(b).ofRule(FootprintValidator.MISSING_DRIVER)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("tariffUplift").contains("2018/19, 2019/20, 2020/21"));
  }

  @Test
  void overrideForAnUnknownOrganisationIsAnError() {
    var b = TestFootprints.builder();
    b.override("NOBODY", DriverSet.none());
    assertThat(validate(b).ofRule(FootprintValidator.UNKNOWN_ORGANISATION)).hasSize(1);
  }

  @Test
  void footprintWithNeitherTrajectoryNorServiceLinesCannotBeProjected() {
    var b = TestFootprints.builder();
    b.baseline(new Baseline(TestFootprints.BASE, List.of(), List.of()));
    assertThat(validate(b).ofRule(FootprintValidator.NO_DO_NOTHING)).hasSize(1);
    b.publishedDoNothing(new org.stptoolkit.model.finance.DoNothingTrajectory("HEALTH", "plan",
        YearlyAmounts.of(TestFootprints.PERIOD.firstYear(), -1, -2), null, null, Provenance.PUBLISHED));
    assertThat(validate(b).ofRule(FootprintValidator.NO_DO_NOTHING)).isEmpty();
  }

  @Test
  void nhsOrganisationWithoutNormalisationRowIsAWarning() {
    var b = TestFootprints.builder();
    b.organisation(Organisation.of("MH", "Mental Health Trust", OrganisationType.MENTAL_HEALTH_TRUST));
    assertThat(validate(b).ofRule(FootprintValidator.MISSING_NORMALISATION)).hasSize(1);
    b.organisations(List.of(b.build().organisations().get(0), b.build().organisations().get(1),
        new Organisation("MH", "Mental Health Trust", OrganisationType.MENTAL_HEALTH_TRUST, null, false)));
    assertThat(validate(b).ofRule(FootprintValidator.MISSING_NORMALISATION)).isEmpty();
  }

  @Test
  void indicatorWithZeroDenominatorIsAnError() {
    Footprint ok = TestFootprints.minimal();
    IndicatorValue fine = IndicatorValue.builder("AE4", "ACUTE", "2015/16").areaName("Acute").numerator(5.0)
        .denominator(10.0).build();
    IndicatorValue zero = fine.toBuilder().denominator(0.0).build();
    Footprint bad = ok.withIndicatorValues(List.of(zero, fine));
    assertThat(validate(bad).ofRule(FootprintValidator.ZERO_DENOMINATOR)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("AE4 ACUTE 2015/16"));
  }
}
