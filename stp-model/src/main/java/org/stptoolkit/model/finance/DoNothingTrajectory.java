package org.stptoolkit.model.finance;

import org.stptoolkit.model.Checks;
import org.stptoolkit.model.Provenance;
import org.stptoolkit.model.YearlyAmounts;

/**
 * A do-nothing position by year that a footprint submits instead of (or beside) drivers: the seed's
 * row "Do Nothing Healthcare Deficit". The bridge works on either.
 *
 * @param scope {@code "HEALTH"} for the NHS system position, or the code of a local authority for its
 *     social care position
 * @param source where the figures come from
 * @param surplusGbpK surplus by year, £'000 (a deficit is negative)
 * @param provenance published, derived or illustrative
 */
public record DoNothingTrajectory(String scope, String source, YearlyAmounts surplusGbpK,
    Provenance provenance) {

  /** The scope name of the NHS health system position. */
  public static final String HEALTH = "HEALTH";

  /** Validates the fields. */
  public DoNothingTrajectory {
    scope = Checks.notBlank(scope, "do-nothing trajectory scope");
    source = source == null ? "" : source.strip();
    Checks.notNull(surplusGbpK, "do-nothing surplus of " + scope);
    provenance = provenance == null ? Provenance.PUBLISHED : provenance;
  }
}
