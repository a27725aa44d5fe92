package org.stptoolkit.metrics.intervals;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Quantiles of the normal, chi-square and Student's t distributions from commons-math3, with the
 * inverse solvers tightened to an absolute accuracy of 1e-14 (commons-math's default of 1e-9 is too
 * loose to agree with R's {@code qchisq} and {@code qt} to 1e-9 relative). No lookup tables.
 */
public final class Quantiles {
  /** Absolute accuracy asked of commons-math's inverse cumulative probability solvers. */
  public static final double SOLVER_ACCURACY = 1e-14;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private Quantiles() {}

  /**
   * The two-sided normal critical value for a confidence level: R's {@code qnorm(c + (1 - c)/2)}.
   * 1.959963984540054 at 0.95 and 3.090232306167813 at 0.998.
   *
   * @param confidence confidence level as a fraction, e.g. 0.95
   * @return z, dimensionless
   */
  public static double z(double confidence) {
    requireConfidence(confidence);
    return STANDARD_NORMAL.inverseCumulativeProbability(confidence + (1 - confidence) / 2);
  }

  /**
   * The standard normal quantile at probability {@code p}: R's {@code qnorm(p)}.
   *
   * @param p the probability, strictly between 0 and 1
   * @return the standard normal quantile at probability {@code p}: R's {@code qnorm(p)}
   */
  public static double normal(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  /**
   * The chi-square quantile: R's {@code qchisq(p, df)}. Zero degrees of freedom is the point mass at
   * zero, as in R, so the quantile is 0.
   *
   * @param p probability in [0, 1]
   * @param degreesOfFreedom zero or more
   * @return the quantile
   */
  public static double chiSquare(double p, double degreesOfFreedom) {
    if (degreesOfFreedom < 0 || !Double.isFinite(degreesOfFreedom)) {
      throw new IllegalArgumentException("degrees of freedom must be zero or more, was " + degreesOfFreedom);
    }
    if (degreesOfFreedom == 0) {
      return 0;
    }
    return new ChiSquaredDistribution(null, degreesOfFreedom, SOLVER_ACCURACY).inverseCumulativeProbability(p);
  }

  /**
   * Student's t quantile: R's {@code qt(p, df)}.
   *
   * @param p probability in (0, 1)
   * @param degreesOfFreedom more than zero
   * @return the quantile
   */
  public static double studentT(double p, double degreesOfFreedom) {
    return new TDistribution(null, degreesOfFreedom, SOLVER_ACCURACY).inverseCumulativeProbability(p);
  }

  static void requireConfidence(double confidence) {
    if (!(confidence >= 0.9 && confidence < 1)) {
      throw new IllegalArgumentException("confidence level must be at least 0.9 and below 1, was " + confidence);
    }
  }
}
