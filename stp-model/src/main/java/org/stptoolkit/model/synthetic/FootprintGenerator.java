package org.stptoolkit.model.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.LocalPlan;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.activity.PodActivity;
import org.stptoolkit.model.activity.PointOfDelivery;
import org.stptoolkit.model.activity.StaffGroup;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CapitalScheme;
import org.stptoolkit.model.finance.ControlTotal;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.finance.TransformationCost;
import org.stptoolkit.model.indicator.IndicatorValue;
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
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.solution.SolutionCategory;

/**
 * Builds one synthetic footprint. Every amount is a whole number of £'000, so printed surpluses equal
 * income less costs exactly. Each part draws from its own random stream, so changing how one part is
 * drawn does not change the others.
 */
final class FootprintGenerator {

  private static final FinancialYear BASE = FinancialYear.of(2015);
  private static final FinancialYear Y1 = FinancialYear.of(2016);
  private static final FinancialYear Y2 = FinancialYear.of(2017);
  private static final FinancialYear Y4 = FinancialYear.of(2019);
  private static final PlanPeriod PERIOD = PlanPeriod.of(BASE, 5);
  private static final int YEARS = 5;
  private static final String ENGLAND = "E92000001";
  private static final String HEALTH = DoNothingTrajectory.HEALTH;

  private static final long ORGS = 1;
  private static final long MONEY = 2;
  private static final long DRIVERS = 3;
  private static final long SOLUTIONS = 4;
  private static final long OTHER = 5;
  private static final long INDICATORS = 6;
  private static final long PEER_VALUE = 7;
  private static final long ACTIVITY = 8;

  // Phasing profiles over the five plan years (share of the full effect).
  private static final double[] LINEAR_FROM_Y2 = {0, 0.25, 0.5, 0.75, 1};
  private static final double[] BACK_LOADED = {0, 0, 0.2, 0.5, 1};
  private static final double[] EARLY = {0.1, 0.4, 0.7, 0.9, 1};
  private static final double[] FROM_Y4 = {0, 0, 0, 0.45, 1};
  private static final double[][] PROFILES = {LINEAR_FROM_Y2, BACK_LOADED, EARLY, FROM_Y4};

  private final SyntheticNation nation;
  private final int number;
  private final String prefix;
  private final String label;
  private final double providerIncome;

  private final List<Organisation> orgs = new ArrayList<>();
  private final List<LocalPlan> localPlans = new ArrayList<>();
  private final List<String> ccgs = new ArrayList<>();
  private final List<String> acutes = new ArrayList<>();
  private final List<String> mentalHealth = new ArrayList<>();
  private final List<String> community = new ArrayList<>();
  private final List<String> providers = new ArrayList<>();
  private final List<String> councils = new ArrayList<>();
  private final Map<String, Double> income = new LinkedHashMap<>();
  private final Map<String, Double> normalised = new LinkedHashMap<>();
  private final Map<String, Double> staffCost = new LinkedHashMap<>();
  private final List<ServiceLine> lines = new ArrayList<>();
  private final List<NormalisationEntry> normalisation = new ArrayList<>();
  private final List<PodActivity> activity = new ArrayList<>();
  private boolean communityHospitals;

  FootprintGenerator(SyntheticNation nation, int number) {
    this.nation = nation;
    this.number = number;
    this.prefix = String.format(Locale.ROOT, "F%02d-", number);
    this.label = String.format(Locale.ROOT, "%02d", number);
    this.providerIncome = nation.providerIncomeGbpK(number);
  }

  Footprint build() {
    Region region = SyntheticNation.region(number);
    organisations(nation.random(number, ORGS));
    money(nation.random(number, MONEY));
    SplittableRandom d = nation.random(number, DRIVERS);
    Assumptions assumptions = assumptions(d);
    List<CostPressure> pressures = pressures(d);
    List<CostPool> pools = pools();
    ActivityBaseline activityBaseline = activityBaseline(nation.random(number, ACTIVITY));
    SplittableRandom s = nation.random(number, SOLUTIONS);
    List<Solution> solutions = solutions(s);
    SplittableRandom o = nation.random(number, OTHER);
    List<DoNothingTrajectory> published = published(o);
    List<FundingLine> funding = funding(o);
    List<TransformationCost> transformation = transformationCosts(o);
    List<CapitalScheme> capital = capital(o);
    List<ControlTotal> controlTotals = controlTotals(o);
    List<IndicatorValue> indicators = indicators(nation.random(number, INDICATORS));
    List<String> notes = List.of(
        "Synthetic footprint generated by SyntheticNation (seed " + nation.seed() + "): every figure is "
            + "illustrative and belongs to no real plan.",
        String.format(Locale.ROOT, "Provider income %,.0f £'000 in %s; %d organisations; %d solutions.",
            providerIncomeTotal(), BASE, orgs.size(), solutions.size()));
    return new Footprint(number, "Synthetic footprint " + label + " (" + region.label() + ")", region, "",
        PERIOD, orgs, localPlans, new Baseline(BASE, normalisation, lines), assumptions, pools, pressures,
        published, solutions, funding, sensitivities(), transformation, capital, controlTotals,
        activityBaseline, List.of(), indicators, risks(solutions), notes);
  }

  // ---------------------------------------------------------------- key risks

