package org.stptoolkit.reports.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A fan chart: shaded bands between percentiles by year (outer band first, inner bands drawn over it
 * in flat, darker colours: no transparency), with lines on top (the median, the plan).
 */
public final class FanChart {

  /**
   * A band between two series.
   *
   * @param name legend text, e.g. "5th to 95th percentile"
   * @param lower lower edge by category
   * @param upper upper edge by category
   * @param colour flat fill colour
   */
  public record Band(String name, double[] lower, double[] upper, java.awt.Color colour) {
    /**
     * Copies the values.
     *
     * @param name legend text, e.g. "5th to 95th percentile"
     * @param lower lower edge by category
     * @param upper upper edge by category
     * @param colour flat fill colour
     */
    public Band {
      lower = lower.clone();
      upper = upper.clone();
    }

    /**
     * Lower edge (a copy).
     *
     * @return values
     */
    @Override
    public double[] lower() {
      return lower.clone();
    }

    /**
     * Upper edge (a copy).
     *
     * @return values
     */
    @Override
    public double[] upper() {
      return upper.clone();
    }
  }

  private FanChart() {}

  /**
   * Draws the fan inside {@code box}.
   *
   * @param c the canvas
   * @param box where
   * @param categories labels along the bottom
   * @param bands bands, outermost first
   * @param lines lines drawn over the bands
   * @param fmt formats tick values
   */
  public static void draw(Canvas c, Box box, List<String> categories, List<Band> bands,
      List<Series> lines, DoubleFunction<String> fmt) {
    List<Double> all = new ArrayList<>();
    for (Band b : bands) {
      for (double v : b.lower()) {
        all.add(v);
      }
      for (double v : b.upper()) {
        all.add(v);
      }
    }
    for (Series s : lines) {
      for (double v : s.values()) {
        all.add(v);
      }
    }
    Scale s = Scale.covering(all.stream().mapToDouble(Double::doubleValue).toArray(), 6);
    double x0 = box.x() + Axis.widestLabel(c, s, fmt) + 6;
    double x1 = box.right() - 8;
    double y0 = box.y() + 18;
    double y1 = box.top() - 18;
    List<Legend.Entry> legend = new ArrayList<>();
    bands.forEach(b -> legend.add(new Legend.Entry(b.name(), b.colour(), false)));
    lines.forEach(l -> legend.add(new Legend.Entry(l.name(), l.colour(), true)));
    Legend.draw(c, x0, box.top() - 9, legend, 7);
    Axis.vertical(c, s, y0, y1, x0, x1, fmt);
    int n = categories.size();
    double step = n > 1 ? (x1 - x0 - 20) / (n - 1) : 0;
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = n > 1 ? x0 + 10 + step * i : (x0 + x1) / 2;
      c.text(categories.get(i), xs[i], box.y() + 3, 7, false, Canvas.Align.CENTRE, Palette.TEXT);
    }
    for (Band b : bands) {
      double[] lo = b.lower();
      double[] hi = b.upper();
      double[] px = new double[2 * n];
      double[] py = new double[2 * n];
      for (int i = 0; i < n; i++) {
        px[i] = xs[i];
        py[i] = s.map(hi[i], y0, y1);
        px[2 * n - 1 - i] = xs[i];
        py[2 * n - 1 - i] = s.map(lo[i], y0, y1);
      }
      c.fillPolygon(px, py, b.colour());
    }
    for (Series l : lines) {
      double[] v = l.values();
      for (int i = 0; i + 1 < n; i++) {
        c.line(xs[i], s.map(v[i], y0, y1), xs[i + 1], s.map(v[i + 1], y0, y1), 1.6, l.colour(), false);
      }
    }
  }
}
