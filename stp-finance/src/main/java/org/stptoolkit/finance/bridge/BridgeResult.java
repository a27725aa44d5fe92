package org.stptoolkit.finance.bridge;

import org.stptoolkit.finance.internal.FinancialBridge;

import java.util.List;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.internal.Checks;

/**
 * The financial bridge for one scope (the NHS health system, or one local authority's social care), all
 * £'000 by plan year, deficit negative:
 *
 * <pre>
 * doSomething(t) = doNothing(t) + Σ solutions' net(t) + Σ funding applied(t)
 * </pre>
 *
 * The identity holds exactly (to floating point) in every year: {@link FinancialBridge} computes
 * {@code doSomething} from the other terms and tests check it on the example and on generated
 * footprints. The plan's printed total solution value and do-something rows, where given, are carried
 * beside the computed ones to compare (see {@link FinancialBridge}); they take no part in the identity.
 *
 * @param scope the health system or a local authority
 * @param doNothingSource the published trajectory (every year), the drivers (projected), or both
 *     (published where given, projected elsewhere)
 * @param doNothing the do-nothing position the bridge starts from
 * @param driversDoNothing the drivers-based projection of the same scope
 * @param publishedDoNothing the published trajectory where given (0 elsewhere), or {@code null} when none
 * @param solutions the scope's solution lines in order
 * @param funding funding lines of the scope (applied and committed)
 * @param totalSolutions Σ net over solutions
 * @param fundingApplied Σ funding applied (not committed non-recurrent)
 * @param totalSolutionValue totalSolutions + fundingApplied (the seed's "Total Solution Value")
 * @param doSomething the do-something position
 * @param publishedTotalSolutionValue the plan's printed total solution value where given (0 elsewhere),
 *     or {@code null} when the plan does not print it; kept to compare, never used in the sums
 * @param publishedDoSomething the plan's printed do-something where given (0 elsewhere), or {@code null}
 *     when the plan does not print it; kept to compare, never used in the sums
 * @param cumulativeDoNothing Σ doNothing over the plan years
 * @param cumulativeDoSomething Σ doSomething over the plan years
 * @param committedNonRecurrentFunding Σ committed non-recurrent funding over the plan years
 * @param deficitFundingRequirement max(0, −cumulativeDoSomething − committedNonRecurrentFunding)
 */
public record BridgeResult(Scope scope, DoNothingSource doNothingSource, ByYear doNothing,
    ByYear driversDoNothing, ByYear publishedDoNothing, List<SolutionLine> solutions,
    List<FundingApplied> funding, ByYear totalSolutions, ByYear fundingApplied,
    ByYear totalSolutionValue, ByYear doSomething, ByYear publishedTotalSolutionValue,
    ByYear publishedDoSomething, double cumulativeDoNothing,
    double cumulativeDoSomething, double committedNonRecurrentFunding,
    double deficitFundingRequirement) {

  /**
   * Validates and copies.
   *
   * @param scope {@code "HEALTH"} or a local authority code
   * @param doNothingSource {@code "PUBLISHED"} (the submitted trajectory, every year), {@code "DRIVERS"}
   *     (projected), or {@code "PUBLISHED_AND_DRIVERS"} (published where given, projected elsewhere)
   * @param doNothing the do-nothing position the bridge starts from
   * @param driversDoNothing the drivers-based projection of the same scope
   * @param publishedDoNothing the published trajectory where given (0 elsewhere), or {@code null} when none
   * @param solutions the scope's solution lines in order
   * @param funding funding lines of the scope (applied and committed)
   * @param totalSolutions Σ net over solutions
   * @param fundingApplied Σ funding applied (not committed non-recurrent)
   * @param totalSolutionValue totalSolutions + fundingApplied (the seed's "Total Solution Value")
   * @param doSomething the do-something position
   * @param publishedTotalSolutionValue the plan's printed total solution value where given (0 elsewhere),
   *     or {@code null} when the plan does not print it; kept to compare, never used in the sums
   * @param publishedDoSomething the plan's printed do-something where given (0 elsewhere), or {@code null}
   *     when the plan does not print it; kept to compare, never used in the sums
   * @param cumulativeDoNothing Σ doNothing over the plan years
   * @param cumulativeDoSomething Σ doSomething over the plan years
   * @param committedNonRecurrentFunding Σ committed non-recurrent funding over the plan years
   * @param deficitFundingRequirement max(0, −cumulativeDoSomething − committedNonRecurrentFunding)
   */
  public BridgeResult {
    Checks.notNull(scope, "bridge scope");
    Checks.notNull(doNothingSource, "do-nothing source of bridge " + scope);
    solutions = List.copyOf(solutions);
    funding = List.copyOf(funding);
  }

  /**
   * doNothing − driversDoNothing: how far the published trajectory is from the drivers.
   *
   * @return doNothing − driversDoNothing: how far the published trajectory is from the drivers
   */
  public ByYear publishedLessDrivers() {
    return doNothing.minus(driversDoNothing);
  }
}