  /**
   * Three illustrative key risks, made from the footprint's number and solutions only (no random draws,
   * so the other parts of a footprint are the same as before risks were generated): a workforce risk
   * linked to CIP/Workforce and scored, a delivery risk linked to the last two solutions and
   * non-demographic growth and unscored, and a public-engagement risk unlinked and scored.
   */
  private List<KeyRisk> risks(List<Solution> solutions) {
    int l = 1 + number % KeyRisk.SCALE_MAX;
    int i = 1 + (number * 3) % KeyRisk.SCALE_MAX;
    List<String> last = solutions.subList(Math.max(0, solutions.size() - 2), solutions.size()).stream()
        .map(Solution::name).toList();
    return List.of(
        new KeyRisk("Workforce capacity", "Staff to run services while they change.",
            "A system workforce bank; a dedicated workforce workstream.", "Health Education England.", "",
            l, i, List.of("CIP/Workforce"), List.of()),
        new KeyRisk("Pace of delivery", "The later schemes depend on capacity for change.",
            "Programme office gateway reviews each month.", "", "Programme director", null, null, last,
            List.of(Driver.NON_DEMOGRAPHIC_GROWTH.name())),
        new KeyRisk("Public objections", "", "Early engagement with the public and local politicians.",
            "Consultation support from NHS England.", "", 1 + (l + i) % KeyRisk.SCALE_MAX, i, List.of(), List.of()));
  }

  // ---------------------------------------------------------------- organisations

  private void organisations(SplittableRandom r) {
    double bn = providerIncome / 1_000_000;
    int nCcg = clamp((int) Math.round(bn * 2.2 * uniform(r, 0.6, 1.4)), 1, 8);
    int nAcute = clamp((int) Math.round(bn / 0.9 * uniform(r, 0.7, 1.3)), 1, 4);
    int nMh = bn > 2 && r.nextDouble() < 0.5 ? 2 : 1;
    int nCommunity = bn > 2.5 && r.nextDouble() < 0.4 ? 2 : 1;
    int nAmbulance = r.nextDouble() < 0.5 ? 1 : 0;
    int nSpecialist = bn > 2.5 ? 1 + (r.nextDouble() < 0.4 ? 1 : 0) : r.nextDouble() < 0.25 ? 1 : 0;
    int nLa = clamp((int) Math.round(bn / 1.1 * uniform(r, 0.7, 1.4)), 1, 4);
    int nOther = r.nextDouble() < 0.3 ? 1 : 0;
    int total = nCcg + nAcute + nMh + nCommunity + nAmbulance + nSpecialist + nLa + nOther;
    while (total > 20) {
      nCcg--;
      total--;
    }
    if (total < 6) {
      nAmbulance++;
      total++;
    }
    while (total < 6) {
      nCcg++;
      total++;
    }
    boolean places = nCcg >= 4 && nLa >= 2 && r.nextDouble() < 0.6;
    if (places) {
      localPlans.add(new LocalPlan(prefix + "LP1", "Synthetic " + label + " place A"));
      localPlans.add(new LocalPlan(prefix + "LP2", "Synthetic " + label + " place B"));
    }
    for (int i = 1; i <= nCcg; i++) {
      add(prefix + "CCG" + i, "NHS Synthetic " + label + " CCG " + i, OrganisationType.CCG, places ? place(i, nCcg) : null, ccgs);
    }
    for (int i = 1; i <= nAcute; i++) {
      add(prefix + "ACU" + i, "Synthetic " + label + " Hospitals NHS Trust " + i, OrganisationType.ACUTE_TRUST, null, acutes);
    }
    for (int i = 1; i <= nMh; i++) {
      add(prefix + "MH" + i, "Synthetic " + label + " Mental Health NHS Foundation Trust " + i,
          OrganisationType.MENTAL_HEALTH_TRUST, null, mentalHealth);
    }
    for (int i = 1; i <= nCommunity; i++) {
      add(prefix + "COM" + i, "Synthetic " + label + " Community Health NHS Trust " + i,
          OrganisationType.COMMUNITY_TRUST, null, community);
    }
    for (int i = 1; i <= nAmbulance; i++) {
      add(prefix + "AMB" + i, "Synthetic " + label + " Ambulance Service NHS Trust", OrganisationType.AMBULANCE_TRUST,
          null, null);
    }
    for (int i = 1; i <= nSpecialist; i++) {
      add(prefix + "SPE" + i, "Synthetic " + label + " Specialist NHS Foundation Trust " + i,
          OrganisationType.SPECIALIST_TRUST, null, null);
    }
    for (int i = 1; i <= nLa; i++) {
      add(prefix + "LA" + i, "Synthetic " + label + " Council " + i, OrganisationType.LOCAL_AUTHORITY,
          places ? place(i, nLa) : null, councils);
    }
    if (nOther == 1) {
      orgs.add(new Organisation(prefix + "OTH1", "Synthetic " + label + " Community Interest Company",
          OrganisationType.OTHER, null, false));
    }
    for (Organisation o : orgs) {
      if (o.type().isProvider()) {
        providers.add(o.code());
      }
    }
  }

  private String place(int i, int n) {
    return i <= (n + 1) / 2 ? prefix + "LP1" : prefix + "LP2";
  }

  private void add(String code, String name, OrganisationType type, String localPlan, List<String> group) {
    orgs.add(new Organisation(code, name, type, localPlan, true));
    if (group != null) {
      group.add(code);
    }
  }

  // ---------------------------------------------------------------- base year

