package org.stptoolkit.metrics.intervals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DirectlyStandardisedRatesTest {
  private static final double RELATIVE_TOLERANCE = 1e-9;
  // Test data from PHEindicatormethods' early R/phe_DSR.R example (testobs, testpop).
  private static final double[] OBS = {27, 45, 55, 100, 125, 300, 295, 270, 275, 450, 455, 459, 345, 300,
      270, 265, 100, 90, 35};
  private static final double[] POP = {84935, 80367, 72122, 79259, 99806, 87362, 81579, 71103, 70001,
      69007, 63203, 52638, 46087, 40887, 32604, 28399, 21625, 13021, 7355};

  @Test
  void esp2013HasNineteenBandsSummingToOneHundredThousand() {
    assertThat(EuropeanStandardPopulation.ESP2013).hasSize(19);
    assertThat(EuropeanStandardPopulation.ESP2013.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100_000);
  }

  @Test
  void dsrAndDobsonLimitsMatchHandCalculation() {
    double[] w = EuropeanStandardPopulation.weights();
    double dsr = 0;
    double var = 0;
    double o = 0;
    for (int i = 0; i < 19; i++) {
      dsr += OBS[i] * w[i] / POP[i];
      var += OBS[i] * (w[i] / POP[i]) * (w[i] / POP[i]);
      o += OBS[i];
    }
    dsr = dsr / 100_000 * 100_000;
    var = var / (100_000.0 * 100_000.0);
    double z = 1.959963984540054;
    double byarLower = o * Math.pow(1 - 1 / (9 * o) - z / (3 * Math.sqrt(o)), 3);
    double lower = dsr + Math.sqrt(var / o) * (byarLower - o) * 100_000;
    Estimate e = DirectlyStandardisedRates.esp2013(OBS, POP);
    assertThat(e.value()).isCloseTo(dsr, within(dsr * RELATIVE_TOLERANCE));
    assertThat(e.ci95().lower()).isCloseTo(lower, within(lower * RELATIVE_TOLERANCE));
    assertThat(e.method()).isEqualTo(CiMethod.DOBSON);
    assertThat(e.ci998().lower()).isLessThan(e.ci95().lower());
  }

  @Test
  void fewerThanTenEventsAreSuppressed() {
    double[] obs = new double[19];
    obs[18] = 9;
    Estimate e = DirectlyStandardisedRates.esp2013(obs, POP);
    assertThat(e.status()).isEqualTo(EstimateStatus.SUPPRESSED_SMALL_COUNT);
    assertThat(e.value()).isNull();
  }

  @Test
  void zeroPopulationInABandIsInvalid() {
    double[] pop = POP.clone();
    pop[0] = 0;
    assertThat(DirectlyStandardisedRates.esp2013(OBS, pop).status()).isEqualTo(EstimateStatus.INVALID_INPUT);
  }
}
