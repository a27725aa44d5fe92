package org.stptoolkit.finance.montecarlo;

/**
 * Running mean and variance (Welford), mergeable (Chan et al.). Empty: mean 0, variance 0.
 */
final class Moments {
  long n;
  double mean;
  double m2;

  void add(double x) {
    n++;
    double d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }

  void merge(Moments o) {
    if (o.n == 0) {
      return;
    }
    if (n == 0) {
      n = o.n;
      mean = o.mean;
      m2 = o.m2;
      return;
    }
    long total = n + o.n;
    double d = o.mean - mean;
    mean += d * o.n / total;
    m2 += o.m2 + d * d * n * o.n / total;
    n = total;
  }

  void clear() {
    n = 0;
    mean = 0;
    m2 = 0;
  }

  /** Sample variance (n − 1); 0 with fewer than two values. */
  double variance() {
    return n < 2 ? 0 : m2 / (n - 1);
  }
}