  private void money(SplittableRandom r) {
    // Provider income by organisation.
    Map<String, Double> weight = new LinkedHashMap<>();
    for (Organisation o : orgs) {
      double w = switch (o.type()) {
        case ACUTE_TRUST -> 0.62 / acutes.size();
        case MENTAL_HEALTH_TRUST -> 0.13 / mentalHealth.size();
        case COMMUNITY_TRUST -> 0.12 / community.size();
        case AMBULANCE_TRUST -> 0.05;
        case SPECIALIST_TRUST -> 0.06;
        default -> 0;
      };
      if (w > 0) {
        weight.put(o.code(), w * uniform(r, 0.6, 1.4));
      }
    }
    double wSum = weight.values().stream().mapToDouble(Double::doubleValue).sum();
    double nhsDeficit = uniform(r, 0.02, 0.11) * providerIncome;
    double providerShare = uniform(r, 0.7, 0.9);
    // Providers: some in small surplus, the rest share the deficit in proportion to income (tilted).
    for (String code : providers) {
      income.put(code, whole(providerIncome * weight.get(code) / wSum));
    }
    Map<String, Double> providerNormalised = share(r, providers, nhsDeficit * providerShare,
        code -> switch (type(code)) {
          case MENTAL_HEALTH_TRUST -> 0.5;
          case COMMUNITY_TRUST -> 0.35;
          case ACUTE_TRUST -> 0.1;
          default -> 0.3;
        });
    for (String code : providers) {
      double inc = income.get(code);
      double norm = providerNormalised.get(code);
      normalised.put(code, norm);
      double nonRecurrent = r.nextDouble() < 0.7 ? -whole(inc * uniform(r, 0, 0.04)) : 0;
      double impairments = r.nextDouble() < 0.3 ? whole(inc * uniform(r, -0.004, 0.004)) : 0;
      double reported = norm - nonRecurrent - impairments;
      normalisation.add(new NormalisationEntry(code, reported, nonRecurrent, impairments, norm));
      providerLines(r, code, inc, reported);
    }
    // CCGs: allocations about provider income; healthcare spend is the rest after running costs and CHC.
    double allocation = providerIncome * uniform(r, 1.0, 1.12);
    double[] ccgWeights = weights(r, ccgs.size(), 0.5, 1.5);
    for (int i = 0; i < ccgs.size(); i++) {
      income.put(ccgs.get(i), whole(allocation * ccgWeights[i]));
    }
    Map<String, Double> ccgNormalised = share(r, ccgs, nhsDeficit * (1 - providerShare), code -> 0.3);
    for (String code : ccgs) {
      double a = income.get(code);
      double norm = ccgNormalised.get(code);
      normalised.put(code, norm);
      double nonRecurrent = r.nextDouble() < 0.6 ? whole(a * uniform(r, 0, 0.06)) : -whole(a * uniform(r, 0, 0.01));
      double reported = norm - nonRecurrent;
      normalisation.add(new NormalisationEntry(code, reported, nonRecurrent, 0, norm));
      double running = whole(a * uniform(r, 0.017, 0.025));
      double chc = whole(a * uniform(r, 0.045, 0.075));
      double healthcare = a - running - chc - reported;
      lines.add(new ServiceLine(code, "Commissioning", a, 0, healthcare, running, chc, reported));
      staffCost.put(code, 0.0);
    }
    // Local authorities' adult social care.
    double funding = providerIncome * uniform(r, 0.12, 0.2);
    double[] laWeights = weights(r, councils.size(), 0.5, 1.5);
    for (int i = 0; i < councils.size(); i++) {
      String code = councils.get(i);
      double f = whole(funding * laWeights[i]);
      income.put(code, f);
      double surplus = -whole(f * uniform(r, 0, 0.08));
      double staff = whole(f * uniform(r, 0.11, 0.15));
      double fixed = whole(f * uniform(r, 0.03, 0.05));
      double commissioned = f - staff - fixed - surplus;
      lines.add(new ServiceLine(code, "Adult Social Care", f, staff, commissioned, fixed, 0, surplus));
      staffCost.put(code, staff);
    }
  }

