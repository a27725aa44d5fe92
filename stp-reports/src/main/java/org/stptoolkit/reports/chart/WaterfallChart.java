package org.stptoolkit.reports.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A horizontal waterfall: the bridge read top to bottom, from an opening position (the do-nothing
 * deficit) through each step (a solution's net effect, funding) to a closing position (the
 * do-something). Opening and closing bars start at zero; each step starts where the previous bar ended.
 * Horizontal bars keep every row's full label readable, in the same order as the table beside it.
 *
 * <p>Savings (positive steps) are green, costs (negative steps) red, the opening grey and the closing
 * blue. The running level is accumulated only to place the bars; the closing value drawn is the one
 * handed in, so a chart never shows a figure the result does not hold.
 */
public final class WaterfallChart {

  /** What a bar is. */
  public enum Kind {
    /** The opening position, drawn from zero. */
    OPENING,
    /** A change from the running level. */
    STEP,
    /** The closing position, drawn from zero. */
    CLOSING
  }

  /**
   * One bar.
   *
   * @param label row label
   * @param value the amount (a position for OPENING/CLOSING, a change for STEP)
   * @param kind what the bar is
   */
  public record Bar(String label, double value, Kind kind) {
    /**
     * Validates the fields.
     *
     * @param label row label
     * @param value the amount (a position for OPENING/CLOSING, a change for STEP)
     * @param kind what the bar is
     */
    public Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(kind, "kind");
    }
  }

  private static final double LABEL_SIZE = 7;

  private WaterfallChart() {}

  /**
   * Draws the waterfall inside {@code box}.
   *
   * @param c the canvas
   * @param box where
   * @param bars the bars, top to bottom
   * @param fmt formats values for labels and ticks
   */
  public static void draw(Canvas c, Box box, List<Bar> bars, DoubleFunction<String> fmt) {
    if (bars.isEmpty()) {
      return;
    }
    int n = bars.size();
    double[] start = new double[n];
    double[] end = new double[n];
    double level = 0;
    List<Double> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Bar b = bars.get(i);
      if (b.kind() == Kind.STEP) {
        start[i] = level;
        end[i] = level + b.value();
      } else {
        start[i] = 0;
        end[i] = b.value();
      }
      level = end[i];
      all.add(start[i]);
      all.add(end[i]);
    }
    Scale s = Scale.covering(all.stream().mapToDouble(Double::doubleValue).toArray(), 6);

    double labelW = 0;
    for (Bar b : bars) {
      labelW = Math.max(labelW, c.textWidth(b.label(), LABEL_SIZE, b.kind() != Kind.STEP));
    }
    labelW = Math.min(labelW + 6, box.width() * 0.34);
    double valueRoom = c.textWidth("(000,000)", LABEL_SIZE, false) + 4;
    double x0 = box.x() + labelW + valueRoom;
    double x1 = box.right() - valueRoom;
    double yBottom = box.y() + 12;
    double yTop = box.top();
    double row = (yTop - yBottom) / n;
    double barH = Math.min(row * 0.68, 16);

    Axis.horizontal(c, s, x0, x1, yBottom, yTop, fmt);
    for (int i = 0; i < n; i++) {
      Bar b = bars.get(i);
      double cy = yTop - row * (i + 0.5);
      double xa = s.map(Math.min(start[i], end[i]), x0, x1);
      double xb = s.map(Math.max(start[i], end[i]), x0, x1);
      Color fill = switch (b.kind()) {
        case OPENING -> Palette.GREY;
        case CLOSING -> Palette.BLUE;
        case STEP -> b.value() >= 0 ? Palette.GREEN : Palette.RED;
      };
      c.fillRect(xa, cy - barH / 2, Math.max(xb - xa, 0.6), barH, fill);
      if (i + 1 < n) {
        double xe = s.map(end[i], x0, x1);
        c.line(xe, cy - barH / 2, xe, cy - row + barH / 2, 0.4, Palette.GREY, true);
      }
      boolean bold = b.kind() != Kind.STEP;
      c.text(c.fit(b.label(), LABEL_SIZE, bold, labelW - 4), box.x(), cy - LABEL_SIZE / 3,
          LABEL_SIZE, bold, Canvas.Align.LEFT, Palette.TEXT);
      String v = fmt.apply(b.value());
      // The value sits beyond the end of the bar that points away from zero.
      boolean rightwards = b.kind() == Kind.STEP ? b.value() >= 0 : b.value() >= 0;
      if (rightwards) {
        c.text(v, xb + 3, cy - LABEL_SIZE / 3, LABEL_SIZE, bold, Canvas.Align.LEFT, Palette.TEXT);
      } else {
        c.text(v, xa - 3, cy - LABEL_SIZE / 3, LABEL_SIZE, bold, Canvas.Align.RIGHT, Palette.TEXT);
      }
    }
  }
}
