package org.stptoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;

/**
 * A missing value that would stand for a choice (provenance, maturity) is refused with the argument's
 * name, never silently taken as the default; the builders start from the JSON schema's defaults instead.
 */
class MissingValuesTest {

  private static final FinancialYear Y1 = FinancialYear.parse("2016/17");
  private static final YearlyAmounts PHASED = YearlyAmounts.of(Y1, 100, 200);

  @Test
  void aMissingProvenanceIsRefusedNamingWhatItBelongsTo() {
    assertThatThrownBy(() -> Solution.builder(3, "Urgent Care", SolutionCategory.SHIFT_LEFT).phasedGbpK(PHASED)
        .provenance(null).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provenance of solution 3 Urgent Care is required but was missing");
    assertThatThrownBy(() -> new FundingLine("STF", "HEALTH", PHASED, false, null))
        .hasMessage("provenance of funding line STF is required but was missing");
    assertThatThrownBy(() -> new DoNothingTrajectory("HEALTH", "plan", PHASED, null, null, null))
        .hasMessage("provenance of do-nothing trajectory HEALTH is required but was missing");
    assertThatThrownBy(() -> IndicatorValue.builder("AE4", "RJE", "2015/16").value(91.2).provenance(null).build())
        .hasMessage("provenance of AE4 for RJE 2015/16 is required but was missing");
  }

  @Test
  void aMissingMaturityIsRefusedRatherThanGuessed() {
    assertThatThrownBy(() -> Solution.builder(5, "Frailty", SolutionCategory.SHIFT_LEFT).phasedGbpK(PHASED)
        .maturity(null).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maturity of solution 5 Frailty is required but was missing");
  }

  @Test
  void theBuildersStartFromTheSchemasDefaults() {
    Solution s = Solution.builder(2, "CIP/Workforce", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY)
        .phasedGbpK(PHASED).build();
    assertThat(s).isEqualTo(new Solution(2, "CIP/Workforce", "HEALTH", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY,
        Maturity.PLANS_IN_PROGRESS, List.of(), PHASED, null, "", Provenance.PUBLISHED));
    assertThat(s.toBuilder().build()).isEqualTo(s);
    IndicatorValue v = IndicatorValue.builder("AE4", "RJE", "2015/16").numerator(900.0).denominator(1000.0).build();
    assertThat(v).isEqualTo(new IndicatorValue("AE4", "RJE", "RJE", "2015/16", "Persons", "All ages", null, 900.0,
        1000.0, Provenance.PUBLISHED, "", null, null, null, null));
    IndicatorValue limits = v.toBuilder().value(90.0).limits95(88.1, 91.7).limits998(87.0, 92.6).note("NHS Digital")
        .build();
    assertThat(limits.toBuilder().build()).isEqualTo(limits);
    assertThat(List.of(limits.lower95(), limits.upper95(), limits.lower998(), limits.upper998()))
        .containsExactly(88.1, 91.7, 87.0, 92.6);
  }

  @Test
  void solutionBuilderNeedsPhasedAmountsOrARule() {
    assertThatThrownBy(() -> Solution.builder(7, "Cancer", SolutionCategory.SHIFT_LEFT).build())
        .hasMessage("solution 7 Cancer needs phased amounts or a rule, and has neither");
  }
}