  /**
   * Normalised surpluses of a group that add up to {@code -deficit}: each organisation is in a small
   * surplus (up to 1.2% of income) with its probability, and the others (at least the first) share the
   * deficit plus those surpluses in proportion to income tilted by 0.3 to 1.7.
   */
  private Map<String, Double> share(SplittableRandom r, List<String> codes, double deficit,
      java.util.function.ToDoubleFunction<String> surplusChance) {
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Double> weightOf = new LinkedHashMap<>();
    double surpluses = 0;
    double weights = 0;
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      double inc = income.get(code);
      if (i > 0 && r.nextDouble() < surplusChance.applyAsDouble(code)) {
        double s = whole(inc * uniform(r, 0, 0.012));
        out.put(code, s);
        surpluses += s;
      } else {
        double w = inc * uniform(r, 0.3, 1.7);
        weightOf.put(code, w);
        weights += w;
      }
    }
    double toShare = deficit + surpluses;
    double left = -toShare;
    List<String> sharing = new ArrayList<>(weightOf.keySet());
    for (int i = 0; i < sharing.size(); i++) {
      String code = sharing.get(i);
      double v = i == sharing.size() - 1 ? left : whole(-toShare * weightOf.get(code) / weights);
      out.put(code, v);
      left -= v;
    }
    Map<String, Double> ordered = new LinkedHashMap<>();
    codes.forEach(c -> ordered.put(c, out.get(c)));
    return ordered;
  }

  private void providerLines(SplittableRandom r, String code, double inc, double reported) {
    OrganisationType type = type(code);
    List<String> names = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    switch (type) {
      case ACUTE_TRUST -> {
        if (r.nextDouble() < 0.5) {
          names.add("Planned care");
          names.add("Urgent and emergency care");
          double p = uniform(r, 0.35, 0.5);
          shares.add(p);
          shares.add(1 - p);
        } else {
          names.add("Acute/A&E");
          shares.add(1.0);
        }
      }
      case MENTAL_HEALTH_TRUST -> {
        names.add("Mental Health");
        shares.add(1.0);
      }
      case COMMUNITY_TRUST -> {
        boolean socialCare = r.nextDouble() < 0.35;
        double hospitals = uniform(r, 0.2, 0.3);
        double care = socialCare ? uniform(r, 0.2, 0.35) : 0;
        names.add("Community Teams");
        shares.add(1 - hospitals - care);
        names.add("Community Hospitals");
        shares.add(hospitals);
        communityHospitals = true;
        if (socialCare) {
          names.add("Adult Social Care");
          shares.add(care);
        }
      }
      case AMBULANCE_TRUST -> {
        names.add("999 and NHS 111");
        shares.add(1.0);
      }
      default -> {
        names.add("Specialist services");
        shares.add(1.0);
      }
    }
    double incLeft = inc;
    double surplusLeft = reported;
    double staffTotal = 0;
    for (int i = 0; i < names.size(); i++) {
      boolean last = i == names.size() - 1;
      double li = last ? incLeft : whole(inc * shares.get(i));
      double ls = last ? surplusLeft : whole(reported * shares.get(i) * uniform(r, 0.6, 1.4));
      incLeft -= li;
      surplusLeft -= ls;
      double staffShare;
      double variableShare;
      String name = names.get(i);
      if (name.equals("Adult Social Care")) {
        staffShare = uniform(r, 0.15, 0.2);
        variableShare = uniform(r, 0.7, 0.75);
      } else if (type == OrganisationType.ACUTE_TRUST || type == OrganisationType.SPECIALIST_TRUST) {
        staffShare = uniform(r, 0.55, 0.62);
        variableShare = uniform(r, 0.18, 0.24);
      } else {
        staffShare = uniform(r, 0.62, 0.7);
        variableShare = uniform(r, 0.1, 0.16);
      }
      double staff = whole(li * staffShare);
      double variable = whole(li * variableShare);
      double fixed = li - staff - variable - ls;
      if (fixed < 0) {
        // A line in unusually large surplus: take the excess out of variable, then staff costs.
        variable += fixed;
        fixed = 0;
        if (variable < 0) {
          staff += variable;
          variable = 0;
        }
      }
      staffTotal += staff;
      lines.add(new ServiceLine(code, name, li, staff, variable, fixed, 0, ls));
    }
    staffCost.put(code, staffTotal);
  }

  // ---------------------------------------------------------------- drivers and pressures

  private Assumptions assumptions(SplittableRandom r) {
    double[] allocation = jitter(r, new double[] {0.026, 0.016, 0.016, 0.023, 0.028}, 0.003);
    double tariff = uniform(r, -0.004, 0.002);
    double pay = uniform(r, 0.009, 0.012);
    double nonPay = uniform(r, 0.018, 0.024);
    double demographic = uniform(r, 0.006, 0.012);
    double nonDemographic = uniform(r, 0.01, 0.022);
    double chc = uniform(r, 0.07, 0.12);
    double scDemand = uniform(r, 0.015, 0.025);
    double scPrice = uniform(r, 0.02, 0.035);
    double scFunding = uniform(r, -0.03, 0.01);
    // by name, in the order the random draws were always made (the nation's figures depend on it)
    DriverSet defaults = DriverSet.builder()
        .set(Driver.TARIFF_UPLIFT, YearlyRates.of(Y1, jitter(r, flat(tariff), 0.001)))
        .set(Driver.ALLOCATION_GROWTH, YearlyRates.of(Y1, allocation))
        .set(Driver.PAY_INFLATION, YearlyRates.of(Y1, flat(pay)))
        .set(Driver.NON_PAY_INFLATION, YearlyRates.of(Y1, jitter(r, flat(nonPay), 0.002)))
        .set(Driver.DEMOGRAPHIC_GROWTH, YearlyRates.of(Y1, flat(demographic)))
        .set(Driver.NON_DEMOGRAPHIC_GROWTH, YearlyRates.of(Y1, flat(nonDemographic)))
        .set(Driver.CONTINUING_HEALTHCARE_GROWTH, YearlyRates.of(Y1, flat(chc)))
        .set(Driver.SOCIAL_CARE_DEMAND_GROWTH, YearlyRates.of(Y1, flat(scDemand)))
        .set(Driver.SOCIAL_CARE_PRICE_GROWTH, YearlyRates.of(Y1, flat(scPrice)))
        .set(Driver.SOCIAL_CARE_FUNDING_GROWTH, YearlyRates.of(Y1, flat(scFunding)))
        // National guidance: CIP/QIPP inside the do-nothing only in the first plan year.
        .set(Driver.EFFICIENCY, YearlyRates.of(Y1, round4(uniform(r, 0.008, 0.015)), 0, 0, 0, 0))
        .build();
    Map<String, DriverSet> overrides = new LinkedHashMap<>();
    if (r.nextDouble() < 0.5) {
      // A trust expecting more non-demographic growth (a new service), a CCG with its own allocation.
      overrides.put(acutes.get(0), DriverSet.builder().set(Driver.NON_DEMOGRAPHIC_GROWTH,
          YearlyRates.of(Y1, flat(nonDemographic + uniform(r, 0.003, 0.01)))).build());
      overrides.put(ccgs.get(ccgs.size() - 1), DriverSet.builder().set(Driver.ALLOCATION_GROWTH,
          YearlyRates.of(Y1, jitter(r, allocation, 0.003))).build());
    }
    return new Assumptions(defaults, overrides);
  }

  private List<CostPressure> pressures(SplittableRandom r) {
    List<CostPressure> out = new ArrayList<>();
    String acute = acutes.get(0);
    out.add(new CostPressure(acute, "Local cost pressures carried from 2016/17 (synthetic)",
        YearlyAmounts.of(Y1, -whole(income.get(acute) * uniform(r, 0.005, 0.03))), true));
    if (r.nextDouble() < 0.5) {
      String who = providers.get(r.nextInt(providers.size()));
      out.add(new CostPressure(who, "Transitional funding ends 31 March 2017 (synthetic)",
          YearlyAmounts.of(Y2, -whole(income.get(who) * uniform(r, 0.005, 0.02))), true));
    }
    return out;
  }

  // ---------------------------------------------------------------- pools and solutions

  private List<CostPool> pools() {
    List<CostPool> out = new ArrayList<>();
    out.add(new CostPool("provider-expenditure", "Total provider expenditure", providers, CostLine.EXPENDITURE, null));
    out.add(new CostPool("acute-expenditure", "Acute provider expenditure", acutes, CostLine.EXPENDITURE, null));
    out.add(new CostPool("acute-variable", "Acute variable costs (activity-driven)", acutes, CostLine.VARIABLE, null));
    out.add(new CostPool("community-hospitals", "Community hospitals", community, CostLine.EXPENDITURE,
        "Community Hospitals"));
    out.add(new CostPool("mental-health", "Mental health expenditure", mentalHealth, CostLine.EXPENDITURE, null));
    out.add(new CostPool("ccg-running-costs", "CCG running costs", ccgs, CostLine.FIXED, null));
    out.add(new CostPool("ccg-healthcare-spend", "CCG healthcare spend", ccgs, CostLine.VARIABLE, null));
    out.add(new CostPool("ccg-chc", "CCG continuing healthcare", ccgs, CostLine.CONTINUING_HEALTHCARE, null));
    out.add(new CostPool("estate", "Provider fixed costs (estate)", providers, CostLine.FIXED, null));
    out.add(new CostPool("social-care", "Commissioned adult social care", councils, CostLine.VARIABLE, null));
    return out;
  }

  private List<Solution> solutions(SplittableRandom r) {
    List<Solution> out = new ArrayList<>();
    double p = providerIncome;
    int target = 8 + r.nextInt(8);
    int n = 2;
    // CIP: 2% of provider expenditure a year from 2017/18, cumulative; in some plans also the phased row.
    double cipShare = round4(uniform(r, 0.012, 0.02));
    YearlyAmounts cipPhased = r.nextDouble() < 0.5
        ? phased(LINEAR_FROM_Y2, p * 1.04 * cipShare * 4 * uniform(r, 0.9, 1.1)) : null;
    out.add(new Solution(n++, "CIP/Workforce", HEALTH, SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY,
        Maturity.PLANS_IN_PROGRESS, List.of("provider-expenditure"), cipPhased,
        new PercentOfPool("provider-expenditure", cipShare, Y2, true),
        String.format(Locale.ROOT, "CIPs %.1f%% of total provider expenditure a year from 2017/18, cumulative.",
            cipShare * 100), Provenance.ILLUSTRATIVE));
    // RightCare: opportunity of 2-4% of CCG healthcare spend, half realised over four years.
    double ccgSpend = lines.stream().filter(l -> ccgs.contains(l.organisationCode()))
        .mapToDouble(ServiceLine::variableCostsGbpK).sum();
    double opportunity = whole(ccgSpend * uniform(r, 0.02, 0.04));
    out.add(new Solution(n++, "Right Care", HEALTH, SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY,
        Maturity.OPPORTUNITY, List.of("ccg-healthcare-spend"), null,
        new OpportunityRealisation(opportunity, 0.5, Y2, 4),
        "Top RightCare opportunity areas; 50% assumed realised, phased evenly over four years.",
        Provenance.ILLUSTRATIVE));
    // Urgent care and frailty: activity moved out of acute settings.
    double aeSpells = activitySpells(PointOfDelivery.A_AND_E);
    double nelSpells = activitySpells(PointOfDelivery.NON_ELECTIVE);
    out.add(new Solution(n++, "Urgent Care", HEALTH, SolutionCategory.SHIFT_LEFT, Maturity.PLANS_IN_PROGRESS,
        List.of("acute-variable"), null,
        new ActivityShift("acute-variable", PointOfDelivery.A_AND_E, aeSpells, round2(uniform(r, 0.2, 0.3)),
            Math.round(uniform(r, 125, 145)), round2(uniform(r, 0.55, 0.7)),
            YearlyRates.of(Y2, 0.5, 0.75, 0.9, 1.0)),
        "A&E attendances redirected to urgent treatment centres and community services.",
        Provenance.ILLUSTRATIVE));
    out.add(new Solution(n++, "Frailty & LTC", HEALTH, SolutionCategory.SHIFT_LEFT, Maturity.PLANS_IN_PROGRESS,
        List.of("acute-variable"), null,
        new ActivityShift("acute-variable", PointOfDelivery.NON_ELECTIVE, whole(nelSpells * uniform(r, 0.15, 0.3)),
            round2(uniform(r, 0.12, 0.2)), Math.round(uniform(r, 1600, 1900)), round2(uniform(r, 0, 0.3)),
            YearlyRates.of(Y2, 0.1, 0.4, 0.8, 1.0)),
        "Emergency admissions of frail and long-term-condition patients avoided.", Provenance.ILLUSTRATIVE));
    // Community beds closed.
    int beds = 20 + r.nextInt(100);
    boolean early = r.nextDouble() < 0.5;
    out.add(new Solution(n++, "Community Hospitals", HEALTH, SolutionCategory.REDUCE_FIXED_COSTS,
        Maturity.FULLY_DEVELOPED, List.of("community-hospitals"), null,
        new BedClosure("community-hospitals", beds, round1(uniform(r, 30, 45)),
            early ? YearlyRates.of(Y1, 0.5, 1.0) : YearlyRates.of(Y2, 0.5, 1.0)),
        "Closure of " + beds + " community beds.", Provenance.ILLUSTRATIVE));
    // System governance: CCG overheads removed.
    out.add(new Solution(n++, "System Governance", HEALTH, SolutionCategory.RECONFIGURE_SERVICES,
        Maturity.PLANS_IN_PROGRESS, List.of("ccg-running-costs"), null,
        new OverheadRemoval("ccg-running-costs", round2(uniform(r, 0.1, 0.2)), YearlyRates.of(Y2, 0.5, 1.0)),
        "Shared commissioning functions; CCG overheads and back office staff removed.",
        Provenance.ILLUSTRATIVE));
    // Phased schemes, drawn in an order that always starts with an additional cost.
    List<Object[]> optional = new ArrayList<>(List.of(
        new Object[] {"Planned Care", SolutionCategory.RECONFIGURE_SERVICES, "acute-variable", 0.008, 0.014},
        new Object[] {"Cancer & EOLC", SolutionCategory.SHIFT_LEFT, "ccg-healthcare-spend", 0.004, 0.01},
        new Object[] {"Prevention", SolutionCategory.SHIFT_LEFT, "ccg-healthcare-spend", 0.002, 0.005},
        new Object[] {"System Reconfiguration", SolutionCategory.RECONFIGURE_SERVICES, "acute-expenditure", 0.004, 0.009},
        new Object[] {"Estates Strategy", SolutionCategory.REDUCE_FIXED_COSTS, "estate", 0.003, 0.015},
        new Object[] {"Medicines Optimisation", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY, "ccg-healthcare-spend", 0.002, 0.006},
        new Object[] {"Mental Health Out of Area Placements", SolutionCategory.SHIFT_LEFT, "mental-health", 0.001, 0.003},
        new Object[] {"Digital and Shared Care Records", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY, "provider-expenditure", 0.001, 0.003}));
    for (int i = optional.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      Object[] t = optional.get(i);
      optional.set(i, optional.get(j));
      optional.set(j, t);
    }
    // An additional cost (the seed's new community model, -£9.9m by 2020/21) in every plan.
    out.add(new Solution(n++, "Integrated Primary & Community", HEALTH, SolutionCategory.SHIFT_LEFT,
        Maturity.PLANS_IN_PROGRESS, List.of(), phased(LINEAR_FROM_Y2, -p * uniform(r, 0.004, 0.008)), null,
        "Additional cost of the new community model supporting patients shifted left.", Provenance.ILLUSTRATIVE));
    boolean socialCare = !councils.isEmpty() && r.nextDouble() < 0.5;
    int room = target - out.size() - (socialCare ? 1 : 0);
    Maturity[] maturities = Maturity.values();
    for (int i = 0; i < room && i < optional.size(); i++) {
      Object[] o = optional.get(i);
      double[] profile = PROFILES[r.nextInt(PROFILES.length)];
      double full = p * uniform(r, (double) o[3], (double) o[4]);
      out.add(new Solution(n++, (String) o[0], HEALTH, (SolutionCategory) o[1],
          maturities[r.nextInt(maturities.length)], List.of((String) o[2]), phased(profile, full), null,
          "Synthetic scheme; phased amounts as a plan would submit them.", Provenance.ILLUSTRATIVE));
    }
    if (socialCare) {
      String la = councils.get(0);
      double f = income.get(la);
      out.add(new Solution(1, "Social care transformation (" + la + ")", la, SolutionCategory.RECONFIGURE_SERVICES,
          Maturity.PLANS_IN_PROGRESS, List.of("social-care"), phased(LINEAR_FROM_Y2, f * uniform(r, 0.05, 0.12)),
          null, "Council's own social care savings programme.", Provenance.ILLUSTRATIVE));
    }
    return out;
  }

  private static YearlyAmounts phased(double[] profile, double full) {
    double[] a = new double[YEARS];
    for (int y = 0; y < YEARS; y++) {
      a[y] = whole(full * profile[y]);
    }
    return YearlyAmounts.of(Y1, a);
  }

  // ---------------------------------------------------------------- published, funding, costs

  private double nhsNormalised() {
    double s = 0;
    for (String code : normalised.keySet()) {
      s += normalised.get(code);
    }
    return s;
  }

  private List<DoNothingTrajectory> published(SplittableRandom r) {
    List<DoNothingTrajectory> out = new ArrayList<>();
    if (r.nextDouble() < 0.4) {
      // The seed: (156,758) normalised, (159,546) in 2016/17 rising to (285,402): growth of 8.5% of
      // provider income over five years, little of it in the first year.
      double n0 = nhsNormalised();
      double growth = providerIncome * uniform(r, 0.05, 0.1);
      double[] shape = {0.03, 0.1, 0.42, 0.74, 1.0};
      double[] a = new double[YEARS];
      for (int y = 0; y < YEARS; y++) {
        a[y] = whole(n0 - growth * shape[y] * uniform(r, 0.95, 1.05));
      }
      out.add(new DoNothingTrajectory(HEALTH, "Synthetic published do-nothing (health)", YearlyAmounts.of(Y1, a),
          YearlyAmounts.empty(), YearlyAmounts.empty(), Provenance.ILLUSTRATIVE));
      if (r.nextDouble() < 0.5) {
        String la = councils.get(0);
        out.add(new DoNothingTrajectory(la, "Synthetic council social care gap, final year only",
            YearlyAmounts.of(PERIOD.lastYear(), -whole(income.get(la) * uniform(r, 0.1, 0.3))),
            YearlyAmounts.empty(), YearlyAmounts.empty(), Provenance.ILLUSTRATIVE));
      }
    }
    return out;
  }

  private List<FundingLine> funding(SplittableRandom r) {
    List<FundingLine> out = new ArrayList<>();
    double stf = providerIncome * uniform(r, 0.012, 0.03);
    if (r.nextDouble() < 0.5) {
      out.add(new FundingLine("STF funding applied to 2016/17 recurrent pressures", HEALTH,
          YearlyAmounts.of(PERIOD.lastYear(), whole(stf)), false, Provenance.ILLUSTRATIVE));
    } else {
      out.add(new FundingLine("Sustainability and Transformation Fund", HEALTH,
          phased(EARLY, stf), false, Provenance.ILLUSTRATIVE));
    }
    if (r.nextDouble() < 0.3) {
      double c = whole(providerIncome * uniform(r, 0.002, 0.006));
      out.add(new FundingLine("Committed deficit support (non-recurrent)", HEALTH,
          YearlyAmounts.of(Y2, c, c, c, c), true, Provenance.ILLUSTRATIVE));
    }
    return out;
  }

  private List<TransformationCost> transformationCosts(SplittableRandom r) {
    String[] names = {"Programme / change management", "Double running staff costs", "Enhanced primary care hubs",
        "IM&T revenue (including digital)", "Communications and engagement"};
    List<TransformationCost> out = new ArrayList<>();
    int count = 3 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      double perYear = whole(providerIncome * uniform(r, 0.0005, 0.004));
      out.add(new TransformationCost(names[i], YearlyAmounts.of(Y2, perYear, 2 * perYear, 3 * perYear, 4 * perYear)));
    }
    return out;
  }

  private List<CapitalScheme> capital(SplittableRandom r) {
    List<CapitalScheme> out = new ArrayList<>();
    int count = r.nextInt(3);
    for (int i = 0; i < count; i++) {
      out.add(new CapitalScheme("Synthetic capital scheme " + (i + 1),
          YearlyAmounts.of(Y2.plus(i), whole(providerIncome * uniform(r, 0.003, 0.01)))));
    }
    return out;
  }

  private List<ControlTotal> controlTotals(SplittableRandom r) {
    List<ControlTotal> out = new ArrayList<>();
    if (r.nextDouble() < 0.5) {
      for (String code : providers) {
        double start = normalised.get(code);
        double[] a = new double[YEARS];
        for (int y = 0; y < YEARS; y++) {
          a[y] = whole(start * (1 - (y + 1) / (double) YEARS) + income.get(code) * 0.002 * (y + 1) / YEARS);
        }
        out.add(new ControlTotal(code, YearlyAmounts.of(Y1, a)));
      }
    }
    return out;
  }

  private List<Sensitivity> sensitivities() {
    return List.of(
        new Sensitivity("7 Day Working", "From 2019/20 onwards 2% of income as additional cost",
            new AdditionalCostShareOfIncome(0.02, Y4, true, true), null, null),
        new Sensitivity("50% of social care moved to NHS at double price",
            "Half of social care provided by the NHS at twice the price", new SocialCareTransfer(0.5, 2.0), null, null),
        new Sensitivity("Continuing Healthcare Reduction", "CHC growth cut to 5.5%-6.6% a year",
            new GrowthRateChange(CostLine.CONTINUING_HEALTHCARE, YearlyRates.of(Y1, 0.066, 0.063, 0.06, 0.058, 0.055)),
            null, null),
        new Sensitivity("Activity reduction by 1%", "1% less activity from 2016/17", new ActivityChange(-0.01, Y1),
            null, null));
  }

  // ---------------------------------------------------------------- activity and indicators

  private ActivityBaseline activityBaseline(SplittableRandom r) {
    // Spells per £m of acute income, from the example's two acute trusts.
    Object[][] perMillion = {
        {PointOfDelivery.ELECTIVE, 45.0, 3.4, 3300.0}, {PointOfDelivery.DAY_CASE, 135.0, 0.0, 850.0},
        {PointOfDelivery.NON_ELECTIVE, 184.0, 5.1, 1750.0}, {PointOfDelivery.A_AND_E, 300.0, 0.0, 135.0},
        {PointOfDelivery.OUTPATIENT_FIRST, 327.0, 0.0, 160.0},
        {PointOfDelivery.OUTPATIENT_FOLLOW_UP, 740.0, 0.0, 95.0}};
    for (String code : acutes) {
      double m = income.get(code) / 1000;
      for (Object[] row : perMillion) {
        activity.add(new PodActivity(code, (PointOfDelivery) row[0], whole(m * (double) row[1] * uniform(r, 0.85, 1.15)),
            round2((double) row[2] * uniform(r, 0.9, 1.1)), Math.round((double) row[3] * uniform(r, 0.92, 1.08))));
      }
    }
    for (String code : community) {
      activity.add(new PodActivity(code, PointOfDelivery.MINOR_INJURY,
          whole(income.get(code) / 1000 * 270 * uniform(r, 0.7, 1.3)), 0, Math.round(uniform(r, 55, 70))));
    }
    double providerStaff = 0;
    for (String code : providers) {
      providerStaff += staffCost.get(code);
    }
    double wte = whole(providerStaff / uniform(r, 41, 45));
    return new ActivityBaseline(activity, List.of(new StaffGroup("All staff", wte, true),
        new StaffGroup("Consultants", whole(wte * uniform(r, 0.04, 0.05)), true)),
        round2(uniform(r, 0.85, 0.92)), "ILLUSTRATIVE: synthetic activity scaled from acute income.");
  }

  private double activitySpells(PointOfDelivery pod) {
    return activity.stream().filter(a -> a.pod() == pod).mapToDouble(PodActivity::spells).sum();
  }

  private List<IndicatorValue> indicators(SplittableRandom r) {
    List<IndicatorValue> out = new ArrayList<>();
    String year = "2015/16";
    for (String code : acutes) {
      double attendances = activity.stream().filter(a -> a.organisationCode().equals(code)
          && a.pod() == PointOfDelivery.A_AND_E).mapToDouble(PodActivity::spells).sum();
      out.add(proportion("AE_FOUR_HOUR", code, name(code), year, attendances, uniform(r, 0.82, 0.96)));
      out.add(proportion("RTT_18_WEEKS", code, name(code), "March 2016", whole(attendances * 0.15),
          uniform(r, 0.88, 0.95)));
      out.add(proportion("CANCER_62_DAY", code, name(code), year, whole(attendances / 200 + 100),
          uniform(r, 0.72, 0.9)));
    }
    for (String code : ccgs) {
      double population = whole(income.get(code) / 1.25);
      out.add(new IndicatorValue("GPS_PER_100K", code, name(code), "2015", null,
          null, round1(gpsPer100k(number, code)), null, null, Provenance.ILLUSTRATIVE, ""));
      out.add(proportion("DEMENTIA_DIAGNOSIS", code, name(code), year, whole(population * 0.011),
          uniform(r, 0.58, 0.76)));
    }
    // The CCG with the fewest GPs carries its 10 most similar peers (CCGs of other synthetic footprints).
    String focus = ccgs.get(0);
    for (String code : ccgs) {
      if (gpsPer100k(number, code) < gpsPer100k(number, focus)) {
        focus = code;
      }
    }
    for (int peer : peers(r)) {
      String code = String.format(Locale.ROOT, "F%02d-CCG1", peer);
      out.add(new IndicatorValue("GPS_PER_100K", code, "NHS Synthetic " + String.format(Locale.ROOT, "%02d", peer)
          + " CCG 1", "2015", null, null, round1(gpsPer100k(peer, code)), null, null, Provenance.ILLUSTRATIVE,
          "Peer of " + focus + " (one of its 10 most similar CCGs)"));
    }
    for (String code : councils) {
      double population = whole(income.get(code) / 0.3);
      out.add(value("LIFE_EXPECTANCY_MALE", code, name(code), "2012-14", "Male", round1(uniform(r, 76, 81))));
      out.add(value("LIFE_EXPECTANCY_FEMALE", code, name(code), "2012-14", "Female", round1(uniform(r, 80.5, 84.5))));
      out.add(proportion("SMOKING_PREVALENCE", code, name(code), "2015", whole(population * 0.005),
          uniform(r, 0.12, 0.22)));
      out.add(value("REABLEMENT_OFFERED", code, name(code), "2014/15", "Persons", round1(uniform(r, 1, 5))));
    }
    out.add(value("AE_FOUR_HOUR", ENGLAND, "England", year, "Persons", 91.9));
    out.add(value("RTT_18_WEEKS", ENGLAND, "England", "March 2016", "Persons", 91.5));
    out.add(value("CANCER_62_DAY", ENGLAND, "England", year, "Persons", 82.8));
    out.add(value("GPS_PER_100K", ENGLAND, "England", "2015", "Persons", 66.0));
    out.add(value("DEMENTIA_DIAGNOSIS", ENGLAND, "England", year, "Persons", 67.6));
    out.add(value("LIFE_EXPECTANCY_MALE", ENGLAND, "England", "2012-14", "Male", 79.4));
    out.add(value("LIFE_EXPECTANCY_FEMALE", ENGLAND, "England", "2012-14", "Female", 83.1));
    out.add(value("SMOKING_PREVALENCE", ENGLAND, "England", "2015", "Persons", 16.9));
    out.add(value("REABLEMENT_OFFERED", ENGLAND, "England", "2014/15", "Persons", 2.9));
    return out;
  }

  /** Ten other synthetic footprints of the first block (never the real example). */
  private List<Integer> peers(SplittableRandom r) {
    int block = nation.blockSize();
    List<Integer> candidates = new ArrayList<>();
    for (int n = 1; n <= block; n++) {
      if (n != ((number - 1) % block) + 1 && !(n == SyntheticNation.STAFFORDSHIRE_AND_STOKE_ON_TRENT
          && nation.staffordshireOrNull() != null)) {
        candidates.add(n);
      }
    }
    List<Integer> out = new ArrayList<>();
    while (out.size() < 10 && !candidates.isEmpty()) {
      out.add(candidates.remove(r.nextInt(candidates.size())));
    }
    return out;
  }

  /** A CCG's GPs per 100,000, the same wherever it is asked for (its own footprint or a peer's list). */
  private double gpsPer100k(int footprint, String code) {
    SplittableRandom g = new SplittableRandom(SyntheticNation.mix(nation.seed(), PEER_VALUE * 1_000_003L
        + code.hashCode(), footprint));
    return 55 + 25 * g.nextDouble();
  }

  private static IndicatorValue proportion(String id, String code, String name, String period, double denominator,
      double share) {
    double n = Math.max(1, denominator);
    double x = Math.round(n * share);
    return new IndicatorValue(id, code, name, period, "Persons", null, round1(100 * x / n), x, n,
        Provenance.ILLUSTRATIVE, "");
  }

  private static IndicatorValue value(String id, String code, String name, String period, String sex, double v) {
    return new IndicatorValue(id, code, name, period, sex, null, v, null, null, Provenance.ILLUSTRATIVE, "");
  }

  // ---------------------------------------------------------------- helpers

  private double providerIncomeTotal() {
    double s = 0;
    for (String code : providers) {
      s += income.get(code);
    }
    return s;
  }

  private OrganisationType type(String code) {
    for (Organisation o : orgs) {
      if (o.code().equals(code)) {
        return o.type();
      }
    }
    throw new IllegalStateException("no organisation " + code);
  }

  private String name(String code) {
    for (Organisation o : orgs) {
      if (o.code().equals(code)) {
        return o.name();
      }
    }
    return code;
  }

  private static double[] weights(SplittableRandom r, int n, double lo, double hi) {
    double[] w = new double[n];
    double s = 0;
    for (int i = 0; i < n; i++) {
      w[i] = uniform(r, lo, hi);
      s += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= s;
    }
    return w;
  }

  private static double[] flat(double v) {
    return new double[] {v, v, v, v, v};
  }

  private static double[] jitter(SplittableRandom r, double[] values, double by) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = round4(values[i] + uniform(r, -by, by));
    }
    return out;
  }

  private static double uniform(SplittableRandom r, double lo, double hi) {
    return lo + (hi - lo) * r.nextDouble();
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static double whole(double v) {
    return Math.round(v);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
