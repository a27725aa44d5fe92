package org.stptoolkit.model;

import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;

/** Small footprints built in code with the public builders, valid unless a test changes them. */
public final class TestFootprints {

  /** Base year 2015/16. */
  public static final FinancialYear BASE = FinancialYear.parse("2015/16");
  /** Plan 2016/17 to 2020/21. */
  public static final PlanPeriod PERIOD = PlanPeriod.of(BASE, 5);
  /** The acute trust's service line (surplus (1,000) as printed). */
  public static final ServiceLine ACUTE_LINE = ServiceLine.builder("ACUTE", "Acute").incomeGbpK(100_000)
      .staffCostsGbpK(60_000).variableCostsGbpK(25_000).fixedCostsGbpK(16_000).reportedSurplusGbpK(-1000.0)
      .build();
  /** The CCG's commissioning line (surplus 200 as printed). */
  public static final ServiceLine CCG_LINE = ServiceLine.builder("CCG1", "Commissioning").incomeGbpK(300_000)
      .variableCostsGbpK(270_000).fixedCostsGbpK(5_000).continuingHealthcareGbpK(24_800)
      .reportedSurplusGbpK(200.0).build();
  /** The acute trust's normalisation row: (1,000) reported, (500) non-recurrent, (1,500) normalised. */
  public static final NormalisationEntry ACUTE_NORMALISATION = new NormalisationEntry("ACUTE", -1000, -500, 0, -1500.0);
  /** The CCG's normalisation row: 200 reported and normalised. */
  public static final NormalisationEntry CCG_NORMALISATION = new NormalisationEntry("CCG1", 200, 0, 0, 200.0);
  /** Solution 1 "CIP" on the acute pool, phased 0 to 4,000. */
  public static final Solution CIP = Solution.builder(1, "CIP", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY)
      .costPools(List.of("acute")).phasedGbpK(YearlyAmounts.of(PERIOD.firstYear(), 0, 1000, 2000, 3000, 4000))
      .build();

  private TestFootprints() {}

  /** Drivers with every rate given for every plan year: 2% a year, efficiency none. */
  public static DriverSet fullDrivers() {
    return DriverSet.builder().flat(PERIOD, Driver.EFFICIENCY, 0).othersFlat(PERIOD, 0.02).build();
  }

  /** A valid footprint: one acute trust, one CCG, one pool, one solution. */
  public static Footprint minimal() {
    return builder().build();
  }

  /**
   * The public builder pre-filled with the minimal valid footprint; tests add to it or replace parts.
   *
   * @return a builder
   */
  public static Footprint.Builder builder() {
    return Footprint.builder().number(1).name("Test footprint").region(Region.NORTH).period(PERIOD)
        .organisation(Organisation.of("ACUTE", "Acute Trust", OrganisationType.ACUTE_TRUST))
        .organisation(Organisation.of("CCG1", "NHS Example CCG", OrganisationType.CCG))
        .baseline(new Baseline(BASE, List.of(ACUTE_NORMALISATION, CCG_NORMALISATION), List.of(ACUTE_LINE, CCG_LINE)))
        .drivers(fullDrivers())
        .costPool(new CostPool("acute", "Acute expenditure", List.of("ACUTE"), CostLine.EXPENDITURE, null))
        .solution(CIP);
  }
}
