package org.stptoolkit.metrics.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.indicator.Polarity;

class TrendTestTest {
  private static final double TOLERANCE = 1e-9;
  private static final double HALF_WIDTH = 1.959963984540054 * 0.5; // σ = 0.5

  private static List<TrendPoint> counts(int firstYear, double denominator, double... numerators) {
    List<TrendPoint> out = new ArrayList<>();
    for (int i = 0; i < numerators.length; i++) {
      out.add(TrendPoint.ofCounts(firstYear + i, numerators[i], denominator));
    }
    return out;
  }

  private static List<TrendPoint> values(int firstYear, double... v) {
    List<TrendPoint> out = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      out.add(TrendPoint.ofInterval(firstYear + i, v[i], v[i] - HALF_WIDTH, v[i] + HALF_WIDTH));
    }
    return out;
  }

  @Test
  void risingProportionIsIncreasingAndGettingWorseWhenLowIsGood() {
    // Hand calculation of the chi-square test for trend: D = 5000, C = 700, D·Σct − C·Σdt = 1,000,000,
    // D·Σdt² − (Σdt)² = 50,000,000 (t = 1..5; the statistic does not depend on the year origin),
    // χ² = 5000 × 10¹² / (700 × 4300 × 5 × 10⁷) = 33.222591362126245.
    TrendResult r = TrendTest.recentTrend(counts(2011, 1000, 100, 120, 140, 160, 180), Polarity.LOW_IS_GOOD);
    assertThat(r.direction()).isEqualTo(TrendDirection.INCREASING);
    assertThat(r.label()).isEqualTo("Increasing and getting worse");
    assertThat(r.chiSquare()).isCloseTo(5000.0 * 1e12 / (700.0 * 4300 * 5e7), within(TOLERANCE));
    assertThat(r.slope()).isPositive();
  }

  @Test
  void fallingProportionIsDecreasingAndGettingWorseWhenHighIsGood() {
    TrendResult r = TrendTest.recentTrend(counts(2011, 1000, 180, 160, 140, 120, 100), Polarity.HIGH_IS_GOOD);
    assertThat(r.label()).isEqualTo("Decreasing and getting worse");
    assertThat(TrendTest.recentTrend(counts(2011, 1000, 180, 160, 140, 120, 100), Polarity.LOW_IS_GOOD).label())
        .isEqualTo("Decreasing and getting better");
    assertThat(TrendTest.recentTrend(counts(2011, 1000, 100, 120, 140, 160, 180), Polarity.NO_JUDGEMENT).label())
        .isEqualTo("Increasing");
  }

  @Test
  void flatSeriesHasNoSignificantChange() {
    TrendResult r = TrendTest.recentTrend(counts(2011, 1000, 100, 101, 99, 100, 100), Polarity.LOW_IS_GOOD);
    assertThat(r.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
    assertThat(r.label()).isEqualTo("No significant change");
    assertThat(r.chiSquare()).isLessThan(TrendTest.CRITICAL_VALUE);
  }

  @Test
  void weightedRegressionMatchesHandCalculation() {
    // Equal σ = 0.5 (w = 4): β = Σ(t − 3)(v − v̄)/Σ(t − 3)² = 19.9/10 = 1.99; var β = 1/(4 × 10);
    // χ² = 1.99² × 40 = 158.404.
    TrendResult r = TrendTest.recentTrend(values(2011, 10, 10.1, 9.9, 10, 20), Polarity.HIGH_IS_GOOD);
    assertThat(r.slope()).isCloseTo(1.99, within(1e-9));
    assertThat(r.chiSquare()).isCloseTo(158.404, within(1e-6));
  }

  @Test
  void slopeWhoseSignChangesWhenAPointIsLeftOutIsAnOutlierAndNoSignificantChange() {
    TrendResult r = TrendTest.recentTrend(values(2011, 10, 10.1, 9.9, 10, 20), Polarity.HIGH_IS_GOOD);
    assertThat(r.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
    assertThat(r.reason()).isEqualTo("Outlier found");
  }

  @Test
  void steadyRiseInRatesIsIncreasing() {
    TrendResult r = TrendTest.recentTrend(values(2011, 10, 12, 14, 16, 18), Polarity.HIGH_IS_GOOD);
    assertThat(r.label()).isEqualTo("Increasing and getting better");
  }

  @Test
  void onlyTheLatestFivePointsCount() {
    List<TrendPoint> series = new ArrayList<>(values(2006, 50, 40, 30, 20, 10));
    series.addAll(values(2011, 10, 12, 14, 16, 18));
    assertThat(TrendTest.recentTrend(series, Polarity.HIGH_IS_GOOD).direction()).isEqualTo(TrendDirection.INCREASING);
  }

  @Test
  void fewerThanFivePointsGapsInYearsAndMissingValuesCannotBeCalculated() {
    assertThat(TrendTest.recentTrend(values(2011, 1, 2, 3, 4), Polarity.HIGH_IS_GOOD).label()).isEqualTo("Cannot be calculated");
    assertThat(TrendTest.recentTrend(values(2011, 1, 2, 3, 4), Polarity.HIGH_IS_GOOD).reason()).isEqualTo("Not enough data points");
    List<TrendPoint> gap = new ArrayList<>(values(2011, 1, 2, 3, 4));
    gap.add(TrendPoint.ofInterval(2017, 5, 4, 6));
    assertThat(TrendTest.recentTrend(gap, Polarity.HIGH_IS_GOOD).direction()).isEqualTo(TrendDirection.CANNOT_BE_CALCULATED);
    List<TrendPoint> missing = new ArrayList<>(values(2011, 1, 2, 3, 4));
    missing.add(new TrendPoint(2015, 5.0, null, null, null, null));
    assertThat(TrendTest.recentTrend(missing, Polarity.HIGH_IS_GOOD).reason()).isEqualTo("Missing values");
  }

  @Test
  void zeroNumeratorsAreHandledWithoutNaN() {
    TrendResult allZero = TrendTest.recentTrend(counts(2011, 100, 0, 0, 0, 0, 0), Polarity.LOW_IS_GOOD);
    assertThat(allZero.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
    TrendResult rising = TrendTest.recentTrend(counts(2011, 100, 0, 5, 10, 15, 20), Polarity.LOW_IS_GOOD);
    assertThat(rising.direction()).isEqualTo(TrendDirection.INCREASING);
    assertThat(rising.slope()).isFinite();
    assertThat(rising.chiSquare()).isFinite();
    TrendResult all = TrendTest.recentTrend(counts(2011, 100, 100, 100, 100, 100, 100), Polarity.LOW_IS_GOOD);
    assertThat(all.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
  }
}
