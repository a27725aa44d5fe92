package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;

/**
 * One tile of the three-gaps dashboard: the gap, a headline and a few labelled figures, already
 * worded by the adapter from the stp-metrics summary and the finance result.
 *
 * @param gap the gap's name, e.g. "Finance and efficiency"
 * @param headline one line, e.g. "Gap closed by 2020/21"
 * @param mark the tile's colour
 * @param figures labelled figures, printed as a two-column list
 */
public record GapTile(String gap, String headline, Mark mark, List<Figure> figures) {

  /**
   * A labelled figure.
   *
   * @param label e.g. "Do-nothing 2020/21 (£'000)"
   * @param value e.g. "(285,402)"
   */
  public record Figure(String label, String value) {
    /**
     * Validates the fields.
     *
     * @param label e.g. "Do-nothing 2020/21 (£'000)"
     * @param value e.g. "(285,402)"
     */
    public Figure {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Validates and copies.
   *
   * @param gap the gap's name, e.g. "Finance and efficiency"
   * @param headline one line, e.g. "Gap closed by 2020/21"
   * @param mark the tile's colour
   * @param figures labelled figures, printed as a two-column list
   */
  public GapTile {
    Objects.requireNonNull(gap, "gap");
    headline = headline == null ? "" : headline;
    mark = mark == null ? Mark.NONE : mark;
    figures = List.copyOf(figures);
  }
}
