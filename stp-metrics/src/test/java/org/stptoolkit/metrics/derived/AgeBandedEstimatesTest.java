package org.stptoolkit.metrics.derived;

import org.stptoolkit.metrics.intervals.EstimateStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.catalogue.Indicators;
import org.stptoolkit.model.indicator.AgeBandedCounts;

class AgeBandedEstimatesTest {
  private static final double TOLERANCE = 1e-9;

  private static List<Double> list(double... xs) {
    List<Double> out = new ArrayList<>();
    for (double x : xs) {
      out.add(x);
    }
    return out;
  }

  @Test
  void lifeExpectancyDefinitionUsesTheLifeTable() {
    // PHEindicatormethods tests/testthat/testLifeExpectancy.R df1: life expectancy at birth 80.16960813.
    AgeBandedCounts c = new AgeBandedCounts("LIFE_EXPECTANCY_MALE", "X", "2012-14", "Male",
        list(17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937),
        list(7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820,
            37978, 37039, 33288, 23306, 11936, 11936));
    assertThat(AgeBandedEstimates.of(Indicators.LIFE_EXPECTANCY_MALE, c).value()).isCloseTo(80.16960813, within(1e-7));
  }

  @Test
  void dsrDefinitionUsesEsp2013AndNeedsNineteenBands() {
    double[] obs = new double[19];
    double[] pop = new double[19];
    java.util.Arrays.fill(obs, 10);
    java.util.Arrays.fill(pop, 10_000);
    AgeBandedCounts c = new AgeBandedCounts("ALCOHOL_RELATED_ADMISSIONS", "X", "2015/16", null,
        list(obs), list(pop));
    // Every band at 10 per 10,000 → DSR = 100 per 100,000 whatever the weights.
    assertThat(AgeBandedEstimates.of(Indicators.ALCOHOL_RELATED_ADMISSIONS, c).value()).isCloseTo(100, within(TOLERANCE));
    AgeBandedCounts short18 = new AgeBandedCounts("ALCOHOL_RELATED_ADMISSIONS", "X", "2015/16", null,
        list(java.util.Arrays.copyOf(obs, 18)), list(java.util.Arrays.copyOf(pop, 18)));
    assertThat(AgeBandedEstimates.of(Indicators.ALCOHOL_RELATED_ADMISSIONS, short18).status()).isEqualTo(EstimateStatus.INVALID_INPUT);
  }
}
