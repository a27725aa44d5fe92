package org.stptoolkit.reports.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Vertical bars grouped by category (year), one bar per series, with a legend on top and the value
 * axis on the left. Negative values (deficits) hang below the zero line.
 */
public final class GroupedBarChart {

  private GroupedBarChart() {}

  /**
   * Draws the chart inside {@code box}.
   *
   * @param c the canvas
   * @param box where
   * @param categories category labels along the bottom
   * @param series the series, each with one value per category (NaN = no bar)
   * @param fmt formats tick values
   */
  public static void draw(Canvas c, Box box, List<String> categories, List<Series> series,
      DoubleFunction<String> fmt) {
    List<Double> all = new ArrayList<>();
    for (Series s : series) {
      for (double v : s.values()) {
        all.add(v);
      }
    }
    Scale s = Scale.covering(all.stream().mapToDouble(Double::doubleValue).toArray(), 6);
    double legendH = 14;
    double x0 = box.x() + Axis.widestLabel(c, s, fmt) + 6;
    double x1 = box.right() - 2;
    double y0 = box.y() + 18;
    double y1 = box.top() - legendH - 4;
    List<Legend.Entry> legend = new ArrayList<>();
    for (Series ser : series) {
      legend.add(new Legend.Entry(ser.name(), ser.colour(), false));
    }
    Legend.draw(c, x0, box.top() - 9, legend, 7);
    Axis.vertical(c, s, y0, y1, x0, x1, fmt);

    int nc = categories.size();
    int ns = Math.max(1, series.size());
    double group = (x1 - x0) / Math.max(1, nc);
    double barW = Math.min(group * 0.8 / ns, 40);
    double zero = s.map(0, y0, y1);
    for (int i = 0; i < nc; i++) {
      double gx = x0 + group * i + (group - barW * ns) / 2;
      for (int k = 0; k < series.size(); k++) {
        double[] vals = series.get(k).values();
        double v = i < vals.length ? vals[i] : Double.NaN;
        if (Double.isFinite(v)) {
          double y = s.map(v, y0, y1);
          c.fillRect(gx + k * barW + 0.5, Math.min(zero, y), barW - 1, Math.max(Math.abs(y - zero), 0.6),
              series.get(k).colour());
        }
      }
      c.text(categories.get(i), x0 + group * (i + 0.5), box.y() + 3, 7, false, Canvas.Align.CENTRE,
          Palette.TEXT);
    }
    c.line(x0, zero, x1, zero, 0.9, Palette.TEXT, false);
  }
}
