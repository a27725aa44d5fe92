package org.stptoolkit.model.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.example.Examples;

/** {@link DriverSet#builder()}: each driver lands in its own component, whatever order they are given in. */
class DriverSetBuilderTest {

  private static final PlanPeriod PERIOD = PlanPeriod.of(FinancialYear.parse("2015/16"), 5);

  /** A different rate for every driver: 1%, 2%, ... 11% (so any two swapped drivers show). */
  private static Map<Driver, YearlyRates> distinctRates() {
    Map<Driver, YearlyRates> rates = new EnumMap<>(Driver.class);
    for (Driver d : Driver.values()) {
      rates.put(d, YearlyRates.flat(PERIOD, (d.ordinal() + 1) / 100.0));
    }
    return rates;
  }

  @Test
  void eachDriverSetByNameIsReadBackByItsOwnAccessor() {
    Map<Driver, YearlyRates> rates = distinctRates();
    DriverSet.Builder b = DriverSet.builder();
    Driver[] reversed = Driver.values();
    java.util.Collections.reverse(java.util.Arrays.asList(reversed));
    for (Driver d : reversed) {
      b.set(d, rates.get(d));
    }
    DriverSet set = b.build();
    // the accessors by name, not Driver.in (whose mapping the builder shares)
    assertThat(set.tariffUplift()).isEqualTo(rates.get(Driver.TARIFF_UPLIFT));
    assertThat(set.allocationGrowth()).isEqualTo(rates.get(Driver.ALLOCATION_GROWTH));
    assertThat(set.payInflation()).isEqualTo(rates.get(Driver.PAY_INFLATION));
    assertThat(set.nonPayInflation()).isEqualTo(rates.get(Driver.NON_PAY_INFLATION));
    assertThat(set.demographicGrowth()).isEqualTo(rates.get(Driver.DEMOGRAPHIC_GROWTH));
    assertThat(set.nonDemographicGrowth()).isEqualTo(rates.get(Driver.NON_DEMOGRAPHIC_GROWTH));
    assertThat(set.continuingHealthcareGrowth()).isEqualTo(rates.get(Driver.CONTINUING_HEALTHCARE_GROWTH));
    assertThat(set.socialCareDemandGrowth()).isEqualTo(rates.get(Driver.SOCIAL_CARE_DEMAND_GROWTH));
    assertThat(set.socialCarePriceGrowth()).isEqualTo(rates.get(Driver.SOCIAL_CARE_PRICE_GROWTH));
    assertThat(set.socialCareFundingGrowth()).isEqualTo(rates.get(Driver.SOCIAL_CARE_FUNDING_GROWTH));
    assertThat(set.efficiency()).isEqualTo(rates.get(Driver.EFFICIENCY));
    assertThat(Driver.toSet(rates)).isEqualTo(set);
  }

  @Test
  void aDriverNeverSetIsAbsentSoAnOverrideFallsBackToTheDefault() {
    YearlyRates price = YearlyRates.flat(PERIOD, 0.04);
    DriverSet own = DriverSet.builder().set(Driver.SOCIAL_CARE_PRICE_GROWTH, price).build();
    for (Driver d : Driver.values()) {
      assertThat(d.in(own)).as(d.name()).isEqualTo(d == Driver.SOCIAL_CARE_PRICE_GROWTH ? price : null);
    }
    DriverSet defaults = Examples.staffordshireAndStokeOnTrent().assumptions().defaults();
    DriverSet merged = own.orElse(defaults);
    assertThat(merged.socialCarePriceGrowth()).isEqualTo(price);
    assertThat(merged.socialCareDemandGrowth()).isEqualTo(defaults.socialCareDemandGrowth());
  }

  @Test
  void copiesChangeOneDriverAndKeepTheRest() {
    DriverSet defaults = Examples.staffordshireAndStokeOnTrent().assumptions().defaults();
    assertThat(defaults.toBuilder().build()).isEqualTo(defaults);
    YearlyRates higher = YearlyRates.flat(PERIOD, 0.03);
    DriverSet changed = defaults.with(Driver.PAY_INFLATION, higher);
    for (Driver d : Driver.values()) {
      assertThat(d.in(changed)).as(d.name()).isEqualTo(d == Driver.PAY_INFLATION ? higher : d.in(defaults));
    }
    assertThat(changed.with(Driver.PAY_INFLATION, null).payInflation()).isNull();
  }

  @Test
  void flatAndOthersFlatFillEveryPlanYear() {
    DriverSet set = DriverSet.builder().flat(PERIOD, Driver.EFFICIENCY, 0).othersFlat(PERIOD, 0.02).build();
    assertThat(set.efficiency()).isEqualTo(YearlyRates.flat(PERIOD, 0));
    assertThat(set.payInflation().toArray(PERIOD, Double.NaN)).containsExactly(0.02, 0.02, 0.02, 0.02, 0.02);
    assertThatThrownBy(() -> DriverSet.builder().set(null, YearlyRates.flat(PERIOD, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("driver is required but was missing");
    assertThatThrownBy(() -> DriverSet.builder().flat(PERIOD, Driver.PAY_INFLATION, 2.5))
        .hasMessageContaining("must be between -50% and 100%, was 250%");
  }
}
