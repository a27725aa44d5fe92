package org.stptoolkit.model.validation;

import static org.stptoolkit.model.basics.RoundingPolicy.formatGbpK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.LocalPlan;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.activity.PodActivity;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionRule;

/**
 * Checks a footprint as a whole and returns findings; it never throws for bad content. The rules, each
 * with a stable identifier:
 *
 * <ul>
 *   <li>{@value #DUPLICATE_ORGANISATION} (ERROR) two organisations share a code.</li>
 *   <li>{@value #UNKNOWN_ORGANISATION} (ERROR) a baseline, override, pool, pressure, control total,
 *       activity row, solution or funding scope names an organisation the footprint does not have.</li>
 *   <li>{@value #UNKNOWN_LOCAL_PLAN} (ERROR) an organisation names a local plan that is not defined.</li>
 *   <li>{@value #UNKNOWN_COST_POOL} (ERROR) a solution names a cost pool that is not defined.</li>
 *   <li>{@value #YEAR_OUTSIDE_PLAN} (ERROR) an amount or rate is given for a year outside the plan (the
 *       base year is allowed only for rates, never for amounts).</li>
 *   <li>{@value #SERVICE_LINE_SURPLUS} a service line's income less costs differs from its printed
 *       surplus: INFO within the ±1 rounding tolerance, WARNING beyond it (the seed's SSSFT 9,530 vs
 *       9,350).</li>
 *   <li>{@value #ORGANISATION_SURPLUS} the sum of an organisation's service lines differs from its reported
 *       surplus in the normalisation table (INFO within tolerance, WARNING beyond).</li>
 *   <li>{@value #NORMALISED_SURPLUS} reported + non-recurrent + impairments differs from the printed
 *       normalised surplus (INFO within tolerance, WARNING beyond).</li>
 *   <li>{@value #DUPLICATE_SOLUTION_NUMBER} (WARNING) two solutions share a template number (the seed's
 *       two 12s).</li>
 *   <li>{@value #UNIT_CONFUSION} (WARNING) one amount is 1,000 times out of line with the rest of its
 *       row: £ typed where £'000 was expected, or the reverse.</li>
 *   <li>{@value #ABSURD_VALUE} (ERROR) an amount beyond any NHS organisation's scale (over £50bn a year)
 *       or negative where it cannot be.</li>
 *   <li>{@value #MISSING_DRIVER} (WARNING) a footprint default driver has no rate for a plan year (zero is
 *       assumed).</li>
 *   <li>{@value #NO_DO_NOTHING} (ERROR) there is neither a published health do-nothing nor any service
 *       lines to project one from.</li>
 *   <li>{@value #MISSING_NORMALISATION} (WARNING) an NHS organisation in the financial template has no
 *       normalisation row.</li>
 *   <li>{@value #ZERO_DENOMINATOR} (ERROR) an indicator value has a zero denominator, or a numerator
 *       without a denominator where no value is given.</li>
 *   <li>{@value #UNKNOWN_RISK_LINK} (ERROR) a key risk is linked to a solution or a projection driver
 *       the footprint does not have; the finding names the risk.</li>
 *   <li>{@value #RISK_WITHOUT_MITIGATION} (WARNING) a key risk gives no mitigating actions; the finding
 *       names the risk.</li>
 * </ul>
 *
 * <p>A likelihood or impact off the 1&ndash;5 scale never reaches the validator: the
 * {@link org.stptoolkit.model.risk.KeyRisk} constructor refuses it with a message naming the risk.
 */
public final class FootprintValidator {

