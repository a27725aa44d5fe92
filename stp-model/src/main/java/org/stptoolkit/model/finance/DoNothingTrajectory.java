package org.stptoolkit.model.finance;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * The plan's printed bridge rows of one scope: the do-nothing position by year (the seed's row "Do
 * Nothing Healthcare Deficit"), submitted instead of (or beside) drivers, and, where the plan prints
 * them, its "Total Solution Value" and "Do Something" rows. The bridge starts from the do-nothing; the
 * other two are not inputs to any calculation: they are kept to compare with the engine's own
 * total solution value and do-something (the plan's totals are rounded sums of unrounded workings, so
 * they may differ from the engine's by the rounding tolerance).
 *
 * @param scope {@code "HEALTH"} for the NHS system position, or the code of a local authority for its
 *     social care position
 * @param source where the figures come from
 * @param surplusGbpK do-nothing surplus by year, £'000 (a deficit is negative)
 * @param publishedTotalSolutionValueGbpK the printed total solution value by year, £'000 (solutions
 *     and funding applied; a saving is positive); empty when the plan does not print it
 * @param publishedDoSomethingGbpK the printed do-something surplus by year, £'000 (a deficit is
 *     negative); empty when the plan does not print it
 * @param provenance published, derived or illustrative (required: a missing one is refused, not taken as published)
 */
public record DoNothingTrajectory(String scope, String source, YearlyAmounts surplusGbpK,
    YearlyAmounts publishedTotalSolutionValueGbpK, YearlyAmounts publishedDoSomethingGbpK,
    Provenance provenance) {

  /** The scope name of the NHS health system position. */
  public static final String HEALTH = "HEALTH";

  /**
   * Validates the fields; absent printed rows become empty.
   *
   * @param scope {@code "HEALTH"} for the NHS system position, or the code of a local authority for its
   *     social care position
   * @param source where the figures come from
   * @param surplusGbpK do-nothing surplus by year, £'000 (a deficit is negative)
   * @param publishedTotalSolutionValueGbpK the printed total solution value by year, £'000 (solutions and
   *     funding applied; a saving is positive); empty when the plan does not print it
   * @param publishedDoSomethingGbpK the printed do-something surplus by year, £'000 (a deficit is
   *     negative); empty when the plan does not print it
   * @param provenance published, derived or illustrative
   */
  public DoNothingTrajectory {
    scope = Checks.notBlank(scope, "do-nothing trajectory scope");
    source = source == null ? "" : source.strip();
    Checks.notNull(surplusGbpK, "do-nothing surplus of " + scope);
    publishedTotalSolutionValueGbpK = publishedTotalSolutionValueGbpK == null
        ? YearlyAmounts.empty() : publishedTotalSolutionValueGbpK;
    publishedDoSomethingGbpK = publishedDoSomethingGbpK == null
        ? YearlyAmounts.empty() : publishedDoSomethingGbpK;
    Checks.notNull(provenance, "provenance of do-nothing trajectory " + scope);
  }

  /**
   * A copy with the plan's printed total solution value and do-something rows.
   *
   * @param totalSolutionValueGbpK the plan's printed total solution value by year, £'000
   * @param doSomethingGbpK the plan's printed do-something position by year, £'000
   * @return a copy with the plan's printed total solution value and do-something rows
   */
  public DoNothingTrajectory withPublishedBridge(YearlyAmounts totalSolutionValueGbpK,
      YearlyAmounts doSomethingGbpK) {
    return new DoNothingTrajectory(scope, source, surplusGbpK, totalSolutionValueGbpK,
        doSomethingGbpK, provenance);
  }
}
