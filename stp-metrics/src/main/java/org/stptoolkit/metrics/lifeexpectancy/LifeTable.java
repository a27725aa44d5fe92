package org.stptoolkit.metrics.lifeexpectancy;

import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.metrics.intervals.CiMethod;
import org.stptoolkit.metrics.intervals.ConfidenceLevel;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.EstimateStatus;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.intervals.Quantiles;

/**
 * Chiang II abridged life table over 20 age bands starting at {@link #START_AGES}, as in PHE's Life
 * Expectancy Calculator and PHEindicatormethods' {@code phe_life_expectancy} ({@code R/LifeExpectancy.R};
 * Chiang 1968, Silcocks et al 2001, Eayres and Williams 2004). Life expectancy is in years.
 *
 * <p>Per band i with width nᵢ (the last band open), fraction of the band lived by those who die aᵢ
 * (0.1 for age 0, 0.5 otherwise), Mᵢ = deaths/population, qᵢ = Mᵢnᵢ/(1 + Mᵢnᵢ(1 − aᵢ)) (1 when the
 * deaths exceed population/(nᵢaᵢ), and 1 in the last band), l₀ = 100,000, lᵢ₊₁ = lᵢ(1 − qᵢ),
 * dᵢ = lᵢ − lᵢ₊₁, Lᵢ = nᵢ(lᵢ₊₁ + aᵢdᵢ) (last band lᵢ/Mᵢ), eᵢ = ΣLⱼ≥ᵢ/lᵢ. Variance: Sp²ᵢ = qᵢ²(1 − qᵢ)/Dᵢ
 * (0 when dᵢ = 0), and for the last band Silcocks' 4/(DM²); weighted by lᵢ²((1 − aᵢ)nᵢ + eᵢ₊₁)², last band
 * (l/2)²; SE(eᵢ) = √(ΣWⱼ≥ᵢ)/lᵢ; limits eᵢ ± z·SE.
 *
 * <p>Suppression, as PHEindicatormethods: the whole table is not calculated (documented status, no
 * numbers) when any band has negative deaths, a population of zero or less, more deaths than
 * population, when there are not exactly 20 bands, or when the total population is 5,000 or less; the
 * last band needs at least one death. A value whose 95% interval is wider than 20 years
 * (1.96·SE &gt; 10) is suppressed but its intervals are kept ({@link EstimateStatus#VALUE_SUPPRESSED}).
 */
