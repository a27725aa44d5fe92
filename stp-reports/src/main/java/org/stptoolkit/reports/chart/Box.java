package org.stptoolkit.reports.chart;

/**
 * A rectangle on a {@link Canvas}, in points.
 *
 * @param x left
 * @param y bottom
 * @param width width, positive
 * @param height height, positive
 */
public record Box(double x, double y, double width, double height) {

  /**
   * Validates that the box has a positive size.
   *
   * @param x left
   * @param y bottom
   * @param width width, positive
   * @param height height, positive
   */
  public Box {
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("box must have a positive size, was " + width + " x " + height);
    }
  }

  /**
   * The right edge.
   *
   * @return x + width
   */
  public double right() {
    return x + width;
  }

  /**
   * The top edge.
   *
   * @return y + height
   */
  public double top() {
    return y + height;
  }

  /**
   * This box shrunk on each side.
   *
   * @param left points off the left
   * @param bottom points off the bottom
   * @param right points off the right
   * @param top points off the top
   * @return the inner box
   */
  public Box inset(double left, double bottom, double right, double top) {
    return new Box(x + left, y + bottom, width - left - right, height - bottom - top);
  }
}
