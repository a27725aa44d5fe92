package org.stptoolkit.finance.solution;

import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.SolutionCategory;

/**
 * One solution's row of the bridge, £'000 by plan year (saving positive, additional cost negative).
 *
 * <p>{@code net = gross − doubleCount} in every year. {@code basis} says where the gross came from:
 * {@link Basis#PHASED} (the plan's phased amounts, used whenever given) or {@link Basis#RULE} (computed by
 * the engine). When a solution has both, {@code ruleGross} holds the rule's figures and {@code ruleDifference}
 * = ruleGross − phased, so an analyst can see how far the plan's row is from its stated assumptions.
 *
 * @param index position of the solution in the footprint's list (numbers need not be unique)
 * @param number the template's solution number
 * @param name as printed
 * @param scope the health system or a local authority
 * @param category the seed's category
 * @param maturity how developed the plan is
 * @param basis where the gross comes from: the phased amounts or the rule
 * @param gross saving before double-count removal, £'000
 * @param doubleCount part of gross already taken by earlier solutions on the same pool, £'000
 * @param net gross less double count, £'000
 * @param ruleKind the rule's kind, or {@code null} when there is no rule
 * @param ruleGross the rule's figures, or {@code null}
 * @param ruleDifference ruleGross − phased amounts when both are given, else {@code null}
 */
public record SolutionLine(int index, int number, String name, Scope scope,
    SolutionCategory category, Maturity maturity, Basis basis, ByYear gross, ByYear doubleCount,
    ByYear net, String ruleKind, ByYear ruleGross, ByYear ruleDifference) {

  /** Where a solution's gross saving comes from; the result JSON writes the constant's name. */
  public enum Basis {
    /** The plan's phased amounts (used whenever given). */
    PHASED,
    /** Computed by the engine from the solution's rule. */
    RULE
  }

  /**
   * Validates the fields (the messages naming the solution are built only when one is missing).
   *
   * @param index position of the solution in the footprint's list (numbers need not be unique)
   * @param number the template's solution number
   * @param name as printed
   * @param scope {@code "HEALTH"} or a local authority code
   * @param category the seed's category
   * @param maturity how developed the plan is
   * @param basis {@code "PHASED"} or {@code "RULE"}
   * @param gross saving before double-count removal, £'000
   * @param doubleCount part of gross already taken by earlier solutions on the same pool, £'000
   * @param net gross less double count, £'000
   * @param ruleKind the rule's kind, or {@code null} when there is no rule
   * @param ruleGross the rule's figures, or {@code null}
   * @param ruleDifference ruleGross − phased amounts when both are given, else {@code null}
   */
  public SolutionLine {
    Checks.notBlank(name, "solution name");
    if (scope == null || basis == null) {
      Checks.notNull(scope, "scope of " + name);
      Checks.notNull(basis, "basis of " + name);
    }
    if (gross == null || doubleCount == null || net == null) {
      Checks.notNull(gross, "gross of " + name);
      Checks.notNull(doubleCount, "double count of " + name);
      Checks.notNull(net, "net of " + name);
    }
  }

  /**
   * "2 CIP/Workforce".
   *
   * @return the solution's number and category, e.g. "2 CIP/Workforce"
   */
  public String label() {
    return number + " " + name;
  }
}
