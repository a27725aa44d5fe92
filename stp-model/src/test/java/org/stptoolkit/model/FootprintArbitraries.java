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
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.activity.PodActivity;
import org.stptoolkit.model.activity.PointOfDelivery;
import org.stptoolkit.model.activity.StaffGroup;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;

/**
 * jqwik generators of footprints built from the model's records: {@link #validFootprints()} pass every
 * constructor rule (the validator may still warn), and {@link #invalidValues()} are one broken value each,
 * named by the field the constructor must name when it refuses it.
 */
public final class FootprintArbitraries {

  private FootprintArbitraries() {}

  /** A rate within the model's -50%..+100% a year, as the thousandths a template holds. */
  public static Arbitrary<Double> rates() {
    return Arbitraries.integers().between(-500, 1000).map(i -> i / 1000.0);
  }

  /** An amount in £'000 with one decimal, zero to £10bn. */
  public static Arbitrary<Double> amountsGbpK() {
    return Arbitraries.integers().between(0, 100_000_000).map(i -> i / 10.0);
  }

  static Arbitrary<YearlyRates> yearlyRates(PlanPeriod period) {
    return rates().list().ofSize(period.size()).map(list -> {
      Map<FinancialYear, Double> m = new TreeMap<>();
      for (int i = 0; i < list.size(); i++) {
        m.put(period.year(i), list.get(i));
      }
      return new YearlyRates(new TreeMap<>(m));
    });
  }

  static Arbitrary<DriverSet> drivers(PlanPeriod period) {
    Arbitrary<YearlyRates> r = yearlyRates(period).injectNull(0.1);
    return Combinators.combine(r, r, r, r, r, r, r, r).as((a, b, c, d, e, f, g, h) -> DriverSet.builder()
        .set(Driver.TARIFF_UPLIFT, a).set(Driver.ALLOCATION_GROWTH, b).set(Driver.PAY_INFLATION, c)
        .set(Driver.NON_PAY_INFLATION, d).set(Driver.DEMOGRAPHIC_GROWTH, e).set(Driver.NON_DEMOGRAPHIC_GROWTH, f)
        .set(Driver.CONTINUING_HEALTHCARE_GROWTH, g).set(Driver.SOCIAL_CARE_DEMAND_GROWTH, h)
        .flat(period, Driver.EFFICIENCY, 0).build());   // social care price and funding left out
  }

  static Arbitrary<ServiceLine> serviceLine(String org, String name) {
    Arbitrary<Double> a = amountsGbpK();
    return Combinators.combine(a, a, a, a, a, Arbitraries.of(true, false)).as((inc, staff, variable, fixed, chc, rep) ->
        ServiceLine.builder(org, name).incomeGbpK(inc).staffCostsGbpK(staff).variableCostsGbpK(variable)
            .fixedCostsGbpK(fixed).continuingHealthcareGbpK(chc)
            .reportedSurplusGbpK(rep ? inc - staff - variable - fixed - chc : null).build());
  }

