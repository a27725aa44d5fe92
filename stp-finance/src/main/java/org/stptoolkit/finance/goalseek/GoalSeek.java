package org.stptoolkit.finance.goalseek;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Solves {@code f(x) = target} for x in {@code [lo, hi]} with Brent's method (bisection, secant and
 * inverse quadratic interpolation; never slower than bisection). The function must be continuous; the
 * target must lie between {@code f(lo)} and {@code f(hi)}, otherwise no value in the range reaches it
 * and the result says so (with the closest end), rather than returning a value outside the range.
 */
public final class GoalSeek {

  /** Default tolerance on x. */
  public static final double DEFAULT_X_TOLERANCE = 1e-10;
  /** Default maximum number of evaluations. */
  public static final int DEFAULT_MAX_ITERATIONS = 200;

  private GoalSeek() {}

  /**
   * Solves with the default tolerances; {@code what} names x and f in messages.
   *
   * @param f the function whose root {@code f(x) = target} is sought
   * @param target the value sought for {@code f}
   * @param lo the lowest {@code x} to try
   * @param hi the highest {@code x} to try
   * @param outputTolerance how close to {@code target} {@code f(x)} must come
   * @param what names for x and f, used in messages
   * @return the solution found, or why none was
   */
  public static GoalSeekResult solve(DoubleUnaryOperator f, double target, double lo, double hi,
      double outputTolerance, String what) {
    if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      throw new IllegalArgumentException("goal seek range must have lo < hi, both finite; was [" + lo
          + ", " + hi + "]");
    }
    double a = lo;
    double b = hi;
    double fa = f.applyAsDouble(a) - target;
    double fb = f.applyAsDouble(b) - target;
    int n = 2;
    if (Math.abs(fa) <= outputTolerance) {
      return new GoalSeekResult(true, a, fa + target, target, n, "reached at the lower end");
    }
    if (Math.abs(fb) <= outputTolerance) {
      return new GoalSeekResult(true, b, fb + target, target, n, "reached at the upper end");
    }
    if (Math.signum(fa) == Math.signum(fb)) {
      double closest = Math.abs(fa) < Math.abs(fb) ? a : b;
      double closestF = (Math.abs(fa) < Math.abs(fb) ? fa : fb) + target;
      return new GoalSeekResult(false, closest, closestF, target, n, String.format(Locale.ROOT,
          "no value of %s between %s and %s reaches %s: the output runs from %s to %s over that range"
              + " (closest %s at %s)", what, fmt(lo), fmt(hi), fmt(target), fmt(fa + target),
          fmt(fb + target), fmt(closestF), fmt(closest)));
    }
    double c = a;
    double fc = fa;
    double d = b - a;
    double e = d;
    for (; n < DEFAULT_MAX_ITERATIONS; n++) {
      if (Math.signum(fb) == Math.signum(fc)) {
        c = a;
        fc = fa;
        d = b - a;
        e = d;
      }
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tol = 2 * Math.ulp(b) + 0.5 * DEFAULT_X_TOLERANCE;
      double m = 0.5 * (c - b);
      if (Math.abs(m) <= tol || Math.abs(fb) <= outputTolerance) {
        return new GoalSeekResult(true, b, fb + target, target, n, "converged");
      }
      if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
        double s = fb / fa;
        double p;
        double q;
        if (a == c) {
          p = 2 * m * s;
          q = 1 - s;
        } else {
          double qq = fa / fc;
          double r = fb / fc;
          p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
          q = (qq - 1) * (r - 1) * (s - 1);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
          e = d;
          d = p / q;
        } else {
          d = m;
          e = d;
        }
      } else {
        d = m;
        e = d;
      }
      a = b;
      fa = fb;
      b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
      fb = f.applyAsDouble(b) - target;
    }
    return new GoalSeekResult(false, b, fb + target, target, n,
        "did not converge in " + DEFAULT_MAX_ITERATIONS + " evaluations; closest " + fmt(fb + target)
            + " at " + fmt(b));
  }

  private static String fmt(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString();
  }
}
