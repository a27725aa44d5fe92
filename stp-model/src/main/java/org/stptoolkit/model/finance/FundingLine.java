package org.stptoolkit.model.finance;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * Funding applied to the position, e.g. "STF funding applied in year to meet 16/17 recurrent
 * pressures", £41.6m in 2020/21.
 *
 * @param name as printed
 * @param scope {@code "HEALTH"} or a local authority code
 * @param amountsGbpK funding by year, £'000 (positive improves the position)
 * @param committedNonRecurrent true for committed non-recurrent or legacy funding, which the deficit
 *     funding requirement is net of, rather than funding applied in the bridge
 * @param provenance published, derived or illustrative (required: a missing one is refused, not taken as published)
 */
public record FundingLine(String name, String scope, YearlyAmounts amountsGbpK,
    boolean committedNonRecurrent, Provenance provenance) {

  /**
   * Validates the fields.
   *
   * @param name as printed
   * @param scope {@code "HEALTH"} or a local authority code
   * @param amountsGbpK funding by year, £'000 (positive improves the position)
   * @param committedNonRecurrent true for committed non-recurrent or legacy funding, which the deficit
   *     funding requirement is net of, rather than funding applied in the bridge
   * @param provenance published, derived or illustrative
   */
  public FundingLine {
    name = Checks.notBlank(name, "funding line name");
    scope = scope == null || scope.isBlank() ? DoNothingTrajectory.HEALTH : scope.strip();
    Checks.notNull(amountsGbpK, "amounts of funding line " + name);
    Checks.notNull(provenance, "provenance of funding line " + name);
  }
}
