package org.stptoolkit.model.finance;

import java.util.Map;
import org.stptoolkit.model.internal.Checks;

/**
 * Planning assumptions: footprint defaults and per-organisation overrides.
 *
 * @param defaults drivers applying to every organisation
 * @param overrides drivers for named organisations (by code); absent drivers fall back to the defaults
 */
public record Assumptions(DriverSet defaults, Map<String, DriverSet> overrides) {

  /**
   * Copies the overrides.
   *
   * @param defaults drivers applying to every organisation
   * @param overrides drivers for named organisations (by code); absent drivers fall back to the defaults
   */
  public Assumptions {
    Checks.notNull(defaults, "footprint default assumptions");
    overrides = Checks.copy(overrides, "organisation assumption overrides");
  }

  /**
   * The drivers for one organisation: its override, completed from the defaults.
   *
   * @param organisationCode the organisation's code
   * @return the drivers for one organisation: its override, completed from the defaults
   */
  public DriverSet forOrganisation(String organisationCode) {
    DriverSet own = overrides.get(organisationCode);
    return own == null ? defaults : own.orElse(defaults);
  }
}