  /** Rule id. */
  public static final String DUPLICATE_ORGANISATION = "DUPLICATE_ORGANISATION";
  /** Rule id. */
  public static final String UNKNOWN_ORGANISATION = "UNKNOWN_ORGANISATION";
  /** Rule id. */
  public static final String UNKNOWN_LOCAL_PLAN = "UNKNOWN_LOCAL_PLAN";
  /** Rule id. */
  public static final String UNKNOWN_COST_POOL = "UNKNOWN_COST_POOL";
  /** Rule id. */
  public static final String YEAR_OUTSIDE_PLAN = "YEAR_OUTSIDE_PLAN";
  /** Rule id. */
  public static final String SERVICE_LINE_SURPLUS = "SERVICE_LINE_SURPLUS";
  /** Rule id. */
  public static final String ORGANISATION_SURPLUS = "ORGANISATION_SURPLUS";
  /** Rule id. */
  public static final String NORMALISED_SURPLUS = "NORMALISED_SURPLUS";
  /** Rule id. */
  public static final String DUPLICATE_SOLUTION_NUMBER = "DUPLICATE_SOLUTION_NUMBER";
  /** Rule id. */
  public static final String UNIT_CONFUSION = "UNIT_CONFUSION";
  /** Rule id. */
  public static final String ABSURD_VALUE = "ABSURD_VALUE";
  /** Rule id. */
  public static final String MISSING_DRIVER = "MISSING_DRIVER";
  /** Rule id. */
  public static final String NO_DO_NOTHING = "NO_DO_NOTHING";
  /** Rule id. */
  public static final String MISSING_NORMALISATION = "MISSING_NORMALISATION";
  /** Rule id. */
  public static final String ZERO_DENOMINATOR = "ZERO_DENOMINATOR";

  /** Rule id. */
  public static final String UNKNOWN_RISK_LINK = "UNKNOWN_RISK_LINK";
  /** Rule id. */
  public static final String RISK_WITHOUT_MITIGATION = "RISK_WITHOUT_MITIGATION";

  /** Largest plausible annual amount for one line, £'000 (£50bn). */
  public static final double MAX_PLAUSIBLE_GBPK = 50_000_000;

  /** Ratio beyond which one amount is taken to be in the wrong unit relative to its row. */
  public static final double UNIT_CONFUSION_RATIO = 300;

  /** The shared instance; the validator has no state. */
  public static final FootprintValidator DEFAULT = new FootprintValidator();

  private FootprintValidator() {}

  /**
   * Every finding for the footprint, errors first.
   *
   * @param fp the footprint to validate
   * @return every finding for the footprint, errors first
   */
  public Findings validate(Footprint fp) {
    List<ValidationFinding> out = new ArrayList<>();
    Map<String, Organisation> orgs = organisations(fp, out);
    localPlans(fp, out);
    baseline(fp, orgs, out);
    drivers(fp, orgs, out);
    pools(fp, orgs, out);
    pressuresAndTotals(fp, orgs, out);
    solutions(fp, orgs, out);
    fundingAndSensitivities(fp, orgs, out);
    activityAndIndicators(fp, orgs, out);
    risks(fp, out);
    if (fp.publishedDoNothing(DoNothingTrajectory.HEALTH).isEmpty()
        && fp.baseline().serviceLines().isEmpty()) {
      out.add(ValidationFinding.error(NO_DO_NOTHING, Location.of("footprint " + fp.name()),
          "a published health do-nothing trajectory or base-year service lines to project one from",
          "neither"));
    }
    return Findings.of(out);
  }

  private static void risks(Footprint fp, List<ValidationFinding> out) {
    Set<String> solutionNames = new java.util.LinkedHashSet<>();
    fp.solutions().forEach(s -> solutionNames.add(s.name()));
    List<String> driverNames = Arrays.stream(Driver.values()).map(Driver::name).toList();
    for (KeyRisk r : fp.risks()) {
      String where = "key risk \"" + r.title() + "\"";
      for (String s : r.solutions()) {
        if (!solutionNames.contains(s)) {
          out.add(ValidationFinding.error(UNKNOWN_RISK_LINK, Location.of(where + " linked solutions"),
              solutionNames.isEmpty() ? "a solution of the footprint (it has none)"
                  : "the name of a solution of the footprint (" + String.join(", ", solutionNames) + ")",
              "\"" + s + "\""));
        }
      }
      for (String d : r.drivers()) {
        if (!driverNames.contains(d)) {
          out.add(ValidationFinding.error(UNKNOWN_RISK_LINK, Location.of(where + " linked drivers"),
              "a projection driver (" + String.join(", ", driverNames) + ")", "\"" + d + "\""));
        }
      }
      if (r.mitigatingActions().isEmpty()) {
        out.add(ValidationFinding.warning(RISK_WITHOUT_MITIGATION, Location.of(where),
            "the mitigating actions the plan takes against the risk", "none"));
      }
    }
  }

