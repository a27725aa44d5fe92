package org.stptoolkit.finance.projection;

import org.stptoolkit.model.YearlyRates;
import org.stptoolkit.model.finance.DriverSet;

/**
 * The drivers of the do-nothing projection, in the order the resolved arrays hold them. Each is a rate
 * per plan year as a decimal fraction (0.021 = 2.1% a year).
 */
public enum Driver {
  /** Provider price uplift net of the national efficiency factor. */
  TARIFF_UPLIFT,
  /** Commissioner allocation growth. */
  ALLOCATION_GROWTH,
  /** Pay cost inflation. */
  PAY_INFLATION,
  /** Non-pay cost inflation. */
  NON_PAY_INFLATION,
  /** Demographic activity growth. */
  DEMOGRAPHIC_GROWTH,
  /** Non-demographic activity growth. */
  NON_DEMOGRAPHIC_GROWTH,
  /** Continuing healthcare spend growth. */
  CONTINUING_HEALTHCARE_GROWTH,
  /** Social care demand growth. */
  SOCIAL_CARE_DEMAND_GROWTH,
  /** Social care price growth. */
  SOCIAL_CARE_PRICE_GROWTH,
  /** Local authority social care funding growth. */
  SOCIAL_CARE_FUNDING_GROWTH,
  /** CIP/QIPP assumed inside the do-nothing, as a share of NHS costs. */
  EFFICIENCY;

  /** Number of drivers. */
  public static final int COUNT = values().length;

  /** The driver in words, as reports print it: "non-demographic growth", "pay inflation". */
  public String label() {
    return switch (this) {
      case NON_DEMOGRAPHIC_GROWTH -> "non-demographic growth";
      case NON_PAY_INFLATION -> "non-pay inflation";
      case EFFICIENCY -> "efficiency (CIP/QIPP in the do-nothing)";
      default -> name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }

  /** This driver's rates in a driver set, or {@code null} when the set leaves it out. */
  public YearlyRates in(DriverSet set) {
    return switch (this) {
      case TARIFF_UPLIFT -> set.tariffUplift();
      case ALLOCATION_GROWTH -> set.allocationGrowth();
      case PAY_INFLATION -> set.payInflation();
      case NON_PAY_INFLATION -> set.nonPayInflation();
      case DEMOGRAPHIC_GROWTH -> set.demographicGrowth();
      case NON_DEMOGRAPHIC_GROWTH -> set.nonDemographicGrowth();
      case CONTINUING_HEALTHCARE_GROWTH -> set.continuingHealthcareGrowth();
      case SOCIAL_CARE_DEMAND_GROWTH -> set.socialCareDemandGrowth();
      case SOCIAL_CARE_PRICE_GROWTH -> set.socialCarePriceGrowth();
      case SOCIAL_CARE_FUNDING_GROWTH -> set.socialCareFundingGrowth();
      case EFFICIENCY -> set.efficiency();
    };
  }
}
