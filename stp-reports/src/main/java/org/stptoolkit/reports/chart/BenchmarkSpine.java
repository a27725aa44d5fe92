package org.stptoolkit.reports.chart;

import java.awt.Color;

/**
 * One row of a Fingertips-style spine: on a common scale, the area's value (a dot in the colour of its
 * comparison), its 95% confidence interval (a bar), the England or peer benchmark (a solid black tick)
 * and the standard (a dashed tick). The scale is chosen to show all four with a margin.
 */
public final class BenchmarkSpine {

  private BenchmarkSpine() {}

  /**
   * Draws one spine row inside {@code box}. Missing numbers are NaN and are not drawn.
   *
   * @param c the canvas
   * @param box where
   * @param value the area's value
   * @param lower95 lower 95% limit
   * @param upper95 upper 95% limit
   * @param benchmark the benchmark value
   * @param standard the standard's limit
   * @param dot colour of the value's dot (its comparison)
   */
  public static void draw(Canvas c, Box box, double value, double lower95, double upper95,
      double benchmark, double standard, Color dot) {
    draw(c, box, value, lower95, upper95, benchmark, Double.NaN, standard, dot);
  }

  /**
   * Draws one spine row with a second benchmark, the region, as a blue tick beside England's black one.
   * Missing numbers are NaN and are not drawn.
   *
   * @param c the canvas
   * @param box where
   * @param value the area's value
   * @param lower95 lower 95% limit
   * @param upper95 upper 95% limit
   * @param benchmark England's value
   * @param region the region's value
   * @param standard the standard's limit
   * @param dot colour of the value's dot (its comparison)
   */
  public static void draw(Canvas c, Box box, double value, double lower95, double upper95,
      double benchmark, double region, double standard, Color dot) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : new double[] {value, lower95, upper95, benchmark, region, standard}) {
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (!Double.isFinite(lo)) {
      return;
    }
    double pad = Math.max((hi - lo) * 0.25, Math.max(Math.abs(hi) * 0.02, 1e-9));
    Scale s = new Scale(lo - pad, hi + pad, (hi - lo + 2 * pad) / 4);
    double x0 = box.x() + 3;
    double x1 = box.right() - 3;
    double cy = box.y() + box.height() / 2;
    c.fillRect(x0, cy - 3, x1 - x0, 6, Palette.PALE_GREY);
    if (Double.isFinite(lower95) && Double.isFinite(upper95)) {
      c.line(s.map(lower95, x0, x1), cy, s.map(upper95, x0, x1), cy, 1.2, Palette.TEXT, false);
    }
    if (Double.isFinite(standard)) {
      double x = s.map(standard, x0, x1);
      c.line(x, cy - 6, x, cy + 6, 1.2, Palette.RED, true);
    }
    if (Double.isFinite(region)) {
      double x = s.map(region, x0, x1);
      c.line(x, cy - 5, x, cy + 5, 1.6, Palette.BLUE, false);
    }
    if (Double.isFinite(benchmark)) {
      double x = s.map(benchmark, x0, x1);
      c.line(x, cy - 6, x, cy + 6, 1.6, Palette.TEXT, false);
    }
    if (Double.isFinite(value)) {
      double x = s.map(value, x0, x1);
      int k = 16;
      double[] xs = new double[k];
      double[] ys = new double[k];
      for (int i = 0; i < k; i++) {
        xs[i] = x + 3.4 * Math.cos(2 * Math.PI * i / k);
        ys[i] = cy + 3.4 * Math.sin(2 * Math.PI * i / k);
      }
      c.fillPolygon(xs, ys, Palette.TEXT);
      for (int i = 0; i < k; i++) {
        xs[i] = x + 2.6 * Math.cos(2 * Math.PI * i / k);
        ys[i] = cy + 2.6 * Math.sin(2 * Math.PI * i / k);
      }
      c.fillPolygon(xs, ys, dot);
    }
  }
}