  private static Map<String, Organisation> organisations(Footprint fp, List<ValidationFinding> out) {
    Map<String, Organisation> orgs = new LinkedHashMap<>();
    for (Organisation o : fp.organisations()) {
      if (orgs.putIfAbsent(o.code(), o) != null) {
        out.add(ValidationFinding.error(DUPLICATE_ORGANISATION, Location.of("organisation " + o.code()),
            "each organisation code once", "\"" + o.code() + "\" used by " + orgs.get(o.code()).name()
                + " and " + o.name()));
      }
    }
    return orgs;
  }

  private static void localPlans(Footprint fp, List<ValidationFinding> out) {
    Set<String> plans = new HashSet<>();
    for (LocalPlan p : fp.localPlans()) {
      plans.add(p.code());
    }
    for (Organisation o : fp.organisations()) {
      if (o.localPlan() != null && !plans.contains(o.localPlan())) {
        out.add(ValidationFinding.error(UNKNOWN_LOCAL_PLAN, Location.of("organisation " + o.code()),
            "a local plan defined in the footprint (" + String.join(", ", plans) + ")",
            "\"" + o.localPlan() + "\""));
      }
    }
  }

  private static void requireOrg(Map<String, Organisation> orgs, String code, String where,
      List<ValidationFinding> out) {
    if (!orgs.containsKey(code)) {
      out.add(ValidationFinding.error(UNKNOWN_ORGANISATION, Location.of(where),
          "an organisation of the footprint (" + String.join(", ", orgs.keySet()) + ")",
          "\"" + code + "\""));
    }
  }

  private static void requireScope(Map<String, Organisation> orgs, String scope, String where,
      List<ValidationFinding> out) {
    if (!DoNothingTrajectory.HEALTH.equals(scope)) {
      requireOrg(orgs, scope, where, out);
    }
  }

  private static void baseline(Footprint fp, Map<String, Organisation> orgs,
      List<ValidationFinding> out) {
    String year = fp.baseline().year().toString();
    Map<String, List<ServiceLine>> byOrg = new LinkedHashMap<>();
    for (ServiceLine l : fp.baseline().serviceLines()) {
      String where = l.organisationCode() + " " + year + " " + l.name();
      requireOrg(orgs, l.organisationCode(), "service line " + where, out);
      byOrg.computeIfAbsent(l.organisationCode(), k -> new ArrayList<>()).add(l);
      double[] row = {l.incomeGbpK(), l.staffCostsGbpK(), l.variableCostsGbpK(), l.fixedCostsGbpK(),
          l.continuingHealthcareGbpK()};
      String[] names = {"income", "staff costs", "variable costs", "fixed costs",
          "continuing healthcare"};
      for (int i = 0; i < row.length; i++) {
        if (Math.abs(row[i]) > MAX_PLAUSIBLE_GBPK) {
          out.add(ValidationFinding.error(ABSURD_VALUE, Location.of(where + " " + names[i]),
              "at most £50bn (50,000,000 £'000) a year", formatGbpK(row[i])));
        }
      }
      unitConfusion(row, names, where, out);
      if (l.incomeGbpK() < 0) {
        out.add(ValidationFinding.error(ABSURD_VALUE, Location.of(where + " income"),
            "income of zero or more", formatGbpK(l.incomeGbpK())));
      }
      if (l.reportedSurplusGbpK() != null) {
        double computed = l.computedSurplusGbpK();
        double reported = l.reportedSurplusGbpK();
        compare(SERVICE_LINE_SURPLUS, where, surplusWorking(l), computed, "reported surplus", reported, out);
      }
    }
    for (NormalisationEntry n : fp.baseline().normalisation()) {
      String where = n.organisationCode() + " " + year;
      requireOrg(orgs, n.organisationCode(), "normalisation " + where, out);
      List<ServiceLine> lines = byOrg.get(n.organisationCode());
      if (lines != null) {
        // Sum the surpluses as printed where every line prints one (as the source's reader would),
        // otherwise the computed ones.
        boolean printed = lines.stream().allMatch(l -> l.reportedSurplusGbpK() != null);
        double sum = lines.stream().mapToDouble(l -> printed ? l.reportedSurplusGbpK()
            : l.computedSurplusGbpK()).sum();
        String working = "sum of " + lines.size() + (printed ? " printed" : " computed")
            + " service line surplus" + (lines.size() == 1 ? "" : "es") + " "
            + lines.stream().map(l -> formatGbpK(printed ? l.reportedSurplusGbpK()
                : l.computedSurplusGbpK())).reduce((a, b) -> a + " + " + b).orElse("")
            + " = " + formatGbpK(sum);
        compare(ORGANISATION_SURPLUS, where, working, sum, "reported surplus",
            n.reportedSurplusGbpK(), out);
      }
      if (n.publishedNormalisedGbpK() != null) {
        String working = "reported " + formatGbpK(n.reportedSurplusGbpK()) + " + non-recurrent "
            + formatGbpK(n.netNonRecurrentGbpK()) + " + impairments " + formatGbpK(n.impairmentsGbpK())
            + " = " + formatGbpK(n.normalisedSurplusGbpK());
        compare(NORMALISED_SURPLUS, where, working, n.normalisedSurplusGbpK(),
            "printed normalised surplus", n.publishedNormalisedGbpK(), out);
      }
    }
    Set<String> normalised = new HashSet<>();
    fp.baseline().normalisation().forEach(n -> normalised.add(n.organisationCode()));
    for (Organisation o : fp.organisations()) {
      if (o.type().isNhs() && o.inFinancialTemplate() && !normalised.contains(o.code())
          && !fp.baseline().normalisation().isEmpty()) {
        out.add(ValidationFinding.warning(MISSING_NORMALISATION, Location.of(o.code() + " " + year),
            "a normalisation row for every NHS organisation in the financial template",
            "none for " + o.name()));
      }
    }
  }

