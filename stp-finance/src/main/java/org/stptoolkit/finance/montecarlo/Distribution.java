package org.stptoolkit.finance.montecarlo;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Erf;
import org.stptoolkit.model.internal.Checks;

/**
 * A one-dimensional distribution the Monte Carlo samples by its quantile function: a draw is
 * {@code quantile(u)} for a uniform {@code u} (which lets solutions in one category be correlated through a
 * Gaussian copula). A degenerate distribution returns its value exactly, so a run with every input
 * degenerate reproduces the deterministic bridge to the last bit.
 */
public sealed interface Distribution {

  /**
   * The value at cumulative probability {@code u} in (0, 1).
   *
   * @param u the cumulative probability, strictly between 0 and 1
   * @return the value at cumulative probability {@code u} in (0, 1)
   */
  double quantile(double u);

  /**
   * The mean.
   *
   * @return the mean
   */
  double mean();

  /**
   * The variance.
   *
   * @return the variance
   */
  double variance();

  /**
   * True when every draw is the same value.
   *
   * @return true when every draw is the same value
   */
  default boolean isDegenerate() {
    return variance() == 0;
  }

  /**
   * Always {@code value}.
   *
   * @param value the value every draw takes
   * @return a distribution that always gives {@code value}
   */
  static Distribution fixed(double value) {
    return new Fixed(value);
  }

  /**
   * Uniform on [lo, hi].
   *
   * @param lo the lowest value
   * @param hi the highest value
   * @return the uniform distribution on [lo, hi]
   */
  static Distribution uniform(double lo, double hi) {
    return new Uniform(lo, hi);
  }

  /**
   * Triangular with the given minimum, mode and maximum.
   *
   * @param lo the minimum
   * @param mode the most likely value, between {@code lo} and {@code hi}
   * @param hi the maximum
   * @return the triangular distribution
   */
  static Distribution triangular(double lo, double mode, double hi) {
    return new Triangular(lo, mode, hi);
  }

  /**
   * PERT (a beta scaled to [lo, hi] with shape 4: alpha = 1 + 4(mode − lo)/(hi − lo)).
   *
   * @param lo the minimum
   * @param mode the most likely value, between {@code lo} and {@code hi}
   * @param hi the maximum
   * @return the PERT distribution
   */
  static Distribution pert(double lo, double mode, double hi) {
    return new Pert(lo, mode, hi);
  }

  /**
   * Normal with the given mean and standard deviation, truncated to [lo, hi].
   *
   * @param mean the mean before truncation
   * @param sd the standard deviation before truncation, above 0
   * @param lo the lowest value
   * @param hi the highest value
   * @return the truncated normal distribution
   */
  static Distribution truncatedNormal(double mean, double sd, double lo, double hi) {
    return new TruncatedNormal(mean, sd, lo, hi);
  }

