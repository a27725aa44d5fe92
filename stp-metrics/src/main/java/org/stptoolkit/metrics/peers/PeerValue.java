package org.stptoolkit.metrics.peers;

/**
 * One peer's value.
 *
 * @param areaCode the peer's code
 * @param value its value in the indicator's units, or {@code null} when missing
 */
public record PeerValue(String areaCode, Double value) {
  /**
   * Validates the code.
   *
   * @param areaCode the peer's code
   * @param value its value in the indicator's units, or {@code null} when missing
   */
  public PeerValue {
    if (areaCode == null || areaCode.isBlank()) {
      throw new IllegalArgumentException("peer area code is required");
    }
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("peer value must be finite, was " + value);
    }
  }

  /**
   * A peer with a value.
   *
   * @param areaCode the peer's area code
   * @param value the peer's value
   * @return a peer with a value
   */
  public static PeerValue of(String areaCode, double value) {
    return new PeerValue(areaCode, value);
  }
}
