package org.stptoolkit.reports.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A tornado: one row per sensitivity, bars from zero, the largest effect at the top (the caller
 * orders the rows). Each row may carry several bars (NHS and social care), drawn one above the other
 * in the series' colours; savings point right, additional costs left.
 */
public final class TornadoChart {

  /**
   * One row.
   *
   * @param label row label
   * @param values one value per series (NaN = no bar)
   */
  public record Row(String label, double[] values) {
    /**
     * Copies the values.
     *
     * @param label row label
     * @param values one value per series (NaN = no bar)
     */
    public Row {
      Objects.requireNonNull(label, "label");
      values = values.clone();
    }

    /**
     * The values (a copy).
     *
     * @return the values
     */
    @Override
    public double[] values() {
      return values.clone();
    }
  }

  private static final double LABEL_SIZE = 7;

  private TornadoChart() {}

  /**
   * Draws the tornado inside {@code box}.
   *
   * @param c the canvas
   * @param box where
   * @param rows the rows, top to bottom
   * @param seriesNames one name per value in a row, for the legend
   * @param seriesColours one colour per value in a row
   * @param fmt formats values
   */
  public static void draw(Canvas c, Box box, List<Row> rows, List<String> seriesNames,
      List<java.awt.Color> seriesColours, DoubleFunction<String> fmt) {
    if (rows.isEmpty()) {
      return;
    }
    List<Double> all = new ArrayList<>();
    for (Row r : rows) {
      for (double v : r.values()) {
        all.add(v);
      }
    }
    Scale s = Scale.covering(all.stream().mapToDouble(Double::doubleValue).toArray(), 6);
    double labelW = 0;
    for (Row r : rows) {
      labelW = Math.max(labelW, c.textWidth(r.label(), LABEL_SIZE, false));
    }
    labelW = Math.min(labelW + 6, box.width() * 0.38);
    double valueRoom = c.textWidth("(000,000)", LABEL_SIZE, false) + 4;
    double x0 = box.x() + labelW + valueRoom;
    double x1 = box.right() - valueRoom;
    double yBottom = box.y() + 12;
    double yTop = box.top() - 16;
    List<Legend.Entry> legend = new ArrayList<>();
    for (int k = 0; k < seriesNames.size(); k++) {
      legend.add(new Legend.Entry(seriesNames.get(k), seriesColours.get(k), false));
    }
    Legend.draw(c, x0, box.top() - 9, legend, 7);
    Axis.horizontal(c, s, x0, x1, yBottom, yTop, fmt);
    double row = (yTop - yBottom) / rows.size();
    int ns = Math.max(1, seriesNames.size());
    double barH = Math.min(row * 0.7 / ns, 12);
    double zero = s.map(0, x0, x1);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double cy = yTop - row * (i + 0.5);
      c.text(c.fit(r.label(), LABEL_SIZE, false, labelW - 4), box.x(), cy - LABEL_SIZE / 3, LABEL_SIZE,
          false, Canvas.Align.LEFT, Palette.TEXT);
      double[] v = r.values();
      double top = cy + barH * ns / 2;
      for (int k = 0; k < v.length && k < seriesColours.size(); k++) {
        if (!Double.isFinite(v[k])) {
          continue;
        }
        double x = s.map(v[k], x0, x1);
        double by = top - barH * (k + 1);
        c.fillRect(Math.min(zero, x), by + 0.5, Math.max(Math.abs(x - zero), 0.6), barH - 1,
            seriesColours.get(k));
        String label = fmt.apply(v[k]);
        if (v[k] >= 0) {
          c.text(label, Math.max(x, zero) + 3, by + barH / 2 - 2.2, 6.5, false, Canvas.Align.LEFT, Palette.TEXT);
        } else {
          c.text(label, Math.min(x, zero) - 3, by + barH / 2 - 2.2, 6.5, false, Canvas.Align.RIGHT, Palette.TEXT);
        }
      }
    }
  }
}
