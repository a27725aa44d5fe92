package org.stptoolkit.reports.workbook.layout;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.stptoolkit.model.YearlyRates;
import org.stptoolkit.model.finance.DriverSet;

/** The do-nothing drivers as rows of the Assumptions sheet, in {@link DriverSet}'s order. */
public enum Driver {
  /** Provider price uplift net of the efficiency factor. */
  TARIFF_UPLIFT("Tariff uplift (net of efficiency factor)", DriverSet::tariffUplift),
  /** Commissioner allocation growth. */
  ALLOCATION_GROWTH("CCG allocation growth", DriverSet::allocationGrowth),
  /** Pay inflation. */
  PAY_INFLATION("Pay inflation", DriverSet::payInflation),
  /** Non-pay inflation. */
  NON_PAY_INFLATION("Non-pay inflation", DriverSet::nonPayInflation),
  /** Demographic growth. */
  DEMOGRAPHIC_GROWTH("Demographic growth", DriverSet::demographicGrowth),
  /** Non-demographic growth. */
  NON_DEMOGRAPHIC_GROWTH("Non-demographic growth", DriverSet::nonDemographicGrowth),
  /** Continuing healthcare growth. */
  CONTINUING_HEALTHCARE_GROWTH("Continuing healthcare growth", DriverSet::continuingHealthcareGrowth),
  /** Social care demand growth. */
  SOCIAL_CARE_DEMAND_GROWTH("Social care demand growth", DriverSet::socialCareDemandGrowth),
  /** Social care price growth. */
  SOCIAL_CARE_PRICE_GROWTH("Social care price growth", DriverSet::socialCarePriceGrowth),
  /** Social care funding growth. */
  SOCIAL_CARE_FUNDING_GROWTH("Social care funding growth", DriverSet::socialCareFundingGrowth),
  /** CIP/QIPP inside the do-nothing. */
  EFFICIENCY("CIP/QIPP inside the do-nothing", DriverSet::efficiency);

  /** The dropdown of drivers. */
  public static final Choices<Driver> CHOICES = Choices.of("Driver", Driver.class, Driver::label);

  private final String label;
  private final Function<DriverSet, YearlyRates> getter;

  Driver(String label, Function<DriverSet, YearlyRates> getter) {
    this.label = label;
    this.getter = getter;
  }

  /** The row label. */
  public String label() {
    return label;
  }

  /** This driver's rates in {@code set}, or null when absent. */
  public YearlyRates of(DriverSet set) {
    return getter.apply(set);
  }

  /** A driver set from rates by driver (absent drivers null). */
  public static DriverSet toSet(Map<Driver, YearlyRates> rates) {
    Map<Driver, YearlyRates> m = new EnumMap<>(Driver.class);
    m.putAll(rates);
    return new DriverSet(m.get(TARIFF_UPLIFT), m.get(ALLOCATION_GROWTH), m.get(PAY_INFLATION),
        m.get(NON_PAY_INFLATION), m.get(DEMOGRAPHIC_GROWTH), m.get(NON_DEMOGRAPHIC_GROWTH),
        m.get(CONTINUING_HEALTHCARE_GROWTH), m.get(SOCIAL_CARE_DEMAND_GROWTH),
        m.get(SOCIAL_CARE_PRICE_GROWTH), m.get(SOCIAL_CARE_FUNDING_GROWTH), m.get(EFFICIENCY));
  }
}