  /**
   * Normal (untruncated) with the given mean and standard deviation.
   *
   * @param mean the mean
   * @param sd the standard deviation, above 0
   * @return the normal distribution
   */
  static Distribution normal(double mean, double sd) {
    return new TruncatedNormal(mean, sd, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * A normal whose 80% interval is [p10, p90] (as the Strategy Unit's demand model asks for inputs),
   * truncated to [lo, hi].
   *
   * @param p10 the 10th percentile
   * @param p90 the 90th percentile, above {@code p10}
   * @param lo the lowest value
   * @param hi the highest value
   * @return a normal whose 80% interval is [p10, p90] (as the Strategy Unit's demand model asks for
   *     inputs), truncated to [lo, hi]
   */
  static Distribution normalFrom80PercentInterval(double p10, double p90, double lo, double hi) {
    double z90 = 1.2815515655446004;
    return new TruncatedNormal((p10 + p90) / 2, (p90 - p10) / (2 * z90), lo, hi);
  }

  /**
   * Standard normal cumulative probability.
   *
   * @param z the standard normal value
   * @return the probability that a standard normal draw is at most {@code z} ({@link StandardNormal})
   */
  static double phi(double z) {
    return StandardNormal.cdf(z);
  }

  /**
   * Standard normal quantile.
   *
   * @param u the cumulative probability, strictly between 0 and 1
   * @return the standard normal value with cumulative probability {@code u}
   */
  static double phiInverse(double u) {
    return -Math.sqrt(2) * Erf.erfcInv(2 * u);
  }

  /**
   * A single value.
   *
   * @param value the value
   */
  record Fixed(double value) implements Distribution {
    /**
     * Validates.
     *
     * @param value the value
     */
    public Fixed {
      Checks.finite(value, "fixed value");
    }

    @Override
    public double quantile(double u) {
      return value;
    }

    @Override
    public double mean() {
      return value;
    }

    @Override
    public double variance() {
      return 0;
    }
  }

  /**
   * Uniform.
   *
   * @param lo minimum
   * @param hi maximum
   */
  record Uniform(double lo, double hi) implements Distribution {
    /**
     * Validates lo ≤ hi.
     *
     * @param lo minimum
     * @param hi maximum
     */
    public Uniform {
      Checks.finite(lo, "uniform minimum");
      Checks.finite(hi, "uniform maximum");
      if (hi < lo) {
        throw new IllegalArgumentException("uniform maximum " + hi + " must not be below minimum " + lo);
      }
    }

    @Override
    public double quantile(double u) {
      return lo == hi ? lo : lo + (hi - lo) * u;
    }

    @Override
    public double mean() {
      return (lo + hi) / 2;
    }

    @Override
    public double variance() {
      return (hi - lo) * (hi - lo) / 12;
    }
  }

  /**
   * Triangular.
   *
   * @param lo minimum
   * @param mode most likely value
   * @param hi maximum
   */
  record Triangular(double lo, double mode, double hi) implements Distribution {
    /**
     * Validates lo ≤ mode ≤ hi.
     *
     * @param lo minimum
     * @param mode most likely value
     * @param hi maximum
     */
    public Triangular {
      if (!(lo <= mode && mode <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
        throw new IllegalArgumentException("triangular needs finite minimum ≤ mode ≤ maximum, was "
            + lo + ", " + mode + ", " + hi);
      }
    }

    @Override
    public double quantile(double u) {
      if (lo == hi) {
        return lo;
      }
      double fc = (mode - lo) / (hi - lo);
      return u < fc ? lo + Math.sqrt(u * (hi - lo) * (mode - lo))
          : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
    }

    @Override
    public double mean() {
      return (lo + mode + hi) / 3;
    }

    @Override
    public double variance() {
      return (lo * lo + mode * mode + hi * hi - lo * mode - lo * hi - mode * hi) / 18;
    }
  }

  /**
   * PERT: beta on [lo, hi]. The quantile is read from a 4,097-point table of the beta quantile built once
   * (commons-math3), interpolated linearly; the table error is below 1e-4 of the range in the body.
   *
   * @param lo minimum
   * @param mode most likely value
   * @param hi maximum
   */
  record Pert(double lo, double mode, double hi, double[] table) implements Distribution {
    private static final int POINTS = 4096;

    /**
     * Builds the quantile table.
     *
     * @param lo the minimum
     * @param mode the most likely value, between {@code lo} and {@code hi}
     * @param hi the maximum
     */
    public Pert(double lo, double mode, double hi) {
      this(lo, mode, hi, table(lo, mode, hi));
    }

    /**
     * Validates.
     *
     * @param lo minimum
     * @param mode most likely value
     * @param hi maximum
     * @param table the quantile table (copied)
     */
    public Pert {
      if (!(lo <= mode && mode <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
        throw new IllegalArgumentException("PERT needs finite minimum ≤ mode ≤ maximum, was "
            + lo + ", " + mode + ", " + hi);
      }
      table = table.clone();
    }

    /**
     * The quantile table, as a copy: writing into it does not change this distribution.
     *
     * @return the 4,097 quantiles at u = i / 4,096
     */
    @Override
    public double[] table() {
      return table.clone();
    }

    private static double[] table(double lo, double mode, double hi) {
      double[] t = new double[POINTS + 1];
      if (lo == hi) {
        java.util.Arrays.fill(t, lo);
        return t;
      }
      double a = 1 + 4 * (mode - lo) / (hi - lo);
      double b = 1 + 4 * (hi - mode) / (hi - lo);
      BetaDistribution beta = new BetaDistribution(null, a, b);
      for (int i = 0; i <= POINTS; i++) {
        t[i] = lo + (hi - lo) * beta.inverseCumulativeProbability((double) i / POINTS);
      }
      return t;
    }

    @Override
    public double quantile(double u) {
      if (lo == hi) {
        return lo;
      }
      double x = u * POINTS;
      int i = Math.min(POINTS - 1, (int) x);
      double f = x - i;
      return table[i] + f * (table[i + 1] - table[i]);
    }

    @Override
    public double mean() {
      return (lo + 4 * mode + hi) / 6;
    }

    @Override
    public double variance() {
      if (lo == hi) {
        return 0;
      }
      double a = 1 + 4 * (mode - lo) / (hi - lo);
      double b = 1 + 4 * (hi - mode) / (hi - lo);
      return a * b / ((a + b) * (a + b) * (a + b + 1)) * (hi - lo) * (hi - lo);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pert p && p.lo == lo && p.mode == mode && p.hi == hi;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(lo, mode, hi);
    }

    @Override
    public String toString() {
      return "Pert[lo=" + lo + ", mode=" + mode + ", hi=" + hi + "]";
    }
  }

  /**
   * Normal truncated to [lo, hi] (infinite bounds for none), sampled exactly by inverting the CDF.
   *
   * @param mu mean before truncation
   * @param sd standard deviation before truncation (0 for a fixed value)
   * @param lo lower bound
   * @param hi upper bound
   */
  record TruncatedNormal(double mu, double sd, double lo, double hi) implements Distribution {
    /**
     * Validates.
     *
     * @param mu mean before truncation
     * @param sd standard deviation before truncation (0 for a fixed value)
     * @param lo lower bound
     * @param hi upper bound
     */
    public TruncatedNormal {
      Checks.finite(mu, "normal mean");
      Checks.nonNegative(sd, "normal standard deviation");
      if (!(lo <= mu && mu <= hi)) {
        throw new IllegalArgumentException("normal mean " + mu + " must lie in its range [" + lo + ", " + hi + "]");
      }
    }

    @Override
    public double quantile(double u) {
      if (sd == 0) {
        return mu;
      }
      double a = Double.isInfinite(lo) ? 0 : phi((lo - mu) / sd);
      double b = Double.isInfinite(hi) ? 1 : phi((hi - mu) / sd);
      double p = a + u * (b - a);
      p = Math.min(Math.max(p, 1e-300), 1 - 1e-16);
      double x = mu + sd * phiInverse(p);
      return Math.min(Math.max(x, lo), hi);
    }

    @Override
    public double mean() {
      if (sd == 0 || (Double.isInfinite(lo) && Double.isInfinite(hi))) {
        return mu;
      }
      double al = (lo - mu) / sd;
      double be = (hi - mu) / sd;
      double z = phi(be) - phi(al);
      return mu + sd * (pdf(al) - pdf(be)) / z;
    }

    @Override
    public double variance() {
      if (sd == 0) {
        return 0;
      }
      if (Double.isInfinite(lo) && Double.isInfinite(hi)) {
        return sd * sd;
      }
      double al = (lo - mu) / sd;
      double be = (hi - mu) / sd;
      double z = phi(be) - phi(al);
      double t1 = (fin(al) * pdf(al) - fin(be) * pdf(be)) / z;
      double t2 = (pdf(al) - pdf(be)) / z;
      return sd * sd * (1 + t1 - t2 * t2);
    }

    private static double fin(double x) {
      return Double.isInfinite(x) ? 0 : x;
    }

    private static double pdf(double x) {
      return Double.isInfinite(x) ? 0 : Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }
  }
}
