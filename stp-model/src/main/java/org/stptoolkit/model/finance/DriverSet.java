package org.stptoolkit.model.finance;

import org.stptoolkit.model.basics.YearlyRates;

/**
 * The drivers of the do-nothing projection, each a rate by plan year (decimal fraction). At footprint
 * level every driver should be given; in an organisation override, a {@code null} driver falls back to
 * the footprint default.
 *
 * @param tariffUplift provider price uplift net of the national efficiency factor
 * @param allocationGrowth commissioner allocation growth
 * @param payInflation pay cost inflation
 * @param nonPayInflation non-pay (variable and fixed) cost inflation
 * @param demographicGrowth activity growth from population change
 * @param nonDemographicGrowth activity growth beyond demography
 * @param continuingHealthcareGrowth growth of continuing healthcare spend (the seed: 12% a year)
 * @param socialCareDemandGrowth social care demand growth (older population)
 * @param socialCarePriceGrowth social care price growth (national living wage)
 * @param socialCareFundingGrowth local authority social care funding growth
 * @param efficiency CIP/QIPP assumed inside the do-nothing, as a share of costs; national guidance is
 *     none after the first plan year
 */
public record DriverSet(YearlyRates tariffUplift, YearlyRates allocationGrowth,
    YearlyRates payInflation, YearlyRates nonPayInflation, YearlyRates demographicGrowth,
    YearlyRates nonDemographicGrowth, YearlyRates continuingHealthcareGrowth,
    YearlyRates socialCareDemandGrowth, YearlyRates socialCarePriceGrowth,
    YearlyRates socialCareFundingGrowth, YearlyRates efficiency) {

  /** A set with every driver absent (used for organisation overrides). */
  public static DriverSet none() {
    return new DriverSet(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** This set with absent drivers taken from {@code defaults}. */
  public DriverSet orElse(DriverSet defaults) {
    return new DriverSet(
        pick(tariffUplift, defaults.tariffUplift),
        pick(allocationGrowth, defaults.allocationGrowth),
        pick(payInflation, defaults.payInflation),
        pick(nonPayInflation, defaults.nonPayInflation),
        pick(demographicGrowth, defaults.demographicGrowth),
        pick(nonDemographicGrowth, defaults.nonDemographicGrowth),
        pick(continuingHealthcareGrowth, defaults.continuingHealthcareGrowth),
        pick(socialCareDemandGrowth, defaults.socialCareDemandGrowth),
        pick(socialCarePriceGrowth, defaults.socialCarePriceGrowth),
        pick(socialCareFundingGrowth, defaults.socialCareFundingGrowth),
        pick(efficiency, defaults.efficiency));
  }

  private static YearlyRates pick(YearlyRates own, YearlyRates fallback) {
    return own != null ? own : fallback;
  }
}
