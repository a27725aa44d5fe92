package org.stptoolkit.metrics.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stptoolkit.metrics.intervals.ConfidenceLevel;
import org.stptoolkit.model.indicator.Polarity;

/**
 * The recent trend over the latest {@link #POINTS} points, as Fingertips and PHEindicatormethods'
 * {@code assign_trend_markers}.
 *
 * <p>Proportions (numerator and denominator at every point): the chi-square test for trend in
 * proportions, χ² = D(D·Σcₜt − C·Σdₜt)² / (C(D − C)(D·Σdₜt² − (Σdₜt)²)) with cₜ the numerators, dₜ the
 * denominators, C = Σcₜ, D = Σdₜ; slope = the least-squares slope of logit(cₜ/dₜ) on t.
 * Other value types: CI-weighted least squares with σₜ = (upperₜ − lowerₜ)/(2·1.96), weights 1/σₜ²,
 * slope β and χ² = β²/var(β), var(β) = Σw/(Σw·Σwt² − (Σwt)²).
 *
 * <p>Significant when χ² &gt; {@link #CRITICAL_VALUE} (99.8%, 1 df), unless leaving out any one point
 * changes the slope's sign ("Outlier found" → No significant change). The direction is the slope's sign.
 * Where the logit is infinite (a numerator of 0 or equal to its denominator) the slope's sign is taken
 * from the trend statistic's numerator D·Σcₜt − C·Σdₜt. All numerators 0 or all equal to their
 * denominators → No significant change.
 */
public final class TrendTest {
  /** Points in the recent trend window. */
  public static final int POINTS = 5;
  /** χ² critical value at 99.8% with 1 degree of freedom, as Fingertips rounds it. */
  public static final double CRITICAL_VALUE = 9.5495;

  private TrendTest() {}

  /**
   * The recent trend of a series ending at its latest point.
   *
   * @param series yearly points in any order
   * @param polarity for the "getting better/worse" words
   * @return the trend
   */
  public static TrendResult recentTrend(List<TrendPoint> series, Polarity polarity) {
    List<TrendPoint> sorted = new ArrayList<>(series);
    sorted.sort(Comparator.comparingInt(TrendPoint::year));
    if (sorted.size() < POINTS) {
      return cannot("Not enough data points");
    }
    List<TrendPoint> window = sorted.subList(sorted.size() - POINTS, sorted.size());
    for (int i = 1; i < window.size(); i++) {
      if (window.get(i).year() != window.get(i - 1).year() + 1) {
        return cannot("The latest 5 points are not consecutive years");
      }
    }
    boolean counts = window.stream().allMatch(p -> p.numerator() != null && p.denominator() != null);
    if (counts) {
      return proportions(window, polarity);
    }
    boolean intervals = window.stream().allMatch(p -> p.value() != null && p.lower95() != null && p.upper95() != null);
    if (!intervals) {
      return cannot("Missing values");
    }
    return weighted(window, polarity);
  }

