package org.stptoolkit.model.solution;

/**
 * How the engine computes a solution's saving from the baseline, when the plan gives a rule rather than
 * (or beside) phased amounts. Each kind is a record in this package; the engine dispatches through
 * {@link #kind()}.
 */
public sealed interface SolutionRule
    permits PercentOfPool, OpportunityRealisation, ActivityShift, BedClosure, OverheadRemoval {

  /**
   * The JSON and template name of this kind of rule.
   *
   * @return e.g. {@code "percentOfPool"}
   */
  String kind();

  /**
   * Calls the visitor's method for this kind of rule. Code that handles every kind implements
   * {@link Visitor}: a new kind adds a method there, so every such handler fails to compile until it says
   * what the new kind does (no {@code instanceof} chain falls through to a default).
   *
   * @param <R> what the visitor returns
   * @param visitor the handler of each kind
   * @return the visitor's answer for this rule
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * The cost pool the rule saves from and that double counting is judged on.
   *
   * @return the pool's id, or empty for an opportunity realisation (it values no pool)
   */
  default java.util.Optional<String> costPool() {
    return java.util.Optional.ofNullable(accept(new Visitor<String>() {
      @Override
      public String percentOfPool(PercentOfPool rule) {
        return rule.pool();
      }

      @Override
      public String opportunityRealisation(OpportunityRealisation rule) {
        return null;
      }

      @Override
      public String activityShift(ActivityShift rule) {
        return rule.pool();
      }

      @Override
      public String bedClosure(BedClosure rule) {
        return rule.pool();
      }

      @Override
      public String overheadRemoval(OverheadRemoval rule) {
        return rule.pool();
      }
    }));
  }

  /**
   * One method per kind of rule.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /**
     * A share of a cost pool.
     *
     * @param rule the rule
     * @return the answer
     */
    R percentOfPool(PercentOfPool rule);

    /**
     * A valued opportunity realised in part, phased evenly.
     *
     * @param rule the rule
     * @return the answer
     */
    R opportunityRealisation(OpportunityRealisation rule);

    /**
     * Activity moved or avoided.
     *
     * @param rule the rule
     * @return the answer
     */
    R activityShift(ActivityShift rule);

    /**
     * Beds closed.
     *
     * @param rule the rule
     * @return the answer
     */
    R bedClosure(BedClosure rule);

    /**
     * Overheads removed.
     *
     * @param rule the rule
     * @return the answer
     */
    R overheadRemoval(OverheadRemoval rule);
  }
}
