package org.stptoolkit.finance.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.stptoolkit.model.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.LocalPlan;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.OrganisationType;
import org.stptoolkit.model.PlanPeriod;
import org.stptoolkit.model.Provenance;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.YearlyAmounts;
import org.stptoolkit.model.YearlyRates;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.activity.PodActivity;
import org.stptoolkit.model.activity.PointOfDelivery;
import org.stptoolkit.model.activity.StaffGroup;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CapitalScheme;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.finance.TransformationCost;
import org.stptoolkit.model.sensitivity.ActivityChange;
import org.stptoolkit.model.sensitivity.AdditionalCostShareOfIncome;
import org.stptoolkit.model.sensitivity.GrowthRateChange;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.sensitivity.SocialCareTransfer;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;
import org.stptoolkit.model.solution.SolutionRule;

/**
 * Synthetic, valid footprints for property tests, benchmarks and national runs. Deterministic: the same
 * seed and footprint number always give the same footprint (each footprint draws from its own
 * {@link SplittableRandom} seeded from both), whatever else is generated.
 *
 * <p>Shape: base year 2015/16, plan years 2016/17 to 2020/21; 6 to 20 organisations (2–6 CCGs, 1–4 acute
 * trusts, 1–2 mental health trusts, 0–2 community trusts, 1–3 local authorities, capped at 20), some in
 * local plans; CCG allocations of £1.2bn–£3.35bn a footprint so that 44 footprints make about £100bn,
 * as England did; providers and local authorities sized from them; 8 to 15 solutions including every rule
 * kind, phased amounts, both, and an additional cost; the four sensitivity kinds; an activity baseline.
 * {@link #national(long)} gives 44 footprints over the four regions with footprint 10 the embedded
 * Staffordshire and Stoke-on-Trent example.
 */
public final class SyntheticFootprints {

  /** Number of footprints in England in 2016. */
  public static final int ENGLAND_FOOTPRINTS = 44;

  private static final FinancialYear BASE = FinancialYear.of(2015);
  private static final PlanPeriod PERIOD = PlanPeriod.of(BASE, 5);

  private SyntheticFootprints() {}

  /** 44 footprints, numbers 1 to 44, regions in turn; number 10 is the Staffordshire example. */
  public static List<Footprint> national(long seed) {
    return national(seed, ENGLAND_FOOTPRINTS);
  }

  /** {@code count} footprints numbered from 1 (number 10, when reached, is the example). */
  public static List<Footprint> national(long seed, int count) {
    List<Footprint> out = new ArrayList<>(count);
    for (int n = 1; n <= count; n++) {
      out.add(n == 10 ? Examples.staffordshireAndStokeOnTrent() : footprint(seed, n));
    }
    return out;
  }