  private static TrendResult proportions(List<TrendPoint> w, Polarity polarity) {
    int n = w.size();
    double[] t = new double[n];
    double[] c = new double[n];
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = w.get(i).year();
      c[i] = w.get(i).numerator();
      d[i] = w.get(i).denominator();
      if (!(d[i] > 0) || c[i] < 0 || c[i] > d[i]) {
        return cannot("Missing values");
      }
    }
    double sumC = 0;
    double sumD = 0;
    double sumCt = 0;
    double sumDt = 0;
    double sumDt2 = 0;
    for (int i = 0; i < n; i++) {
      sumC += c[i];
      sumD += d[i];
      sumCt += c[i] * t[i];
      sumDt += d[i] * t[i];
      sumDt2 += d[i] * t[i] * t[i];
    }
    if (sumC == 0 || sumC == sumD) {
      return new TrendResult(TrendDirection.NO_SIGNIFICANT_CHANGE, "No significant change", 0.0, 0.0,
          "every numerator is 0 or equals its denominator");
    }
    double top = sumD * sumCt - sumC * sumDt;
    double chi = sumD * top * top / (sumC * (sumD - sumC) * (sumD * sumDt2 - sumDt * sumDt));
    double slope = logitSlope(t, c, d, -1);
    if (!Double.isFinite(slope)) {
      slope = Math.signum(top);
    }
    if (chi > CRITICAL_VALUE) {
      for (int j = 0; j < n; j++) {
        double s = logitSlope(t, c, d, j);
        if (!Double.isFinite(s)) {
          s = caNumerator(t, c, d, j);
        }
        if (Math.signum(s) != Math.signum(slope)) {
          return new TrendResult(TrendDirection.NO_SIGNIFICANT_CHANGE, "No significant change", chi, slope, "Outlier found");
        }
      }
      return significant(slope, chi, polarity);
    }
    return new TrendResult(TrendDirection.NO_SIGNIFICANT_CHANGE, "No significant change", chi, slope,
        "chi-square is less than 9.5495");
  }

  private static double logitSlope(double[] t, double[] c, double[] d, int skip) {
    int n = 0;
    double sy = 0;
    double syt = 0;
    double st = 0;
    double st2 = 0;
    for (int i = 0; i < t.length; i++) {
      if (i == skip) {
        continue;
      }
      double p = c[i] / d[i];
      double y = Math.log(p / (1 - p));
      n++;
      sy += y;
      syt += y * t[i];
      st += t[i];
      st2 += t[i] * t[i];
    }
    return (n * syt - sy * st) / (n * st2 - st * st);
  }

  private static double caNumerator(double[] t, double[] c, double[] d, int skip) {
    double sumC = 0;
    double sumD = 0;
    double sumCt = 0;
    double sumDt = 0;
    for (int i = 0; i < t.length; i++) {
      if (i != skip) {
        sumC += c[i];
        sumD += d[i];
        sumCt += c[i] * t[i];
        sumDt += d[i] * t[i];
      }
    }
    return sumD * sumCt - sumC * sumDt;
  }

  private static TrendResult weighted(List<TrendPoint> w, Polarity polarity) {
    int n = w.size();
    double[] t = new double[n];
    double[] v = new double[n];
    double[] wt = new double[n];
    double twoZ = 2 * ConfidenceLevel.NINETY_FIVE.z();
    for (int i = 0; i < n; i++) {
      TrendPoint p = w.get(i);
      double sigma = (p.upper95() - p.lower95()) / twoZ;
      if (!(sigma > 0)) {
        return cannot("missing at least one confidence interval value");
      }
      t[i] = p.year();
      v[i] = p.value();
      wt[i] = 1 / (sigma * sigma);
    }
    double[] fit = weightedFit(t, v, wt, -1);
    double slope = fit[0];
    double chi = fit[1];
    if (chi > CRITICAL_VALUE) {
      for (int j = 0; j < n; j++) {
        if (Math.signum(weightedFit(t, v, wt, j)[0]) != Math.signum(slope)) {
          return new TrendResult(TrendDirection.NO_SIGNIFICANT_CHANGE, "No significant change", chi, slope, "Outlier found");
        }
      }
      return significant(slope, chi, polarity);
    }
    return new TrendResult(TrendDirection.NO_SIGNIFICANT_CHANGE, "No significant change", chi, slope,
        "chi-square is less than 9.5495");
  }

  /** [slope, χ²] of the weighted least-squares fit, leaving out index {@code skip} (−1 for none). */
  private static double[] weightedFit(double[] t, double[] v, double[] w, int skip) {
    double sw = 0;
    double swvt = 0;
    double swt = 0;
    double swv = 0;
    double swt2 = 0;
    for (int i = 0; i < t.length; i++) {
      if (i == skip) {
        continue;
      }
      sw += w[i];
      swvt += w[i] * v[i] * t[i];
      swt += w[i] * t[i];
      swv += w[i] * v[i];
      swt2 += w[i] * t[i] * t[i];
    }
    double det = sw * swt2 - swt * swt;
    double beta = (sw * swvt - swt * swv) / det;
    double varBeta = sw / det;
    return new double[] {beta, beta * beta / varBeta};
  }

  private static TrendResult significant(double slope, double chi, Polarity polarity) {
    boolean up = slope > 0;
    TrendDirection direction = up ? TrendDirection.INCREASING : TrendDirection.DECREASING;
    String label = up ? "Increasing" : "Decreasing";
    if (polarity == Polarity.HIGH_IS_GOOD) {
      label += up ? " and getting better" : " and getting worse";
    } else if (polarity == Polarity.LOW_IS_GOOD) {
      label += up ? " and getting worse" : " and getting better";
    }
    return new TrendResult(direction, label, chi, slope, "No outliers and chi-square is bigger than 9.5495");
  }

  private static TrendResult cannot(String reason) {
    return new TrendResult(TrendDirection.CANNOT_BE_CALCULATED, "Cannot be calculated", null, null, reason);
  }
}
