package org.stptoolkit.finance.projection;

import org.stptoolkit.finance.internal.ResolvedFootprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.ValidationFinding;

/** The engine says what it assumed where the input does not say it outright (issue 13, item 6). */
class EngineAssumptionsTest {

  private static final double TOLERANCE = 1e-12;

  @Test
  void anOverrideGivingThreeOfFiveYearsTakesTheFootprintDefaultForTheOtherTwoWithAnInfoFinding() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    // pay inflation 3% for UHNM in 2016/17 to 2018/19 only; the footprint default is 1% every year
    DriverSet own = Driver.toSet(Map.of(Driver.PAY_INFLATION, YearlyRates.of(FinancialYear.parse("2016/17"), 0.03, 0.03, 0.03)));
    Footprint overridden = fp.withAssumptions(new Assumptions(fp.assumptions().defaults(), Map.of("UHNM", own)));
    ResolvedFootprint r = ResolvedFootprint.of(overridden);
    int uhnm = r.organisationIndex("UHNM");
    assertThat(r.rate(uhnm, Driver.PAY_INFLATION, 0)).isCloseTo(0.03, org.assertj.core.data.Offset.offset(TOLERANCE));
    assertThat(r.rate(uhnm, Driver.PAY_INFLATION, 2)).isCloseTo(0.03, org.assertj.core.data.Offset.offset(TOLERANCE));
    assertThat(r.rate(uhnm, Driver.PAY_INFLATION, 3)).isCloseTo(0.01, org.assertj.core.data.Offset.offset(TOLERANCE));
    assertThat(r.rate(uhnm, Driver.PAY_INFLATION, 4)).isCloseTo(0.01, org.assertj.core.data.Offset.offset(TOLERANCE));
    assertThat(r.findings()).map(ValidationFinding::toString).contains(
        "INFO OVERRIDE_YEAR_DEFAULTED assumption override UHNM pay inflation: expected a rate for every plan year in an"
            + " organisation's override, found none for 2019/20, 2020/21; the footprint default for those years was used");
    // other organisations keep the default, and an override of a whole driver is untouched
    assertThat(r.rate(r.organisationIndex("BHFT"), Driver.PAY_INFLATION, 0)).isCloseTo(0.01, org.assertj.core.data.Offset.offset(TOLERANCE));
  }

  @Test
  void anOrganisationOutsideTheTemplateCarryingServiceLinesIsAWarning() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();   // VIRGIN is outside the financial template
    List<ServiceLine> lines = new ArrayList<>(fp.baseline().serviceLines());
    lines.add(ServiceLine.builder("VIRGIN", "Community").incomeGbpK(10_000).staffCostsGbpK(6_000)
        .variableCostsGbpK(3_000).fixedCostsGbpK(1_000).build());
    Footprint changed = fp.withBaseline(new Baseline(fp.baseline().year(), fp.baseline().normalisation(), lines));
    assertThat(StpEngine.DEFAULT.run(changed).findings().all()).map(ValidationFinding::toString).contains(
        "WARNING OUTSIDE_TEMPLATE_WITH_SERVICE_LINES organisation VIRGIN: expected no service lines for an organisation"
            + " outside the financial template, found 1 service line(s); they are counted in the footprint's position"
            + " as given (remove them, or mark the organisation in the financial template)");
    assertThat(StpEngine.DEFAULT.run(fp).findings().all()).noneMatch(f -> f.rule().equals("OUTSIDE_TEMPLATE_WITH_SERVICE_LINES"));
  }

  @Test
  void aNormalisationRowWithoutServiceLinesSaysWhatIsAssumed() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    List<ServiceLine> lines = fp.baseline().serviceLines().stream().filter(l -> !l.organisationCode().equals("NSCHT")).toList();
    Footprint changed = fp.withBaseline(new Baseline(fp.baseline().year(), fp.baseline().normalisation(), lines));
    assertThat(ResolvedFootprint.of(changed).findings()).map(ValidationFinding::toString).contains(
        "INFO NORMALISATION_WITHOUT_SERVICE_LINES organisation NSCHT: expected service lines for an organisation with a"
            + " normalisation row, found none; its normalised surplus is carried into the plan years as the normalisation"
            + " adjustment alone, moving as the organisation's income moves, as every normalisation adjustment does"
            + " (there are no costs for the drivers to grow)");
    assertThat(ResolvedFootprint.of(fp).findings()).noneMatch(f -> f.rule().equals("NORMALISATION_WITHOUT_SERVICE_LINES"));
  }

  @Test
  void theSyntheticNationNeedsNoneOfTheseAssumptions() {
    for (Footprint fp : SyntheticNation.generate(44, 2016L, 1)) {
      assertThat(ResolvedFootprint.of(fp).findings()).as(fp.name()).noneMatch(f -> f.rule().equals("OVERRIDE_YEAR_DEFAULTED")
          || f.rule().equals("OUTSIDE_TEMPLATE_WITH_SERVICE_LINES"));
    }
  }
}
