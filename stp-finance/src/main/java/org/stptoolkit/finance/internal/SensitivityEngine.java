package org.stptoolkit.finance.internal;

import org.stptoolkit.finance.sensitivity.SensitivityImpact;
import org.stptoolkit.finance.sensitivity.SensitivityResults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.sensitivity.ActivityChange;
import org.stptoolkit.model.sensitivity.AdditionalCostShareOfIncome;
import org.stptoolkit.model.sensitivity.GrowthRateChange;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.sensitivity.SensitivityRule;
import org.stptoolkit.model.sensitivity.SocialCareTransfer;

/**
 * Sensitivities as overlays on the drivers-based do-nothing. Each is reported as the sensitised
 * position less the do-nothing, £'000 (saving positive):
 *
 * <ul>
 *   <li>{@link AdditionalCostShareOfIncome}: from the first year, NHS impact = −share × providers'
 *       (normalised) income; social care impact = −share × local authorities' social care funding.</li>
 *   <li>{@link SocialCareTransfer}: the share of the <em>growth</em> in local authorities' social care
 *       expenditure since the base year (the cost of "providing the same level of service" that the
 *       authorities cannot fund, which the seed says lands on the NHS) is moved to the NHS: social care
 *       impact = +moved, NHS impact = −moved × price multiplier.</li>
 *   <li>{@link GrowthRateChange}: the driver of the named line is replaced in the given years for every
 *       organisation and the do-nothing re-projected (continuing healthcare → its growth; staff → pay
 *       inflation; variable and fixed → non-pay inflation; income → tariff and allocation growth;
 *       expenditure → pay and non-pay inflation).</li>
 *   <li>{@link ActivityChange}: from the first year, NHS activity growth each year is multiplied by
 *       {@code (1 + change)}, so the change compounds: "1% less activity" from 2016/17 is 4.9% less by
 *       2020/21. Commissioners buy less (saving), providers lose the income and save staff and variable
 *       cost; fixed costs stay.</li>
 * </ul>
 *
 * <p>Combined: all overlays at once on one re-projection plus all direct costs.
 */
public final class SensitivityEngine {

  private SensitivityEngine() {}

  /**
   * Every sensitivity of the footprint against the do-nothing {@code base}.
   *
   * @param base the do-nothing projection
   * @return every sensitivity of the footprint against the do-nothing {@code base}
   */
  public static SensitivityResults compute(Projection base) {
    ResolvedFootprint r = base.resolved();
    List<Sensitivity> all = r.footprint().sensitivities();
    List<SensitivityImpact> single = new ArrayList<>();
    for (Sensitivity s : all) {
      single.add(impact(base, List.of(s.rule()), s.name(), s.rule().kind(),
          finalYear(r.period(), s.publishedNhsImpactGbpK()), finalYear(r.period(), s.publishedSocialCareImpactGbpK())));
    }
    SensitivityImpact combined = all.isEmpty() ? null
        : impact(base, all.stream().map(Sensitivity::rule).toList(), "Combined", "combined", null, null);
    List<String> tornado = single.stream()
        .sorted(Comparator.comparingDouble((SensitivityImpact i) -> -Math.abs(i.finalYearTotal())))
        .map(SensitivityImpact::name).toList();
    return new SensitivityResults(single, combined, tornado);
  }

  private static Double finalYear(PlanPeriod period, org.stptoolkit.model.basics.YearlyAmounts a) {
    return a.has(period.lastYear()) ? a.get(period.lastYear()) : null;
  }

