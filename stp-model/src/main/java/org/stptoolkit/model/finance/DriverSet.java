package org.stptoolkit.model.finance;

import org.stptoolkit.model.basics.YearlyRates;
import java.util.EnumMap;
import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.PlanPeriod;

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

  /**
   * A set with every driver absent (used for organisation overrides).
   *
   * @return a set with every driver absent (used for organisation overrides)
   */
  public static DriverSet none() {
    return new DriverSet(null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * A builder that takes each driver by name, so that two rates cannot be swapped by position:
   *
   * <pre>
   * DriverSet drivers = DriverSet.builder()
   *     .set(Driver.PAY_INFLATION, YearlyRates.flat(period, 0.01))
   *     .flat(period, Driver.SOCIAL_CARE_PRICE_GROWTH, 0.025)
   *     .build();
   * </pre>
   *
   * A driver never set is absent ({@code null}): right for an organisation override, where it falls back to
   * the footprint default; at footprint level validation reports every driver left out.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this set's drivers, to change some of them.
   *
   * @return a builder with every driver of this set
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (Driver d : Driver.values()) {
      b.rates.put(d, d.in(this));
    }
    return b;
  }

  /**
   * A copy with one driver replaced (the others unchanged).
   *
   * @param driver the driver to replace
   * @param rates its rates by year, or {@code null} to leave it out (an override then falls back to the default)
   * @return the copy
   */
  public DriverSet with(Driver driver, YearlyRates rates) {
    return toBuilder().set(driver, rates).build();
  }

  /**
   * Collects drivers by name ({@link Driver}) and builds a {@link DriverSet}. Not thread-safe; each
   * {@link #build()} gives a new immutable set.
   */
  public static final class Builder {
    private final EnumMap<Driver, YearlyRates> rates = new EnumMap<>(Driver.class);

    private Builder() {}

    /**
     * Sets one driver's rates.
     *
     * @param driver which driver
     * @param yearlyRates its rates by year (decimal fractions), or {@code null} to leave the driver out
     * @return this builder
     * @throws IllegalArgumentException when {@code driver} is missing
     */
    public Builder set(Driver driver, YearlyRates yearlyRates) {
      Checks.notNull(driver, "driver");
      if (yearlyRates == null) {
        rates.remove(driver);
      } else {
        rates.put(driver, yearlyRates);
      }
      return this;
    }

    /**
     * Sets one driver to the same rate in every plan year of {@code period}.
     *
     * @param period the plan years
     * @param driver which driver
     * @param fraction the rate as a decimal fraction (0.01 = 1% a year)
     * @return this builder
     * @throws IllegalArgumentException when an argument is missing or the rate is outside -50% to +100%
     */
    public Builder flat(PlanPeriod period, Driver driver, double fraction) {
      Checks.notNull(period, "plan period");
      return set(driver, YearlyRates.flat(period, fraction));
    }

    /**
     * Sets every driver not yet set to the same rate in every plan year (e.g. zero for a test, then the
     * drivers that matter set by name).
     *
     * @param period the plan years
     * @param fraction the rate as a decimal fraction
     * @return this builder
     * @throws IllegalArgumentException when the period is missing or the rate is outside -50% to +100%
     */
    public Builder othersFlat(PlanPeriod period, double fraction) {
      Checks.notNull(period, "plan period");
      YearlyRates flat = YearlyRates.flat(period, fraction);
      for (Driver d : Driver.values()) {
        rates.putIfAbsent(d, flat);
      }
      return this;
    }

    /**
     * The driver set.
     *
     * @return a new immutable set; drivers never set are absent
     */
    public DriverSet build() {
      return new DriverSet(rates.get(Driver.TARIFF_UPLIFT), rates.get(Driver.ALLOCATION_GROWTH),
          rates.get(Driver.PAY_INFLATION), rates.get(Driver.NON_PAY_INFLATION),
          rates.get(Driver.DEMOGRAPHIC_GROWTH), rates.get(Driver.NON_DEMOGRAPHIC_GROWTH),
          rates.get(Driver.CONTINUING_HEALTHCARE_GROWTH), rates.get(Driver.SOCIAL_CARE_DEMAND_GROWTH),
          rates.get(Driver.SOCIAL_CARE_PRICE_GROWTH), rates.get(Driver.SOCIAL_CARE_FUNDING_GROWTH),
          rates.get(Driver.EFFICIENCY));
    }
  }

  /**
   * This set with absent drivers taken from {@code defaults}.
   *
   * @param defaults the drivers to use where this set has none
   * @return this set with absent drivers taken from {@code defaults}
   */
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
