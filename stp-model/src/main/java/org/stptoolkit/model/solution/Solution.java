package org.stptoolkit.model.solution;

import java.util.List;
import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.finance.DoNothingTrajectory;

/**
 * One row of the financial bridge: a scheme that changes the do-nothing position.
 *
 * <p>A solution gives phased amounts, a rule, or both. With both, the bridge uses the phased amounts
 * (what the plan submitted) and the result reports how far the rule's figures differ from them.
 *
 * @param number the template's solution number (the seed has two 12s: numbers need not be unique)
 * @param name as printed, e.g. "CIP/Workforce"
 * @param scope {@code "HEALTH"} for the NHS bridge, or a local authority code for its social care bridge
 * @param category one of the seed's four categories
 * @param maturity how developed the plan is (required: the risk adjustment turns it into a realisation
 *     factor, so a missing maturity is refused rather than guessed; the builder starts from
 *     {@link Maturity#PLANS_IN_PROGRESS}, the JSON schema's default)
 * @param costPools ids of the cost pools it acts on, in the order of the pools; double counting is
 *     removed within a pool
 * @param phasedGbpK net effect by year, £'000 (saving positive, additional cost negative), or empty
 * @param rule how to compute the effect from the baseline, or {@code null}
 * @param assumptions the assumptions as the plan states them
 * @param provenance published, derived or illustrative (required; the builder starts from
 *     {@link Provenance#PUBLISHED}, the JSON schema's default)
 */
