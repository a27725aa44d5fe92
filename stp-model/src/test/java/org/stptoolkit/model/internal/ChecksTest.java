package org.stptoolkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.solution.SolutionCategory;

/** The messages of {@link Checks}: plain numbers, the field's name, and where an empty entry sits. */
class ChecksTest {

  @Test
  void integerRangesArePrintedAsIntegers() {
    assertThatThrownBy(() -> Checks.inRange(0, 1, 2_000_000_000, "draws"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("draws must be between 1 and 2,000,000,000, was 0");
    assertThatThrownBy(() -> org.stptoolkit.model.solution.Solution.builder(10_000, "CIP", SolutionCategory.SHIFT_LEFT)
        .phasedGbpK(YearlyAmounts.of(FinancialYear.parse("2016/17"), 1)).build())
        .hasMessage("solution number must be between 0 and 9,999, was 10,000");
    assertThat(Checks.inRange(7, 1, 10, "n")).isEqualTo(7);
  }

  @Test
  void decimalRangesArePrintedAsPlainNumbers() {
    assertThatThrownBy(() -> Checks.inRange(0.0, 1e-9, 1e9, "multiplier"))
        .hasMessage("multiplier must be between 0.000000001 and 1000000000, was 0");
    assertThatThrownBy(() -> Checks.inRange(400.5, 0, 365, "average length of stay"))
        .hasMessage("average length of stay must be between 0 and 365, was 400.5");
    assertThatThrownBy(() -> Checks.nonNegative(-2.0, "fixed costs"))
        .hasMessage("fixed costs must be zero or more, was -2");
    assertThatThrownBy(() -> Checks.rateInRange(2.5, -0.5, 1.0, "rate for 2017/18"))
        .hasMessage("rate for 2017/18 must be between -50% and 100%, was 250%");
  }

  @Test
  void anEmptyMapEntryIsRefusedNamingTheFieldAndTheKey() {
    Map<FinancialYear, Double> rates = new TreeMap<>();
    rates.put(FinancialYear.parse("2016/17"), 0.01);
    rates.put(FinancialYear.parse("2017/18"), null);
    assertThatThrownBy(() -> new YearlyRates(new TreeMap<>(rates))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rates by year must not contain empty entries, but 2017/18 had no value");
    Map<String, DriverSet> overrides = new HashMap<>();
    overrides.put("UHNM", null);
    assertThatThrownBy(() -> new Assumptions(DriverSet.none(), overrides)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organisation assumption overrides must not contain empty entries, but UHNM had no value");
    Map<String, String> noKey = new HashMap<>();
    noKey.put(null, "Leeds");
    assertThatThrownBy(() -> Checks.copy(noKey, "local plans by code")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("local plans by code must not contain an entry without a key (value Leeds)");
  }

  @Test
  void anEmptyListEntryIsRefusedNamingItsPosition() {
    var organisations = new ArrayList<>(Arrays.asList(
        Organisation.of("A", "A Trust", OrganisationType.ACUTE_TRUST), null));
    assertThatThrownBy(() -> Checks.copy(organisations, "organisations"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("organisations must not contain empty entries, but entry 2 of 2 was missing");
    assertThat(Checks.copy((java.util.List<String>) null, "notes")).isEmpty();
  }
}