  private static String surplusWorking(ServiceLine l) {
    StringBuilder sb = new StringBuilder("income less costs ").append(formatGbpK(l.incomeGbpK()));
    for (double c : new double[] {l.staffCostsGbpK(), l.variableCostsGbpK(), l.fixedCostsGbpK(),
        l.continuingHealthcareGbpK()}) {
      if (c != 0) {
        sb.append(" − ").append(formatGbpK(c));
      }
    }
    return sb.append(" = ").append(formatGbpK(l.computedSurplusGbpK())).toString();
  }

  private static void compare(String rule, String where, String working, double computed,
      String printedName, double printed, List<ValidationFinding> out) {
    double diff = computed - printed;
    if (Math.abs(diff) < 1e-9) {
      return;
    }
    String found = printedName + " " + formatGbpK(printed) + ", a difference of "
        + formatGbpK(Math.abs(diff));
    if (RoundingPolicy.withinTolerance(computed, printed)) {
      out.add(ValidationFinding.info(rule, Location.of(where), working,
          found + " (within the ±1 £'000 rounding tolerance)"));
    } else {
      out.add(ValidationFinding.warning(rule, Location.of(where), working,
          found + " (beyond the ±1 £'000 rounding tolerance)"));
    }
  }

  private static void unitConfusion(double[] row, String[] names, String where,
      List<ValidationFinding> out) {
    double[] nonZero = Arrays.stream(row).map(Math::abs).filter(v -> v > 0).sorted().toArray();
    if (nonZero.length < 3) {
      return;
    }
    double median = nonZero[(nonZero.length - 1) / 2];
    for (int i = 0; i < row.length; i++) {
      double v = Math.abs(row[i]);
      if (v == 0) {
        continue;
      }
      if (v > median * UNIT_CONFUSION_RATIO || v * UNIT_CONFUSION_RATIO < median) {
        out.add(ValidationFinding.warning(UNIT_CONFUSION, Location.of(where + " " + names[i]),
            "an amount in £'000 of the same order as the rest of the row (median "
                + formatGbpK(median) + ")",
            formatGbpK(row[i]) + ", about " + formatGbpK(v > median ? v / median : median / v)
                + " times " + (v > median ? "larger" : "smaller")
                + ": was it typed in £ rather than £'000, or the reverse?"));
      }
    }
  }

