package org.stptoolkit.model.sensitivity;

/** How a sensitivity changes the do-nothing; each kind is a record in this package. */
public sealed interface SensitivityRule
    permits AdditionalCostShareOfIncome, SocialCareTransfer, GrowthRateChange, ActivityChange {

  /**
   * The JSON and template name of this kind.
   *
   * @return e.g. {@code "growthRateChange"}
   */
  String kind();

  /**
   * Calls the visitor's method for this kind of rule; a new kind adds a method to {@link Visitor}, so
   * every handler fails to compile until it handles the new kind.
   *
   * @param <R> what the visitor returns
   * @param visitor the handler of each kind
   * @return the visitor's answer for this rule
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind of sensitivity rule.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /**
     * An additional cost as a share of income.
     *
     * @param rule the rule
     * @return the answer
     */
    R additionalCostShareOfIncome(AdditionalCostShareOfIncome rule);

    /**
     * Social care moved to the NHS at another price.
     *
     * @param rule the rule
     * @return the answer
     */
    R socialCareTransfer(SocialCareTransfer rule);

    /**
     * A driver's growth rate changed.
     *
     * @param rule the rule
     * @return the answer
     */
    R growthRateChange(GrowthRateChange rule);

    /**
     * Activity changed by a share.
     *
     * @param rule the rule
     * @return the answer
     */
    R activityChange(ActivityChange rule);
  }
}