  /**
   * Up to three key risks, scored or not (each score 1 to 5 or empty), linked to none, one or both of the
   * generated footprints' solutions ("CIP", "Percent of pool") and sometimes a driver.
   */
  public static Arbitrary<List<KeyRisk>> keyRisks() {
    Arbitrary<Integer> score = Arbitraries.integers().between(KeyRisk.SCALE_MIN, KeyRisk.SCALE_MAX).injectNull(0.3);
    return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20), score,
        score, Arbitraries.of(List.<String>of(), List.of("CIP"), List.of("CIP", "Percent of pool")),
        Arbitraries.of(List.<String>of(), List.of("PAY_INFLATION")))
        .as((t, l, i, solutions, drivers) -> new KeyRisk("Risk " + t, "What " + t + " means", "Mitigate " + t,
            "Needs " + t, "", l, i, solutions, drivers))
        .list().ofMaxSize(3);
  }

  /** Footprints that pass every constructor rule: 1 to 6 organisations, rates, lines, solutions, activity. */
  public static Arbitrary<Footprint> validFootprints() {
    Arbitrary<PlanPeriod> periods = Combinators.combine(Arbitraries.integers().between(2010, 2030),
        Arbitraries.integers().between(1, 10)).as((y, n) -> PlanPeriod.of(FinancialYear.of(y), n));
    return periods.flatMap(period -> {
      Arbitrary<List<Organisation>> orgs = Arbitraries.of(OrganisationType.values()).list().ofMinSize(1).ofMaxSize(6)
          .map(types -> {
            List<Organisation> out = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
              out.add(Organisation.of("ORG" + i, "Organisation " + i + " NHS £ & \"Co\"", types.get(i)));
            }
            return out;
          });
      return orgs.flatMap(os -> {
        List<Arbitrary<ServiceLine>> lines = new ArrayList<>();
        for (Organisation o : os) {
          lines.add(serviceLine(o.code(), "Line of " + o.code()));
        }
        Arbitrary<List<ServiceLine>> allLines = Combinators.combine(lines).as(l -> l);
        Arbitrary<List<Double>> phasing = amountsGbpK().list().ofSize(period.size());
        Arbitrary<ActivityBaseline> activity = Combinators.combine(
            Arbitraries.of(PointOfDelivery.values()), Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.integers().between(0, 3650), Arbitraries.integers().between(1, 100))
            .as((pod, spells, los, occ) -> new ActivityBaseline(
                List.of(new PodActivity(os.get(0).code(), pod, spells, los / 10.0, 1500)),
                List.of(new StaffGroup("Nurses", spells / 100.0, true)), occ / 100.0, "generated"));
        return Combinators.combine(allLines, drivers(period), phasing, activity,
            Arbitraries.integers().between(1, 44), Arbitraries.of(Region.values()),
            Arbitraries.integers().between(0, 500).map(i -> i / 1000.0), keyRisks())
            .as((ls, d, ph, act, number, region, share, risks) -> {
              List<NormalisationEntry> norm = new ArrayList<>();
              for (ServiceLine l : ls) {
                norm.add(new NormalisationEntry(l.organisationCode(), l.computedSurplusGbpK(), 0, 0, null));
              }
              CostPool pool = new CostPool("pool", "All expenditure", os.stream().map(Organisation::code).toList(),
                  CostLine.EXPENDITURE, null);
              double[] phased = ph.stream().mapToDouble(Double::doubleValue).toArray();
              Solution phasedSolution = Solution.builder(1, "CIP", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY)
                  .costPools(List.of("pool")).phasedGbpK(YearlyAmounts.of(period.firstYear(), phased)).build();
              Solution ruled = Solution.builder(2, "Percent of pool", SolutionCategory.REDUCE_FIXED_COSTS)
                  .maturity(Maturity.OPPORTUNITY).costPools(List.of("pool"))
                  .rule(new PercentOfPool("pool", share, period.firstYear(), true)).provenance(Provenance.ILLUSTRATIVE)
                  .build();
              return Footprint.builder().number(number).name("Generated footprint " + number).region(region)
                  .period(period).organisations(os)
                  .baseline(new org.stptoolkit.model.finance.Baseline(period.baseYear(), norm, ls)).drivers(d)
                  .costPool(pool).solution(phasedSolution).solution(ruled).activity(act).risks(risks)
                  .note("generated by jqwik").build();
            });
      });
    });
  }

  /**
   * One value a constructor must refuse.
   *
   * @param field words the refusal message must contain
   * @param jsonPath where the value sits in the JSON of {@link TestFootprints#minimal()}
   * @param json the value as JSON text
   * @param construct builds the record with the bad value (throws)
   */
  public record Invalid(String field, String jsonPath, String json, Runnable construct) {
    @Override
    public String toString() {
      return field + " = " + json;
    }
  }

  /** Broken values, each with the field its refusal names. */
  public static Arbitrary<Invalid> invalidValues() {
    FinancialYear y = TestFootprints.PERIOD.firstYear();
    Arbitrary<Double> farRates = Arbitraries.oneOf(Arbitraries.doubles().between(1.0001, 1e6).ofScale(4),
        Arbitraries.doubles().between(-1e6, -0.5001).ofScale(4));
    Arbitrary<Invalid> growth = farRates.map(v -> new Invalid("rate for " + y, "$.assumptions.defaults.payInflation",
        "{\"" + y + "\": " + v + "}", () -> YearlyRates.of(y, v)));
    Arbitrary<Invalid> occupancy = Arbitraries.doubles().between(1.0001, 1000).ofScale(4).map(v -> new Invalid(
        "target bed occupancy", "$.activity.targetOccupancy", String.valueOf(v),
        () -> new ActivityBaseline(List.of(), List.of(), v, "")));
    Arbitrary<Invalid> staff = Arbitraries.doubles().between(-1e8, -0.001).ofScale(4).map(v -> new Invalid(
        "staff costs of ACUTE Acute", "$.baseline.serviceLines[0].staffCostsGbpK", String.valueOf(v),
        () -> ServiceLine.builder("ACUTE", "Acute").incomeGbpK(1).staffCostsGbpK(v).build()));
    Arbitrary<Invalid> amount = Arbitraries.doubles().between(1e9, 1e300).ofScale(0).map(v -> new Invalid(
        "amount for " + y, "$.solutions[0].phasedGbpK", "{\"" + y + "\": " + v + "}", () -> YearlyAmounts.of(y, v)));
    Arbitrary<Invalid> number = Arbitraries.integers().between(10_000, Integer.MAX_VALUE).map(v -> new Invalid(
        "solution number", "$.solutions[0].number", String.valueOf(v), () -> Solution.builder(v, "CIP",
            SolutionCategory.SHIFT_LEFT).phasedGbpK(YearlyAmounts.of(y, 1)).build()));
    Arbitrary<Invalid> share = Arbitraries.doubles().between(0.5001, 100).ofScale(4).map(v -> new Invalid(
        "share of pool saved per year", "$.solutions[0].rule.sharePerYear", String.valueOf(v),
        () -> new PercentOfPool("acute", v, y, true)));
    return Arbitraries.oneOf(growth, occupancy, staff, amount, number, share);
  }
}