public final class LifeTable {
  /** The first age of each of the 20 bands. */
  public static final List<Integer> START_AGES = List.of(
      0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
  /** Number of age bands. */
  public static final int BANDS = 20;
  /** The table's radix, l at age 0. */
  public static final double RADIX = 100_000;
  /** Total population at or below which life expectancy is not calculated. */
  public static final double MINIMUM_POPULATION = 5000;
  /** Half-width in years of the 95% interval above which the value is suppressed. */
  public static final double MAXIMUM_HALF_WIDTH = 10;

  private LifeTable() {}

  /**
   * Life expectancy at every band's start age.
   *
   * @param deaths deaths in each of the 20 bands
   * @param population population (person-years) in each of the 20 bands
   * @return 20 results, youngest first; when the table cannot be calculated every result carries the
   *     same documented status
   */
  public static List<LifeExpectancy> calculate(double[] deaths, double[] population) {
    String problem = problem(deaths, population);
    if (problem != null) {
      EstimateStatus status = problem.startsWith("total population")
          ? EstimateStatus.SUPPRESSED_SMALL_POPULATION : EstimateStatus.INVALID_INPUT;
      List<LifeExpectancy> out = new ArrayList<>();
      for (int i = 0; i < BANDS; i++) {
        out.add(new LifeExpectancy(START_AGES.get(i), Estimate.unavailable(status, problem), null));
      }
      return List.copyOf(out);
    }
    int k = BANDS;
    double[] n = new double[k];
    double[] a = new double[k];
    double[] m = new double[k];
    double[] q = new double[k];
    double[] l = new double[k + 1];
    double[] d = new double[k];
    double[] bigL = new double[k];
    double[] e = new double[k + 1];
    for (int i = 0; i < k; i++) {
      m[i] = deaths[i] / population[i];
      a[i] = i == 0 ? 0.1 : 0.5;
      n[i] = i < k - 1 ? START_AGES.get(i + 1) - START_AGES.get(i) : 2 / m[i];
      q[i] = deaths[i] <= population[i] / n[i] / a[i]
          ? m[i] * n[i] / (1 + m[i] * n[i] * (1 - a[i])) : 1;
    }
    q[k - 1] = 1;
    l[0] = RADIX;
    for (int i = 1; i <= k; i++) {
      l[i] = i == k ? 0 : l[i - 1] * (1 - q[i - 1]);
    }
    for (int i = 0; i < k; i++) {
      d[i] = l[i] - l[i + 1];
      bigL[i] = i < k - 1 ? n[i] * (l[i + 1] + a[i] * d[i]) : l[i] / m[i];
    }
    double t = 0;
    for (int i = k - 1; i >= 0; i--) {
      t += bigL[i];
      e[i] = l[i] == 0 ? 0 : t / l[i];
    }
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      if (i < k - 1) {
        double sp = d[i] == 0 ? 0 : q[i] * q[i] * (1 - q[i]) / deaths[i];
        double f = (1 - a[i]) * n[i] + e[i + 1];
        w[i] = sp * l[i] * l[i] * f * f;
      } else {
        double sp = 4 / (deaths[i] * m[i] * m[i]);
        w[i] = (l[i] / 2) * (l[i] / 2) * sp;
      }
    }
    double z95 = ConfidenceLevel.NINETY_FIVE.z();
    double z998 = ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z();
    double suppressZ = Quantiles.normal(0.975);
    List<LifeExpectancy> out = new ArrayList<>();
    double st = 0;
    double[] se = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      st += w[i];
      se[i] = Math.sqrt(st / (l[i] * l[i]));
    }
    for (int i = 0; i < k; i++) {
      if (l[i] == 0 || !Double.isFinite(e[i]) || !Double.isFinite(se[i])) {
        out.add(new LifeExpectancy(START_AGES.get(i),
            Estimate.unavailable(EstimateStatus.INVALID_INPUT, "no survivors reach age " + START_AGES.get(i)), null));
        continue;
      }
      Interval ci95 = Interval.of(e[i] - z95 * se[i], e[i] + z95 * se[i]);
      Interval ci998 = Interval.of(e[i] - z998 * se[i], e[i] + z998 * se[i]);
      Estimate estimate = suppressZ * se[i] > MAXIMUM_HALF_WIDTH
          ? new Estimate(EstimateStatus.VALUE_SUPPRESSED, null, ci95, ci998, CiMethod.CHIANG_SILCOCKS,
              "the 95% confidence interval is wider than 20 years")
          : Estimate.of(e[i], ci95, ci998, CiMethod.CHIANG_SILCOCKS);
      out.add(new LifeExpectancy(START_AGES.get(i), estimate, se[i]));
    }
    return List.copyOf(out);
  }

  /**
   * Life expectancy at birth (the first band).
   *
   * @param deaths deaths in each of the 20 bands
   * @param population population (person-years) in each of the 20 bands
   * @return life expectancy at birth (the first band)
   */
  public static LifeExpectancy atBirth(double[] deaths, double[] population) {
    return calculate(deaths, population).get(0);
  }

  private static String problem(double[] deaths, double[] population) {
    if (deaths.length != BANDS || population.length != BANDS) {
      return "life expectancy needs exactly 20 age bands, had " + deaths.length + " deaths and "
          + population.length + " populations";
    }
    double total = 0;
    for (int i = 0; i < BANDS; i++) {
      String band = "age band starting " + START_AGES.get(i);
      if (!(deaths[i] >= 0) || !Double.isFinite(deaths[i])) {
        return band + " has negative or missing deaths: " + deaths[i];
      }
      if (!(population[i] > 0) || !Double.isFinite(population[i])) {
        return band + " has a population of zero or less: " + population[i];
      }
      if (deaths[i] > population[i]) {
        return band + " has more deaths (" + deaths[i] + ") than population (" + population[i] + ")";
      }
      total += population[i];
    }
    if (total <= MINIMUM_POPULATION) {
      return "total population " + total + " is 5,000 or less";
    }
    if (deaths[BANDS - 1] < 1) {
      return "the 90+ band needs at least one death";
    }
    return null;
  }
}
