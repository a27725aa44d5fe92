package org.stptoolkit.reports.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis scale with "nice" tick values (1, 2, 2.5 or 5 times a power of ten) that always
 * includes zero, mapping data values onto a pixel range.
 *
 * @param min lowest value on the axis (a tick)
 * @param max highest value on the axis (a tick), above {@code min}
 * @param step distance between ticks, positive
 */
public record Scale(double min, double max, double step) {

  /**
   * Validates the range.
   *
   * @param min lowest value on the axis (a tick)
   * @param max highest value on the axis (a tick), above {@code min}
   * @param step distance between ticks, positive
   */
  public Scale {
    if (!(max > min) || !(step > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
      throw new IllegalArgumentException("scale needs min < max and a positive step, was "
          + min + ", " + max + ", " + step);
    }
  }

  /**
   * A scale covering every value and zero with at most about {@code maxTicks} intervals.
   *
   * @param values the data (NaN ignored); an empty or all-zero set gives 0 to 1
   * @param maxTicks the most intervals wanted, at least 2
   * @return the scale
   */
  public static Scale covering(double[] values, int maxTicks) {
    double lo = 0;
    double hi = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (hi - lo <= 0) {
      hi = lo + 1;
    }
    double step = niceStep((hi - lo) / Math.max(2, maxTicks));
    double min = Math.floor(lo / step) * step;
    double max = Math.ceil(hi / step) * step;
    if (max - min <= 0) {
      max = min + step;
    }
    return new Scale(min, max, step);
  }

  /**
   * A scale over a range that need not include zero (for indicator values).
   *
   * @param lo lowest value to show
   * @param hi highest value to show
   * @param maxTicks the most intervals wanted
   * @return the scale
   */
  public static Scale between(double lo, double hi, int maxTicks) {
    if (!(hi > lo)) {
      double pad = Math.max(Math.abs(lo) * 0.1, 1);
      lo -= pad;
      hi += pad;
    }
    double step = niceStep((hi - lo) / Math.max(2, maxTicks));
    return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
  }

  private static double niceStep(double raw) {
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * mag;
  }

  /**
   * The tick values from {@code min} to {@code max}.
   *
   * @return ticks in ascending order
   */
  public List<Double> ticks() {
    List<Double> out = new ArrayList<>();
    long n = Math.round((max - min) / step);
    for (long i = 0; i <= n; i++) {
      double t = min + i * step;
      out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return List.copyOf(out);
  }

  /**
   * Maps a value onto {@code [from, to]}.
   *
   * @param value data value
   * @param from position of {@code min}
   * @param to position of {@code max}
   * @return the position of {@code value}
   */
  public double map(double value, double from, double to) {
    return from + (value - min) / (max - min) * (to - from);
  }
}