  /** One synthetic footprint; its region is {@code Region.values()[(number − 1) % 4]}. */
  public static Footprint footprint(long seed, int number) {
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
    Region region = Region.values()[(number - 1) % Region.values().length];
    List<Organisation> orgs = new ArrayList<>();
    List<ServiceLine> lines = new ArrayList<>();
    List<NormalisationEntry> norm = new ArrayList<>();
    List<PodActivity> activity = new ArrayList<>();
    double allocation = uniform(rnd, 1.2e6, 3.35e6);
    int ccgs = rnd.nextInt(2, 7);
    int acutes = rnd.nextInt(1, 5);
    int mhs = rnd.nextInt(1, 3);
    int comms = rnd.nextInt(0, 3);
    int las = rnd.nextInt(1, 4);
    while (ccgs + acutes + mhs + comms + las > 20) {
      ccgs--;
    }
    while (ccgs + acutes + mhs + comms + las < 6) {
      acutes++;
    }
    boolean withPlans = rnd.nextInt(3) == 0;
    List<LocalPlan> plans = withPlans
        ? List.of(new LocalPlan("LP1", "Local plan 1"), new LocalPlan("LP2", "Local plan 2")) : List.of();
    double[] ccgShare = shares(rnd, ccgs);
    for (int i = 0; i < ccgs; i++) {
      String code = "F" + number + "CCG" + (i + 1);
      orgs.add(new Organisation(code, "Synthetic CCG " + (i + 1) + " of footprint " + number,
          OrganisationType.CCG, withPlans ? "LP" + (i % 2 + 1) : null, true));
      double a = round(allocation * ccgShare[i]);
      double chc = round(a * uniform(rnd, 0.05, 0.08));
      double running = round(a * uniform(rnd, 0.015, 0.025));
      double hc = round(a * uniform(rnd, 0.89, 0.94));
      lines.add(new ServiceLine(code, "Commissioning", a, 0, hc, running, chc, null));
      double surplus = a - hc - running - chc;
      norm.add(new NormalisationEntry(code, surplus, round(a * uniform(rnd, -0.005, 0.01)), 0, null));
    }
    double providerIncome = allocation * uniform(rnd, 0.85, 0.98);
    int providers = acutes + mhs + comms;
    double[] provShare = shares(rnd, providers);
    for (int i = 0; i < providers; i++) {
      OrganisationType type = i < acutes ? OrganisationType.ACUTE_TRUST
          : i < acutes + mhs ? OrganisationType.MENTAL_HEALTH_TRUST : OrganisationType.COMMUNITY_TRUST;
      String code = "F" + number + "P" + (i + 1);
      orgs.add(new Organisation(code, "Synthetic " + type.name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', ' ') + " " + (i + 1) + " of footprint " + number, type,
          withPlans && i % 3 == 0 ? "LP1" : null, true));
      double inc = round(providerIncome * provShare[i]);
      double cost = inc * uniform(rnd, 0.99, 1.07);
      double staff = round(cost * uniform(rnd, 0.42, 0.6));
      double variable = round(cost * uniform(rnd, 0.15, 0.25));
      double fixed = round(Math.max(0, cost - staff - variable));
      String line = type == OrganisationType.ACUTE_TRUST ? "Acute/A&E"
          : type == OrganisationType.MENTAL_HEALTH_TRUST ? "Mental Health" : "Community Hospitals";
      lines.add(new ServiceLine(code, line, inc, staff, variable, fixed, 0, null));
      norm.add(new NormalisationEntry(code, inc - staff - variable - fixed,
          round(-inc * uniform(rnd, 0, 0.03)), 0, null));
      if (type == OrganisationType.ACUTE_TRUST) {
        double scale = inc / 800_000.0;
        activity.add(new PodActivity(code, PointOfDelivery.ELECTIVE, round(30_000 * scale), 3.4, 3300));
        activity.add(new PodActivity(code, PointOfDelivery.DAY_CASE, round(90_000 * scale), 0, 850));
        activity.add(new PodActivity(code, PointOfDelivery.NON_ELECTIVE, round(120_000 * scale), 5.0, 1750));
        activity.add(new PodActivity(code, PointOfDelivery.A_AND_E, round(250_000 * scale), 0, 135));
        activity.add(new PodActivity(code, PointOfDelivery.OUTPATIENT_FOLLOW_UP, round(600_000 * scale), 0, 95));
      }
    }
    for (int i = 0; i < las; i++) {
      String code = "F" + number + "LA" + (i + 1);
      orgs.add(new Organisation(code, "Synthetic council " + (i + 1) + " of footprint " + number,
          OrganisationType.LOCAL_AUTHORITY, null, true));
      double f = round(allocation * uniform(rnd, 0.04, 0.08));
      double staff = round(f * 0.12);
      double variable = round(f * uniform(rnd, 0.85, 0.95));
      double fixed = round(f * 0.04);
      lines.add(new ServiceLine(code, "Adult Social Care", f, staff, variable, fixed, 0, null));
    }

    List<String> ccgCodes = codes(orgs, OrganisationType.CCG);
    List<String> providerCodes = orgs.stream().filter(o -> o.type().isProvider()).map(Organisation::code).toList();
    List<String> acuteCodes = codes(orgs, OrganisationType.ACUTE_TRUST);
    List<CostPool> pools = List.of(
        new CostPool("provider-expenditure", "Total provider expenditure", providerCodes, CostLine.EXPENDITURE, null),
        new CostPool("acute-variable", "Acute variable costs", acuteCodes, CostLine.VARIABLE, null),
        new CostPool("acute-expenditure", "Acute expenditure", acuteCodes, CostLine.EXPENDITURE, null),
        new CostPool("ccg-running-costs", "CCG running costs", ccgCodes, CostLine.FIXED, null),
        new CostPool("ccg-healthcare-spend", "CCG healthcare spend", ccgCodes, CostLine.VARIABLE, null),
        new CostPool("estate", "Provider fixed costs", providerCodes, CostLine.FIXED, null));

    DriverSet defaults = drivers(rnd);
    Map<String, DriverSet> overrides = new LinkedHashMap<>();
    if (rnd.nextBoolean()) {
      overrides.put(acuteCodes.get(0), new DriverSet(null, null, null, null, null,
          YearlyRates.flat(PERIOD, uniform(rnd, 0.0, 0.03)), null, null, null, null, null));
    }

    List<CostPressure> pressures = new ArrayList<>();
    if (rnd.nextBoolean()) {
      pressures.add(new CostPressure(acuteCodes.get(0), "Transitional funding ends",
          YearlyAmounts.of(BASE.plus(2), -round(allocation * uniform(rnd, 0.005, 0.02))), true));
    }

    double healthBase = 0;
    for (NormalisationEntry n : norm) {
      healthBase += n.normalisedSurplusGbpK();
    }
    List<DoNothingTrajectory> published = new ArrayList<>();
    if (rnd.nextInt(3) == 0) {
      double slope = allocation * uniform(rnd, 0.01, 0.03);
      double[] dn = new double[5];
      for (int y = 0; y < 5; y++) {
        dn[y] = round(healthBase - slope * (y + 1));
      }
      published.add(new DoNothingTrajectory(DoNothingTrajectory.HEALTH, "synthetic",
          YearlyAmounts.of(BASE.next(), dn), Provenance.ILLUSTRATIVE));
    }

    List<Solution> solutions = solutions(rnd, allocation, acuteCodes.size());
    List<FundingLine> funding = new ArrayList<>();
    funding.add(new FundingLine("STF applied", DoNothingTrajectory.HEALTH,
        YearlyAmounts.of(BASE.plus(5), round(allocation * uniform(rnd, 0.0, 0.02))), false, Provenance.ILLUSTRATIVE));
    if (rnd.nextBoolean()) {
      funding.add(new FundingLine("Committed deficit support", DoNothingTrajectory.HEALTH,
          YearlyAmounts.of(BASE.plus(2), 2000, 2000, 2000, 2000), true, Provenance.ILLUSTRATIVE));
    }
    List<Sensitivity> sensitivities = List.of(
        new Sensitivity("7 day working", "", new AdditionalCostShareOfIncome(0.02, BASE.plus(4), true, true), null, null),
        new Sensitivity("Social care to NHS", "", new SocialCareTransfer(0.5, 2.0), null, null),
        new Sensitivity("CHC growth reduced", "", new GrowthRateChange(CostLine.CONTINUING_HEALTHCARE,
            YearlyRates.flat(PERIOD, 0.06)), null, null),
        new Sensitivity("Activity -1%", "", new ActivityChange(-0.01, BASE.next()), null, null));
    List<TransformationCost> transformation = List.of(new TransformationCost("Programme costs",
        YearlyAmounts.of(BASE.plus(2), 1000, 2000, 3000, 4000)));
    List<CapitalScheme> capital = List.of(new CapitalScheme("Scheme", YearlyAmounts.of(BASE.plus(2), 5000)));
    double wte = providerIncome * 0.45 / 42.0;
    ActivityBaseline act = new ActivityBaseline(activity, List.of(new StaffGroup("All staff", round(wte), true),
        new StaffGroup("Consultants", round(wte * 0.045), true)), 0.85, "synthetic");
    return new Footprint(number, "Synthetic footprint " + number, region, "", PERIOD, orgs, plans,
        new Baseline(BASE, norm, lines), new Assumptions(defaults, overrides), pools, pressures, published,
        solutions, funding, sensitivities, transformation, capital, List.of(), act, List.of(), List.of(),
        List.of("Synthetic footprint generated from seed " + seed + "; every figure is ILLUSTRATIVE."));
  }

