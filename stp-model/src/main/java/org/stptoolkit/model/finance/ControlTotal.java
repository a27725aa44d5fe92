package org.stptoolkit.model.finance;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * The surplus or deficit an organisation is held to by its regulator, by year.
 *
 * @param organisationCode the organisation
 * @param surplusGbpK control total by year, £'000 (deficit negative)
 */
public record ControlTotal(String organisationCode, YearlyAmounts surplusGbpK) {
  /**
   * Validates the fields.
   *
   * @param organisationCode the organisation
   * @param surplusGbpK control total by year, £'000 (deficit negative)
   */
  public ControlTotal {
    organisationCode = Checks.notBlank(organisationCode, "control total organisation code");
    Checks.notNull(surplusGbpK, "control total of " + organisationCode);
  }
}
