package org.stptoolkit.model.solution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.sensitivity.ActivityChange;
import org.stptoolkit.model.sensitivity.AdditionalCostShareOfIncome;
import org.stptoolkit.model.sensitivity.GrowthRateChange;
import org.stptoolkit.model.sensitivity.SensitivityRule;
import org.stptoolkit.model.sensitivity.SocialCareTransfer;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** Each kind of rule reaches the visitor method of its own kind, on the example and the synthetic nation. */
class SolutionRuleVisitorTest {

  /** The kind name each visitor method stands for, written out independently of the records' kind(). */
  private static final SolutionRule.Visitor<String> SOLUTION_KIND = new SolutionRule.Visitor<>() {
    @Override
    public String percentOfPool(PercentOfPool rule) {
      return "percentOfPool";
    }

    @Override
    public String opportunityRealisation(OpportunityRealisation rule) {
      return "opportunityRealisation";
    }

    @Override
    public String activityShift(ActivityShift rule) {
      return "activityShift";
    }

    @Override
    public String bedClosure(BedClosure rule) {
      return "bedClosure";
    }

    @Override
    public String overheadRemoval(OverheadRemoval rule) {
      return "overheadRemoval";
    }
  };

  private static final SensitivityRule.Visitor<String> SENSITIVITY_KIND = new SensitivityRule.Visitor<>() {
    @Override
    public String additionalCostShareOfIncome(AdditionalCostShareOfIncome rule) {
      return "additionalCostShareOfIncome";
    }

    @Override
    public String socialCareTransfer(SocialCareTransfer rule) {
      return "socialCareTransfer";
    }

    @Override
    public String growthRateChange(GrowthRateChange rule) {
      return "growthRateChange";
    }

    @Override
    public String activityChange(ActivityChange rule) {
      return "activityChange";
    }
  };

  @Test
  void everyRuleReachesTheVisitorMethodOfItsKind() {
    Set<String> seen = new HashSet<>();
    Set<Footprint> all = new HashSet<>(SyntheticNation.generate(12, 2016, 1));
    all.add(Examples.staffordshireAndStokeOnTrent());
    for (Footprint fp : all) {
      fp.solutions().stream().map(Solution::rule).filter(Objects::nonNull).forEach(r -> {
        assertThat(r.accept(SOLUTION_KIND)).isEqualTo(r.kind());
        seen.add(r.kind());
      });
      fp.sensitivities().stream().map(s -> s.rule()).filter(Objects::nonNull).forEach(r -> {
        assertThat(r.accept(SENSITIVITY_KIND)).isEqualTo(r.kind());
        seen.add(r.kind());
      });
    }
    assertThat(seen).contains("percentOfPool", "opportunityRealisation", "activityShift", "bedClosure",
        "overheadRemoval", "additionalCostShareOfIncome", "socialCareTransfer", "growthRateChange",
        "activityChange");
    assertThat(SolutionRule.class.getPermittedSubclasses()).hasSize(5);
    assertThat(SensitivityRule.class.getPermittedSubclasses()).hasSize(4);
  }

  @Test
  void everyRuleButAnOpportunityNamesTheCostPoolItSavesFrom() {
    for (Solution s : Examples.staffordshireAndStokeOnTrent().solutions()) {
      if (s.rule() instanceof OpportunityRealisation) {
        assertThat(s.rule().costPool()).isEmpty();
      } else if (s.rule() != null) {
        assertThat(s.rule().costPool()).as(s.name()).isPresent();
      }
    }
  }
}