  private static List<Solution> solutions(SplittableRandom rnd, double allocation, int acutes) {
    int count = rnd.nextInt(8, 16);
    List<Solution> out = new ArrayList<>();
    SolutionCategory[] cats = SolutionCategory.values();
    Maturity[] mats = Maturity.values();
    YearlyRates ramp = YearlyRates.of(BASE.plus(2), 0.5, 1.0);
    for (int i = 0; i < count; i++) {
      int kind = i < 6 ? i : rnd.nextInt(7);
      SolutionRule rule = null;
      List<String> pools = List.of();
      YearlyAmounts phased = null;
      String name;
      switch (kind) {
        case 0 -> {
          rule = new PercentOfPool("provider-expenditure", 0.02, BASE.plus(2), true);
          pools = List.of("provider-expenditure");
          name = "CIP";
        }
        case 1 -> {
          rule = new OpportunityRealisation(round(allocation * uniform(rnd, 0.01, 0.03)), 0.5, BASE.plus(2), 4);
          pools = List.of("ccg-healthcare-spend");
          name = "RightCare";
        }
        case 2 -> {
          rule = new ActivityShift("acute-variable", PointOfDelivery.NON_ELECTIVE,
              round(20_000.0 * acutes * uniform(rnd, 0.5, 1.5)), 0.2, 1750, uniform(rnd, 0, 0.5), ramp);
          pools = List.of("acute-variable");
          name = "Frailty";
        }
        case 3 -> {
          rule = new BedClosure("acute-expenditure", rnd.nextInt(10, 120), uniform(rnd, 30, 60), ramp);
          pools = List.of("acute-expenditure");
          name = "Bed closures";
        }
        case 4 -> {
          rule = new OverheadRemoval("ccg-running-costs", uniform(rnd, 0.1, 0.3), ramp);
          pools = List.of("ccg-running-costs");
          name = "System governance";
        }
        case 5 -> {
          phased = YearlyAmounts.of(BASE.plus(2), -1000, -2000, -3000, -4000);
          name = "New community model (additional cost)";
        }
        default -> {
          double full = allocation * uniform(rnd, 0.001, 0.01);
          phased = YearlyAmounts.of(BASE.next(), 0, round(full * 0.3), round(full * 0.6), round(full * 0.8), round(full));
          pools = List.of(rnd.nextBoolean() ? "acute-variable" : "estate");
          if (rnd.nextInt(3) == 0) {
            rule = new OverheadRemoval(pools.get(0), 0.01, ramp);
          }
          name = "Scheme " + (i + 1);
        }
      }
      out.add(new Solution(i + 2, name, DoNothingTrajectory.HEALTH, cats[rnd.nextInt(cats.length)],
          mats[rnd.nextInt(mats.length)], pools, phased, rule, "synthetic", Provenance.ILLUSTRATIVE));
    }
    return out;
  }

