package org.stptoolkit.model.sensitivity;

import org.stptoolkit.model.internal.Checks;

/**
 * A share of social care provided by the NHS instead, at a price multiple (50% at double price).
 *
 * @param share share of social care cost moved to the NHS (0.5 = 50%)
 * @param priceMultiplier NHS price relative to social care's (2 = double)
 */
public record SocialCareTransfer(double share, double priceMultiplier) implements SensitivityRule {

  /**
   * Validates the fields.
   *
   * @param share share of social care cost moved to the NHS (0.5 = 50%)
   * @param priceMultiplier NHS price relative to social care's (2 = double)
   */
  public SocialCareTransfer {
    Checks.rateInRange(share, 0, 1, "share of social care moved");
    Checks.inRange(priceMultiplier, 0, 10, "price multiplier");
  }

  @Override
  public String kind() {
    return "socialCareTransfer";
  }

  @Override
  public <R> R accept(SensitivityRule.Visitor<R> visitor) {
    return visitor.socialCareTransfer(this);
  }
}
