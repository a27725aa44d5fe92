package org.stptoolkit.finance;

import java.util.List;
import java.util.Map;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.solution.Solution;

/** Small footprints whose figures can be worked by hand. */
public final class TestFootprints {

  /** 2015/16. */
  public static final FinancialYear BASE = FinancialYear.of(2015);
  /** 2016/17. */
  public static final FinancialYear Y1 = FinancialYear.of(2016);
  /** 2017/18. */
  public static final FinancialYear Y2 = FinancialYear.of(2017);
  /** Two plan years. */
  public static final PlanPeriod PERIOD = PlanPeriod.of(BASE, 2);

  private TestFootprints() {}

  /** Every driver zero. */
  public static DriverSet zeroDrivers() {
    return DriverSet.builder().othersFlat(PERIOD, 0).build();
  }

  /**
   * Provider P (income 1,000; staff 500, variable 200, fixed 300), CCG C (allocation 1,000; healthcare 900,
   * running 50, CHC 40), council L (funding 100; staff 20, variable 80, fixed 10). Pools: "provider" (P
   * expenditure), "pvar" (P variable), "running" (C fixed).
   */
  public static Footprint tiny(DriverSet drivers, List<Solution> solutions, List<Sensitivity> sensitivities) {
    return Footprint.builder().number(99).name("Tiny").region(Region.SOUTH).period(PERIOD)
        .organisation(Organisation.of("P", "Provider", OrganisationType.ACUTE_TRUST))
        .organisation(Organisation.of("C", "CCG", OrganisationType.CCG))
        .organisation(Organisation.of("L", "Council", OrganisationType.LOCAL_AUTHORITY))
        .serviceLine(ServiceLine.builder("P", "Acute").incomeGbpK(1000).staffCostsGbpK(500).variableCostsGbpK(200)
            .fixedCostsGbpK(300).build())
        .serviceLine(ServiceLine.builder("C", "Commissioning").incomeGbpK(1000).variableCostsGbpK(900)
            .fixedCostsGbpK(50).continuingHealthcareGbpK(40).build())
        .serviceLine(ServiceLine.builder("L", "Adult Social Care").incomeGbpK(100).staffCostsGbpK(20)
            .variableCostsGbpK(80).fixedCostsGbpK(10).build())
        .normalisation(new NormalisationEntry("P", 0, 0, 0, null))
        .normalisation(new NormalisationEntry("C", 10, 0, 0, null))
        .drivers(drivers)
        .costPool(new CostPool("provider", "Provider expenditure", List.of("P"), CostLine.EXPENDITURE, null))
        .costPool(new CostPool("pvar", "Provider variable", List.of("P"), CostLine.VARIABLE, null))
        .costPool(new CostPool("running", "CCG running costs", List.of("C"), CostLine.FIXED, null))
        .solutions(solutions).sensitivities(sensitivities)
        .build();
  }
}
