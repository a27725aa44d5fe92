package org.stptoolkit.finance.bridge;

import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.internal.Checks;

/**
 * A funding line as the bridge uses it, £'000 by plan year (positive improves the position).
 *
 * @param name as printed
 * @param scope the health system or a local authority
 * @param amounts funding by year
 * @param committedNonRecurrent true for committed legacy/non-recurrent funding: not applied in the bridge,
 *     netted off the deficit funding requirement instead
 */
public record FundingApplied(String name, Scope scope, ByYear amounts, boolean committedNonRecurrent) {
  /**
   * Validates the fields (the message naming the line is built only when the amounts are missing).
   *
   * @param name as printed
   * @param scope the health system or a local authority
   * @param amounts funding by year
   * @param committedNonRecurrent true for committed legacy/non-recurrent funding: not applied in the
   *     bridge, netted off the deficit funding requirement instead
   */
  public FundingApplied {
    Checks.notBlank(name, "funding name");
    Checks.notNull(scope, "scope of funding " + name);
    if (amounts == null) {
      Checks.notNull(amounts, "amounts of funding " + name);
    }
  }
}
