package org.stptoolkit.reports.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A 5×5 risk heat map: likelihood across (1 to 5), impact up (1 to 5), each cell shaded by likelihood ×
 * impact (green up to 4, amber 5 to 12, red 15 and over, the usual NHS risk matrix bands) and carrying
 * the numbers of the risks scored there. Flat colours only.
 */
public final class RiskHeatMap {

  /** The scale's size. */
  public static final int SIZE = 5;

  private RiskHeatMap() {}

  /**
   * A risk on the map.
   *
   * @param label what is written in its cell (the risk's number)
   * @param likelihood 1 to 5
   * @param impact 1 to 5
   */
  public record Marker(String label, int likelihood, int impact) {
    /**
     * Validates the scores.
     *
     * @param label what is written in its cell (the risk's number)
     * @param likelihood 1 to 5
     * @param impact 1 to 5
     */
    public Marker {
      if (likelihood < 1 || likelihood > SIZE || impact < 1 || impact > SIZE) {
        throw new IllegalArgumentException("a heat map marker needs scores 1 to 5, was " + likelihood + " × " + impact);
      }
    }
  }

  /**
   * The band colour of a score.
   *
   * @param score likelihood × impact, 1 to 25
   * @return green, amber or red
   */
  public static Color band(int score) {
    return score >= 15 ? Palette.RED : score >= 5 ? Palette.AMBER : Palette.GREEN;
  }

  /**
   * Draws the map.
   *
   * @param c the canvas
   * @param box where
   * @param markers the scored risks
   */
  public static void draw(Canvas c, Box box, List<Marker> markers) {
    double left = box.x() + 34;
    double bottom = box.y() + 26;
    double cell = Math.min((box.width() - 40) / SIZE, (box.height() - 34) / SIZE);
    for (int l = 1; l <= SIZE; l++) {
      for (int i = 1; i <= SIZE; i++) {
        double x = left + (l - 1) * cell;
        double y = bottom + (i - 1) * cell;
        c.fillRect(x, y, cell, cell, band(l * i));
        c.line(x, y, x + cell, y, 0.6, Palette.WHITE, false);
        c.line(x, y, x, y + cell, 0.6, Palette.WHITE, false);
        List<String> here = new ArrayList<>();
        for (Marker m : markers) {
          if (m.likelihood() == l && m.impact() == i) {
            here.add(m.label());
          }
        }
        if (!here.isEmpty()) {
          String text = c.fit(String.join(", ", here), 8, true, cell - 4);
          Color ink = band(l * i) == Palette.AMBER ? Palette.TEXT : Palette.WHITE;
          c.text(text, x + cell / 2, y + cell / 2 - 3, 8, true, Canvas.Align.CENTRE, ink);
        }
      }
      c.text(Integer.toString(l), left + (l - 0.5) * cell, bottom - 10, 7, false, Canvas.Align.CENTRE, Palette.TEXT);
      c.text(Integer.toString(l), left - 6, bottom + (l - 0.5) * cell - 2.5, 7, false, Canvas.Align.RIGHT, Palette.TEXT);
    }
    c.text("Likelihood (1 lowest to 5 highest)", left + SIZE * cell / 2, box.y() + 4, 7, true, Canvas.Align.CENTRE,
        Palette.TEXT);
    c.text("Impact", box.x() + 2, bottom + SIZE * cell + 2, 7, true, Canvas.Align.LEFT, Palette.TEXT);
  }
}
