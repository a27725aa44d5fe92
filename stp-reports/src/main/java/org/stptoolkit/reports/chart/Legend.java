package org.stptoolkit.reports.chart;

import java.awt.Color;
import java.util.List;

/** Draws a one-line legend of colour swatches. */
final class Legend {

  /** One legend entry. */
  record Entry(String label, Color colour, boolean line) {}

  private Legend() {}

  /** Draws the entries left to right starting at (x, y baseline); returns the end x. */
  static double draw(Canvas c, double x, double y, List<Entry> entries, double size) {
    double cx = x;
    for (Entry e : entries) {
      if (e.line()) {
        c.line(cx, y + size * 0.35, cx + 14, y + size * 0.35, 1.6, e.colour(), false);
      } else {
        c.fillRect(cx + 2, y - 1, 10, size, e.colour());
      }
      cx += 17;
      c.text(e.label(), cx, y, size, false, Canvas.Align.LEFT, Palette.TEXT);
      cx += c.textWidth(e.label(), size, false) + 14;
    }
    return cx;
  }
}
