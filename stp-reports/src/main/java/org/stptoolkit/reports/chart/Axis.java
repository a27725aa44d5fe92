package org.stptoolkit.reports.chart;

import java.util.function.DoubleFunction;

/** Grid lines and tick labels shared by the charts. */
final class Axis {

  static final double TICK_SIZE = 6.5;

  private Axis() {}

  /** Vertical grid lines and tick labels below a horizontal value axis spanning [x0, x1]. */
  static void horizontal(Canvas c, Scale s, double x0, double x1, double yBottom, double yTop,
      DoubleFunction<String> fmt) {
    double lastRight = Double.NEGATIVE_INFINITY;
    for (double t : s.ticks()) {
      double x = s.map(t, x0, x1);
      c.line(x, yBottom, x, yTop, t == 0 ? 0.9 : 0.4, t == 0 ? Palette.TEXT : Palette.PALE_GREY, false);
      String label = fmt.apply(t);
      double w = c.textWidth(label, TICK_SIZE, false);
      if (x - w / 2 > lastRight + 3) {
        c.text(label, x, yBottom - TICK_SIZE - 2, TICK_SIZE, false, Canvas.Align.CENTRE, Palette.GREY);
        lastRight = x + w / 2;
      }
    }
  }

  /** Horizontal grid lines and tick labels left of a vertical value axis spanning [y0, y1]. */
  static void vertical(Canvas c, Scale s, double y0, double y1, double xLeft, double xRight,
      DoubleFunction<String> fmt) {
    for (double t : s.ticks()) {
      double y = s.map(t, y0, y1);
      c.line(xLeft, y, xRight, y, t == 0 ? 0.9 : 0.4, t == 0 ? Palette.TEXT : Palette.PALE_GREY, false);
      c.text(fmt.apply(t), xLeft - 3, y - TICK_SIZE / 3, TICK_SIZE, false, Canvas.Align.RIGHT, Palette.GREY);
    }
  }

  /** The widest tick label. */
  static double widestLabel(Canvas c, Scale s, DoubleFunction<String> fmt) {
    double w = 0;
    for (double t : s.ticks()) {
      w = Math.max(w, c.textWidth(fmt.apply(t), TICK_SIZE, false));
    }
    return w;
  }
}