  private static void drivers(Footprint fp, Map<String, Organisation> orgs,
      List<ValidationFinding> out) {
    PlanPeriod period = fp.period();
    DriverSet d = fp.assumptions().defaults();
    Map<String, YearlyRates> named = driverMap(d);
    named.forEach((name, rates) -> {
      if (rates == null) {
        out.add(ValidationFinding.warning(MISSING_DRIVER, Location.of("assumptions " + name),
            "a rate for every plan year " + period.firstYear() + " to " + period.lastYear(),
            "no rates (0% assumed)"));
        return;
      }
      List<String> missing = new ArrayList<>();
      for (FinancialYear y : period.years()) {
        if (!rates.has(y)) {
          missing.add(y.toString());
        }
      }
      if (!missing.isEmpty() && !rates.isEmpty()) {
        out.add(ValidationFinding.warning(MISSING_DRIVER, Location.of("assumptions " + name),
            "a rate for every plan year", "none for " + String.join(", ", missing) + " (0% assumed)"));
      }
      yearsOfRates(period, rates, "assumptions " + name, out);
    });
    fp.assumptions().overrides().forEach((code, set) -> {
      requireOrg(orgs, code, "assumption override for " + code, out);
      driverMap(set).forEach((name, rates) -> {
        if (rates != null) {
          yearsOfRates(period, rates, "assumption override " + code + " " + name, out);
        }
      });
    });
  }

  private static Map<String, YearlyRates> driverMap(DriverSet d) {
    Map<String, YearlyRates> m = new LinkedHashMap<>();
    m.put("tariffUplift", d.tariffUplift());
    m.put("allocationGrowth", d.allocationGrowth());
    m.put("payInflation", d.payInflation());
    m.put("nonPayInflation", d.nonPayInflation());
    m.put("demographicGrowth", d.demographicGrowth());
    m.put("nonDemographicGrowth", d.nonDemographicGrowth());
    m.put("continuingHealthcareGrowth", d.continuingHealthcareGrowth());
    m.put("socialCareDemandGrowth", d.socialCareDemandGrowth());
    m.put("socialCarePriceGrowth", d.socialCarePriceGrowth());
    m.put("socialCareFundingGrowth", d.socialCareFundingGrowth());
    m.put("efficiency", d.efficiency());
    return m;
  }

  private static void yearsOfRates(PlanPeriod period, YearlyRates rates, String where,
      List<ValidationFinding> out) {
    yearsOf(period, rates.fractions(), where, out);
  }

  private static void yearsOfAmounts(PlanPeriod period, YearlyAmounts amounts, String where,
      List<ValidationFinding> out) {
    yearsOf(period, amounts.gbpK(), where, out);
  }

  private static void yearsOf(PlanPeriod period, SortedMap<FinancialYear, Double> values,
      String where, List<ValidationFinding> out) {
    for (FinancialYear y : values.keySet()) {
      if (!period.contains(y)) {
        out.add(ValidationFinding.error(YEAR_OUTSIDE_PLAN, Location.of(where + " " + y),
            "a plan year from " + period.firstYear() + " to " + period.lastYear(), y.toString()));
      }
    }
  }

  private static void pools(Footprint fp, Map<String, Organisation> orgs,
      List<ValidationFinding> out) {
    for (CostPool p : fp.costPools()) {
      for (String code : p.organisationCodes()) {
        requireOrg(orgs, code, "cost pool " + p.id(), out);
      }
    }
  }

  private static void pressuresAndTotals(Footprint fp, Map<String, Organisation> orgs,
      List<ValidationFinding> out) {
    for (CostPressure p : fp.pressures()) {
      requireOrg(orgs, p.organisationCode(), "cost pressure " + p.name(), out);
      yearsOfAmounts(fp.period(), p.impactGbpK(), "cost pressure " + p.name(), out);
    }
    fp.controlTotals().forEach(c -> {
      requireOrg(orgs, c.organisationCode(), "control total", out);
      yearsOfAmounts(fp.period(), c.surplusGbpK(), "control total " + c.organisationCode(), out);
    });
    for (DoNothingTrajectory t : fp.publishedDoNothing()) {
      requireScope(orgs, t.scope(), "published do-nothing " + t.scope(), out);
      yearsOfAmounts(fp.period(), t.surplusGbpK(), "published do-nothing " + t.scope(), out);
      yearsOfAmounts(fp.period(), t.publishedTotalSolutionValueGbpK(),
          "published total solution value " + t.scope(), out);
      yearsOfAmounts(fp.period(), t.publishedDoSomethingGbpK(),
          "published do-something " + t.scope(), out);
    }
  }