  private static DriverSet drivers(SplittableRandom rnd) {
    return new DriverSet(
        YearlyRates.flat(PERIOD, uniform(rnd, -0.005, 0.01)),
        YearlyRates.flat(PERIOD, uniform(rnd, 0.015, 0.035)),
        YearlyRates.flat(PERIOD, uniform(rnd, 0.01, 0.025)),
        YearlyRates.flat(PERIOD, uniform(rnd, 0.015, 0.025)),
        YearlyRates.flat(PERIOD, uniform(rnd, 0.005, 0.012)),
        YearlyRates.flat(PERIOD, uniform(rnd, 0.005, 0.02)),
        YearlyRates.flat(PERIOD, uniform(rnd, 0.06, 0.12)),
        YearlyRates.flat(PERIOD, uniform(rnd, 0.01, 0.03)),
        YearlyRates.flat(PERIOD, uniform(rnd, 0.02, 0.04)),
        YearlyRates.flat(PERIOD, uniform(rnd, -0.03, 0.01)),
        YearlyRates.of(BASE.next(), 0.015, 0, 0, 0, 0));
  }

  private static List<String> codes(List<Organisation> orgs, OrganisationType type) {
    return orgs.stream().filter(o -> o.type() == type).map(Organisation::code).toList();
  }

  private static double[] shares(SplittableRandom rnd, int n) {
    double[] s = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      s[i] = 0.5 + rnd.nextDouble();
      sum += s[i];
    }
    for (int i = 0; i < n; i++) {
      s[i] /= sum;
    }
    return s;
  }

  private static double uniform(SplittableRandom rnd, double lo, double hi) {
    return lo + (hi - lo) * rnd.nextDouble();
  }

  private static double round(double v) {
    return Math.rint(v);
  }

}
