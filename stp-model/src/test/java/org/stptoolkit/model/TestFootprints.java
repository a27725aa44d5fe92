package org.stptoolkit.model;

import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;

/** Small footprints built in code, valid unless a test changes them. */
public final class TestFootprints {

  /** Base year 2015/16. */
  public static final FinancialYear BASE = FinancialYear.parse("2015/16");
  /** Plan 2016/17 to 2020/21. */
  public static final PlanPeriod PERIOD = PlanPeriod.of(BASE, 5);

  private TestFootprints() {}

  /** Drivers with every rate given for every plan year. */
  public static DriverSet fullDrivers() {
    YearlyRates two = YearlyRates.flat(PERIOD, 0.02);
    return new DriverSet(two, two, two, two, two, two, two, two, two, two, YearlyRates.flat(PERIOD, 0));
  }

  /** A valid footprint: one acute trust, one CCG, one pool, one solution. */
  public static Footprint minimal() {
    return builder().build();
  }

  /** A builder pre-filled with the minimal valid footprint. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder for tests. */
  public static final class Builder {
    public List<Organisation> organisations = new ArrayList<>(List.of(
        Organisation.of("ACUTE", "Acute Trust", OrganisationType.ACUTE_TRUST),
        Organisation.of("CCG1", "NHS Example CCG", OrganisationType.CCG)));
    public List<LocalPlan> localPlans = new ArrayList<>();
    public List<NormalisationEntry> normalisation = new ArrayList<>(List.of(
        new NormalisationEntry("ACUTE", -1000, -500, 0, -1500.0),
        new NormalisationEntry("CCG1", 200, 0, 0, 200.0)));
    public List<ServiceLine> lines = new ArrayList<>(List.of(
        new ServiceLine("ACUTE", "Acute", 100_000, 60_000, 25_000, 16_000, 0, -1000.0),
        new ServiceLine("CCG1", "Commissioning", 300_000, 0, 270_000, 5_000, 24_800, 200.0)));
    public DriverSet defaults = fullDrivers();
    public Map<String, DriverSet> overrides = Map.of();
    public List<CostPool> pools = new ArrayList<>(List.of(
        new CostPool("acute", "Acute expenditure", List.of("ACUTE"), CostLine.EXPENDITURE, null)));
    public List<Solution> solutions = new ArrayList<>(List.of(new Solution(1, "CIP", "HEALTH",
        SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY, Maturity.PLANS_IN_PROGRESS, List.of("acute"),
        YearlyAmounts.of(PERIOD.firstYear(), 0, 1000, 2000, 3000, 4000), null, "", Provenance.PUBLISHED)));
    public List<DoNothingTrajectory> published = new ArrayList<>();

    /** Builds the footprint. */
    public Footprint build() {
      return new Footprint(1, "Test footprint", Region.NORTH, "", PERIOD, organisations, localPlans,
          new Baseline(BASE, normalisation, lines), new Assumptions(defaults, overrides), pools,
          List.of(), published, solutions, List.of(), List.of(), List.of(), List.of(), List.of(),
          ActivityBaseline.empty(), List.of(), List.of(), List.of());
    }
  }
}
