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
    YearlyRates z = YearlyRates.flat(PERIOD, 0);
    return new DriverSet(z, z, z, z, z, z, z, z, z, z, z);
  }

  /**
   * Provider P (income 1,000; staff 500, variable 200, fixed 300), CCG C (allocation 1,000; healthcare 900,
   * running 50, CHC 40), council L (funding 100; staff 20, variable 80, fixed 10). Pools: "provider" (P
   * expenditure), "pvar" (P variable), "running" (C fixed).
   */
  public static Footprint tiny(DriverSet drivers, List<Solution> solutions, List<Sensitivity> sensitivities) {
    List<Organisation> orgs = List.of(Organisation.of("P", "Provider", OrganisationType.ACUTE_TRUST),
        Organisation.of("C", "CCG", OrganisationType.CCG),
        Organisation.of("L", "Council", OrganisationType.LOCAL_AUTHORITY));
    List<ServiceLine> lines = List.of(new ServiceLine("P", "Acute", 1000, 500, 200, 300, 0, null),
        new ServiceLine("C", "Commissioning", 1000, 0, 900, 50, 40, null),
        new ServiceLine("L", "Adult Social Care", 100, 20, 80, 10, 0, null));
    List<NormalisationEntry> norm = List.of(new NormalisationEntry("P", 0, 0, 0, null),
        new NormalisationEntry("C", 10, 0, 0, null));
    List<CostPool> pools = List.of(
        new CostPool("provider", "Provider expenditure", List.of("P"), CostLine.EXPENDITURE, null),
        new CostPool("pvar", "Provider variable", List.of("P"), CostLine.VARIABLE, null),
        new CostPool("running", "CCG running costs", List.of("C"), CostLine.FIXED, null));
    return new Footprint(99, "Tiny", Region.SOUTH, "", PERIOD, orgs, List.of(),
        new Baseline(BASE, norm, lines), new Assumptions(drivers, Map.of()), pools, List.of(), List.of(),
        solutions, List.of(), sensitivities, List.of(), List.of(), List.of(), ActivityBaseline.empty(),
        List.of(), List.of(), List.of());
  }
}