public record Solution(int number, String name, String scope, SolutionCategory category,
    Maturity maturity, List<String> costPools, YearlyAmounts phasedGbpK, SolutionRule rule,
    String assumptions, Provenance provenance) {

  /**
   * Validates the fields; at least one of phased amounts and rule is required.
   *
   * @param number the template's solution number (the seed has two 12s: numbers need not be unique)
   * @param name as printed, e.g. "CIP/Workforce"
   * @param scope {@code "HEALTH"} for the NHS bridge, or a local authority code for its social care bridge
   * @param category one of the seed's four categories
   * @param maturity how developed the plan is
   * @param costPools ids of the cost pools it acts on, in the order of the pools; double counting is
   *     removed within a pool
   * @param phasedGbpK net effect by year, £'000 (saving positive, additional cost negative), or empty
   * @param rule how to compute the effect from the baseline, or {@code null}
   * @param assumptions the assumptions as the plan states them
   * @param provenance published, derived or illustrative
   */
  public Solution {
    Checks.inRange(number, 0, 9999, "solution number");
    name = Checks.notBlank(name, "name of solution " + number);
    scope = scope == null || scope.isBlank() ? DoNothingTrajectory.HEALTH : scope.strip();
    Checks.notNull(category, "category of solution " + number + " " + name);
    Checks.notNull(maturity, "maturity of solution " + number + " " + name);
    costPools = Checks.copy(costPools, "cost pools of solution " + number);
    phasedGbpK = phasedGbpK == null ? YearlyAmounts.empty() : phasedGbpK;
    if (phasedGbpK.isEmpty() && rule == null) {
      throw new IllegalArgumentException("solution " + number + " " + name
          + " needs phased amounts or a rule, and has neither");
    }
    assumptions = assumptions == null ? "" : assumptions.strip();
    Checks.notNull(provenance, "provenance of solution " + number + " " + name);
  }

  /**
   * A builder for a solution, by field name:
   *
   * <pre>
   * Solution cip = Solution.builder(1, "Provider efficiency (CIP)", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY)
   *     .phasedGbpK(YearlyAmounts.of(FinancialYear.parse("2016/17"), 3000, 6000, 9000, 12000, 15000))
   *     .build();
   * </pre>
   *
   * It starts from the JSON schema's defaults: scope {@code "HEALTH"}, maturity
   * {@link Maturity#PLANS_IN_PROGRESS}, provenance {@link Provenance#PUBLISHED}, no cost pools, no phased
   * amounts, no rule, no assumptions text. Phased amounts or a rule must be given before
   * {@link Builder#build()}, which runs the record's checks.
   *
   * @param number the template's solution number, 0 to 9999
   * @param name the name as printed
   * @param category one of the seed's four categories
   * @return a builder
   */
  public static Builder builder(int number, String name, SolutionCategory category) {
    return new Builder(number, name, category);
  }

  /**
   * A builder holding this solution's fields, to change some of them.
   *
   * @return a builder with every field of this solution
   */
  public Builder toBuilder() {
    return new Builder(number, name, category).scope(scope).maturity(maturity).costPools(costPools)
        .phasedGbpK(phasedGbpK).rule(rule).assumptions(assumptions).provenance(provenance);
  }

  /** Collects a solution's fields by name; not thread-safe, each {@link #build()} gives a new solution. */
  public static final class Builder {
    private int number;
    private String name;
    private SolutionCategory category;
    private String scope = DoNothingTrajectory.HEALTH;
    private Maturity maturity = Maturity.PLANS_IN_PROGRESS;
    private List<String> costPools = List.of();
    private YearlyAmounts phasedGbpK = YearlyAmounts.empty();
    private SolutionRule rule;
    private String assumptions = "";
    private Provenance provenance = Provenance.PUBLISHED;

    private Builder(int number, String name, SolutionCategory category) {
      this.number = number;
      this.name = name;
      this.category = category;
    }

    /**
     * Sets the template's solution number.
     *
     * @param solutionNumber 0 to 9999
     * @return this builder
     */
    public Builder number(int solutionNumber) {
      this.number = solutionNumber;
      return this;
    }

    /**
     * Sets the name.
     *
     * @param solutionName as printed, e.g. "CIP/Workforce"
     * @return this builder
     */
    public Builder name(String solutionName) {
      this.name = solutionName;
      return this;
    }

    /**
     * Sets the category.
     *
     * @param solutionCategory one of the seed's four categories
     * @return this builder
     */
    public Builder category(SolutionCategory solutionCategory) {
      this.category = solutionCategory;
      return this;
    }

    /**
     * Sets the bridge the solution belongs to.
     *
     * @param bridgeScope {@code "HEALTH"} for the NHS bridge, or a local authority code for its social care bridge
     * @return this builder
     */
    public Builder scope(String bridgeScope) {
      this.scope = bridgeScope;
      return this;
    }

    /**
     * Sets how developed the plan is.
     *
     * @param solutionMaturity the maturity
     * @return this builder
     */
    public Builder maturity(Maturity solutionMaturity) {
      this.maturity = solutionMaturity;
      return this;
    }

    /**
     * Sets the cost pools the solution acts on, in the order of the pools.
     *
     * @param poolIds ids of cost pools
     * @return this builder
     */
    public Builder costPools(List<String> poolIds) {
      this.costPools = poolIds;
      return this;
    }

    /**
     * Sets the net effect by year.
     *
     * @param amountsGbpK £'000 by year, saving positive, additional cost negative
     * @return this builder
     */
    public Builder phasedGbpK(YearlyAmounts amountsGbpK) {
      this.phasedGbpK = amountsGbpK;
      return this;
    }

    /**
     * Sets the rule that computes the effect from the baseline.
     *
     * @param solutionRule the rule, or {@code null} for none
     * @return this builder
     */
    public Builder rule(SolutionRule solutionRule) {
      this.rule = solutionRule;
      return this;
    }

    /**
     * Sets the assumptions as the plan states them.
     *
     * @param text the plan's words
     * @return this builder
     */
    public Builder assumptions(String text) {
      this.assumptions = text;
      return this;
    }

    /**
     * Sets where the figures come from.
     *
     * @param source published, derived or illustrative
     * @return this builder
     */
    public Builder provenance(Provenance source) {
      this.provenance = source;
      return this;
    }

    /**
     * The solution.
     *
     * @return a new solution
     * @throws IllegalArgumentException naming the solution and the field when a field is missing or out
     *     of range, or when there are neither phased amounts nor a rule
     */
    public Solution build() {
      return new Solution(number, name, scope, category, maturity, costPools, phasedGbpK, rule, assumptions,
          provenance);
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