  /**
   * The impact of a set of rules applied together, against {@code base}.
   *
   * @param base the do-nothing projection
   * @param rules the rules applied together
   * @param name the name to print, or "Combined"
   * @param kind the rule's kind, or "combined"
   * @param publishedNhs the plan's printed final-year NHS impact, or {@code null}
   * @param publishedSocialCare the plan's printed final-year social care impact, or {@code null}
   * @return the impact of a set of rules applied together, against {@code base}
   */
  public static SensitivityImpact impact(Projection base, List<SensitivityRule> rules, String name,
      String kind, Double publishedNhs, Double publishedSocialCare) {
    ResolvedFootprint r = base.resolved();
    int years = r.planYears();
    double[] rates = new double[r.ratesLength()];
    r.copyRatesInto(rates);
    double[] factor = new double[years];
    java.util.Arrays.fill(factor, 1.0);
    boolean reproject = false;
    // First pass: the rules that change the projection's inputs (the others act on its output below).
    SensitivityRule.Visitor<Boolean> changesInputs = new SensitivityRule.Visitor<>() {
      @Override
      public Boolean additionalCostShareOfIncome(AdditionalCostShareOfIncome a) {
        return false;
      }

      @Override
      public Boolean socialCareTransfer(SocialCareTransfer t) {
        return false;
      }

      @Override
      public Boolean growthRateChange(GrowthRateChange g) {
        applyGrowth(r, g, rates);
        return true;
      }

      @Override
      public Boolean activityChange(ActivityChange a) {
        for (int y = 0; y < years; y++) {
          if (!r.period().year(y).isBefore(a.fromYear())) {
            factor[y] *= 1 + a.change();
          }
        }
        return true;
      }
    };
    for (SensitivityRule rule : rules) {
      reproject |= rule.accept(changesInputs);
    }
    Projection sens = reproject ? DoNothingProjection.run(r, rates, factor) : base;
    double[] nhs = sens.health().minus(base.health()).toArray();
    double[] sc = socialCare(sens).minus(socialCare(base)).toArray();
    ByYear providerIncome = sens.sectorMeasure(ResolvedFootprint.PROVIDER, ResolvedFootprint.INCOME);
    ByYear laIncome = sens.sectorMeasure(ResolvedFootprint.SOCIAL_CARE, ResolvedFootprint.INCOME);
    ByYear laSpend = laExpenditure(sens);
    double laSpendBase = laExpenditureBase(sens);
    // Second pass: the rules that add cost to (or move cost between) the projected positions.
    SensitivityRule.Visitor<Void> actsOnOutput = new SensitivityRule.Visitor<>() {
      @Override
      public Void additionalCostShareOfIncome(AdditionalCostShareOfIncome a) {
        for (int y = 0; y < years; y++) {
          if (!r.period().year(y).isBefore(a.fromYear())) {
            if (a.includeNhs()) {
              nhs[y] -= a.shareOfIncome() * providerIncome.get(y);
            }
            if (a.includeSocialCare()) {
              sc[y] -= a.shareOfIncome() * laIncome.get(y);
            }
          }
        }
        return null;
      }

      @Override
      public Void socialCareTransfer(SocialCareTransfer t) {
        for (int y = 0; y < years; y++) {
          double moved = t.share() * (laSpend.get(y) - laSpendBase);
          sc[y] += moved;
          nhs[y] -= moved * t.priceMultiplier();
        }
        return null;
      }

      @Override
      public Void growthRateChange(GrowthRateChange g) {
        return null;
      }

      @Override
      public Void activityChange(ActivityChange a) {
        return null;
      }
    };
    for (SensitivityRule rule : rules) {
      rule.accept(actsOnOutput);
    }
    return new SensitivityImpact(name, kind, ByYear.of(nhs), ByYear.of(sc), publishedNhs, publishedSocialCare);
  }

  private static void applyGrowth(ResolvedFootprint r, GrowthRateChange g, double[] rates) {
    Driver[] drivers = switch (g.line()) {
      case CONTINUING_HEALTHCARE -> new Driver[] {Driver.CONTINUING_HEALTHCARE_GROWTH};
      case STAFF -> new Driver[] {Driver.PAY_INFLATION};
      case VARIABLE, FIXED -> new Driver[] {Driver.NON_PAY_INFLATION};
      case INCOME -> new Driver[] {Driver.TARIFF_UPLIFT, Driver.ALLOCATION_GROWTH};
      case EXPENDITURE -> new Driver[] {Driver.PAY_INFLATION, Driver.NON_PAY_INFLATION};
    };
    for (int y = 0; y < r.planYears(); y++) {
      FinancialYear year = r.period().year(y);
      if (!g.growth().has(year)) {
        continue;
      }
      double v = g.growth().getOr(year, 0);
      for (int o = 0; o < r.organisationCount(); o++) {
        for (Driver d : drivers) {
          rates[r.rateIndex(o, d, y)] = v;
        }
      }
    }
  }

  static ByYear socialCare(Projection p) {
    ResolvedFootprint r = p.resolved();
    ByYear s = ByYear.zeros(r.planYears());
    for (int o = 0; o < r.organisationCount(); o++) {
      if (r.sector(o) == ResolvedFootprint.SOCIAL_CARE) {
        s = s.plus(p.organisationSurplus(o));
      }
    }
    return s;
  }

  private static ByYear laExpenditure(Projection p) {
    int sc = ResolvedFootprint.SOCIAL_CARE;
    return p.sectorMeasure(sc, ResolvedFootprint.STAFF).plus(p.sectorMeasure(sc, ResolvedFootprint.VARIABLE))
        .plus(p.sectorMeasure(sc, ResolvedFootprint.FIXED)).plus(p.sectorMeasure(sc, ResolvedFootprint.CHC));
  }

  private static double laExpenditureBase(Projection p) {
    int sc = ResolvedFootprint.SOCIAL_CARE;
    return p.sectorMeasureBase(sc, ResolvedFootprint.STAFF) + p.sectorMeasureBase(sc, ResolvedFootprint.VARIABLE)
        + p.sectorMeasureBase(sc, ResolvedFootprint.FIXED) + p.sectorMeasureBase(sc, ResolvedFootprint.CHC);
  }
}
