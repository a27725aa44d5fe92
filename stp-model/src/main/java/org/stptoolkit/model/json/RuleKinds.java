package org.stptoolkit.model.json;

import java.util.List;
import java.util.Map;
import org.stptoolkit.model.sensitivity.ActivityChange;
import org.stptoolkit.model.sensitivity.AdditionalCostShareOfIncome;
import org.stptoolkit.model.sensitivity.GrowthRateChange;
import org.stptoolkit.model.sensitivity.SocialCareTransfer;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;

/**
 * The kinds of solution and sensitivity rule by the names the JSON gives them in its {@value #FIELD}
 * field, as {@link StpJsonModule} registers them with Jackson ({@code StpJsonModuleTest} and the binding
 * tests check the two agree).
 */
final class RuleKinds {

  private RuleKinds() {}

  /** The field that names a rule's kind. */
  static final String FIELD = "kind";

  /** The kinds of solution rule, by name. */
  static final Map<String, Class<?>> SOLUTION_RULES = Map.of(
      "percentOfPool", PercentOfPool.class,
      "opportunityRealisation", OpportunityRealisation.class,
      "activityShift", ActivityShift.class,
      "bedClosure", BedClosure.class,
      "overheadRemoval", OverheadRemoval.class);

  /** The kinds of sensitivity rule, by name. */
  static final Map<String, Class<?>> SENSITIVITY_RULES = Map.of(
      "additionalCostShareOfIncome", AdditionalCostShareOfIncome.class,
      "socialCareTransfer", SocialCareTransfer.class,
      "growthRateChange", GrowthRateChange.class,
      "activityChange", ActivityChange.class);

  /**
   * The JSON name of a rule's kind.
   *
   * @param type a record type
   * @return its kind's name, or null when it is not a kind of rule
   */
  static String nameOf(Class<?> type) {
    for (Map<String, Class<?>> kinds : List.of(SOLUTION_RULES, SENSITIVITY_RULES)) {
      for (Map.Entry<String, Class<?>> e : kinds.entrySet()) {
        if (e.getValue() == type) {
          return e.getKey();
        }
      }
    }
    return null;
  }
}
