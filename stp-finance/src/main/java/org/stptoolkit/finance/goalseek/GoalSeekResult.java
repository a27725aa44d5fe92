package org.stptoolkit.finance.goalseek;

/**
 * The outcome of a goal seek.
 *
 * @param found true when a value in the allowed range reaches the target within the tolerance
 * @param value the value found (when not found: the end of the range that comes closest)
 * @param achieved the output at {@code value}
 * @param target the output sought
 * @param iterations function evaluations used
 * @param message what happened, in words an analyst can act on
 */
public record GoalSeekResult(boolean found, double value, double achieved, double target,
    int iterations, String message) {

  /**
   * The value, or an {@link IllegalStateException} with the message when none was found.
   *
   * @return the value, or an {@link IllegalStateException} with the message when none was found
   */
  public double orElseThrow() {
    if (!found) {
      throw new IllegalStateException(message);
    }
    return value;
  }
}
