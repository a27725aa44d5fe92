package org.stptoolkit.reports.chart;

import java.awt.Color;

/**
 * A drawing surface in points, origin at the bottom left (the PDF convention). Implementations draw
 * vector graphics in flat colours.
 */
public interface Canvas {

  /** Horizontal alignment of text about its anchor point. */
  enum Align {
    /** Text starts at the anchor. */
    LEFT,
    /** Text is centred on the anchor. */
    CENTRE,
    /** Text ends at the anchor. */
    RIGHT
  }

  /**
   * Fills a rectangle; a negative width or height is normalised.
   *
   * @param x left
   * @param y bottom
   * @param width width
   * @param height height
   * @param fill colour
   */
  void fillRect(double x, double y, double width, double height, Color fill);

  /**
   * Fills a closed polygon.
   *
   * @param xs x coordinates
   * @param ys y coordinates, as many as {@code xs}
   * @param fill colour
   */
  void fillPolygon(double[] xs, double[] ys, Color fill);

  /**
   * Strokes a straight line.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param width line width in points
   * @param colour colour
   * @param dashed true for a dashed line
   */
  void line(double x1, double y1, double x2, double y2, double width, Color colour, boolean dashed);

  /**
   * Writes one line of text with its baseline at {@code y}.
   *
   * @param text the text
   * @param x anchor x
   * @param y baseline
   * @param size font size in points
   * @param bold bold face
   * @param align alignment about {@code x}
   * @param colour colour
   */
  void text(String text, double x, double y, double size, boolean bold, Align align, Color colour);

  /**
   * The width of {@code text} in points.
   *
   * @param text the text
   * @param size font size in points
   * @param bold bold face
   * @return width in points
   */
  double textWidth(String text, double size, boolean bold);

  /**
   * Text shortened with an ellipsis to fit {@code maxWidth}.
   *
   * @param text the text
   * @param size font size
   * @param bold bold face
   * @param maxWidth the width available
   * @return {@code text}, or a prefix of it followed by "…"
   */
  default String fit(String text, double size, boolean bold, double maxWidth) {
    if (textWidth(text, size, bold) <= maxWidth) {
      return text;
    }
    String s = text;
    while (s.length() > 1 && textWidth(s + "…", size, bold) > maxWidth) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip() + "…";
  }
}