  private static void solutions(Footprint fp, Map<String, Organisation> orgs,
      List<ValidationFinding> out) {
    Map<String, List<Solution>> byNumber = new LinkedHashMap<>();
    Set<String> pools = new HashSet<>();
    fp.costPools().forEach(p -> pools.add(p.id()));
    for (Solution s : fp.solutions()) {
      String where = "solution " + s.label();
      byNumber.computeIfAbsent(s.scope() + "#" + s.number(), k -> new ArrayList<>()).add(s);
      requireScope(orgs, s.scope(), where + " scope", out);
      yearsOfAmounts(fp.period(), s.phasedGbpK(), where, out);
      List<String> named = new ArrayList<>(s.costPools());
      String rulePool = rulePool(s.rule());
      if (rulePool != null) {
        named.add(rulePool);
      }
      for (String pool : named) {
        if (!pools.contains(pool)) {
          out.add(ValidationFinding.error(UNKNOWN_COST_POOL, Location.of(where),
              "a cost pool of the footprint (" + String.join(", ", pools) + ")", "\"" + pool + "\""));
        }
      }
    }
    byNumber.values().stream().filter(l -> l.size() > 1).forEach(l -> out.add(
        ValidationFinding.warning(DUPLICATE_SOLUTION_NUMBER,
            Location.of("solution number " + l.get(0).number()),
            "each template solution number once",
            l.size() + " solutions numbered " + l.get(0).number() + ": "
                + String.join(", ", l.stream().map(Solution::name).toList()))));
  }

  private static String rulePool(SolutionRule rule) {
    return rule == null ? null : rule.costPool().orElse(null);
  }

  private static void fundingAndSensitivities(Footprint fp, Map<String, Organisation> orgs,
      List<ValidationFinding> out) {
    for (FundingLine f : fp.funding()) {
      requireScope(orgs, f.scope(), "funding " + f.name(), out);
      yearsOfAmounts(fp.period(), f.amountsGbpK(), "funding " + f.name(), out);
    }
    for (Sensitivity s : fp.sensitivities()) {
      yearsOfAmounts(fp.period(), s.publishedNhsImpactGbpK(), "sensitivity " + s.name(), out);
      yearsOfAmounts(fp.period(), s.publishedSocialCareImpactGbpK(), "sensitivity " + s.name(), out);
    }
    fp.transformationCosts().forEach(t -> yearsOfAmounts(fp.period(), t.cumulativeGbpK(),
        "transformation cost " + t.name(), out));
    fp.capital().forEach(c -> yearsOfAmounts(fp.period(), c.amountsGbpK(), "capital " + c.name(), out));
  }

  private static void activityAndIndicators(Footprint fp, Map<String, Organisation> orgs,
      List<ValidationFinding> out) {
    for (PodActivity a : fp.activity().activity()) {
      requireOrg(orgs, a.organisationCode(), "activity " + a.organisationCode() + " " + a.pod(), out);
    }
    for (IndicatorValue v : fp.indicators()) {
      String where = "indicator " + v.indicatorId() + " " + v.areaCode() + " " + v.period();
      if (v.denominator() != null && v.denominator() == 0 && v.numerator() != null) {
        out.add(ValidationFinding.error(ZERO_DENOMINATOR, Location.of(where),
            "a denominator above zero", "0"));
      } else if (v.value() == null && v.numerator() != null && v.denominator() == null) {
        out.add(ValidationFinding.error(ZERO_DENOMINATOR, Location.of(where),
            "a denominator (or a value) beside the numerator", "no denominator"));
      }
    }
  }

}
