package org.stptoolkit.model.finance;

import java.util.Map;
import java.util.function.Function;
import org.stptoolkit.model.basics.YearlyRates;

/**
 * The drivers of the do-nothing projection, in {@link DriverSet}'s order: the one list that the
 * engine's resolved arrays, the Monte Carlo's uncertain drivers, goal seek and the workbook's
 * Assumptions rows all use. Each driver's value is a rate per year as a decimal fraction (0.021 = 2.1%
 * a year).
 */
public enum Driver {
  /** Provider price uplift net of the national efficiency factor. */
  TARIFF_UPLIFT("Tariff uplift (net of efficiency factor)", DriverSet::tariffUplift),
  /** Commissioner allocation growth. */
  ALLOCATION_GROWTH("CCG allocation growth", DriverSet::allocationGrowth),
  /** Pay cost inflation. */
  PAY_INFLATION("Pay inflation", DriverSet::payInflation),
  /** Non-pay cost inflation. */
  NON_PAY_INFLATION("Non-pay inflation", DriverSet::nonPayInflation),
  /** Demographic activity growth. */
  DEMOGRAPHIC_GROWTH("Demographic growth", DriverSet::demographicGrowth),
  /** Non-demographic activity growth. */
  NON_DEMOGRAPHIC_GROWTH("Non-demographic growth", DriverSet::nonDemographicGrowth),
  /** Continuing healthcare spend growth. */
  CONTINUING_HEALTHCARE_GROWTH("Continuing healthcare growth", DriverSet::continuingHealthcareGrowth),
  /** Social care demand growth. */
  SOCIAL_CARE_DEMAND_GROWTH("Social care demand growth", DriverSet::socialCareDemandGrowth),
  /** Social care price growth. */
  SOCIAL_CARE_PRICE_GROWTH("Social care price growth", DriverSet::socialCarePriceGrowth),
  /** Local authority social care funding growth. */
  SOCIAL_CARE_FUNDING_GROWTH("Social care funding growth", DriverSet::socialCareFundingGrowth),
  /** CIP/QIPP assumed inside the do-nothing, as a share of NHS costs. */
  EFFICIENCY("CIP/QIPP inside the do-nothing", DriverSet::efficiency);

  /** Number of drivers. */
  public static final int COUNT = values().length;

  private final String label;
  private final Function<DriverSet, YearlyRates> getter;

  Driver(String label, Function<DriverSet, YearlyRates> getter) {
    this.label = label;
    this.getter = getter;
  }

  /**
   * The driver in words, as the workbook's Assumptions rows and the reports print it ("Pay inflation").
   *
   * @return the driver in words, as the workbook's Assumptions rows and the reports print it ("Pay
   *     inflation")
   */
  public String label() {
    return label;
  }

  /**
   * This driver's rates in a driver set, or {@code null} when the set leaves it out.
   *
   * @param set the driver set
   * @return this driver's rates in a driver set, or {@code null} when the set leaves it out
   */
  public YearlyRates in(DriverSet set) {
    return getter.apply(set);
  }

  /**
   * A driver set from rates by driver (drivers absent from the map are left out of the set).
   *
   * @param rates the rates by driver
   * @return a driver set from rates by driver (drivers absent from the map are left out of the set)
   */
  public static DriverSet toSet(Map<Driver, YearlyRates> rates) {
    DriverSet.Builder b = DriverSet.builder();
    rates.forEach(b::set);
    return b.build();
  }
}
