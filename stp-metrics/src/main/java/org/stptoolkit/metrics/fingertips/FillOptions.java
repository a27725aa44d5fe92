package org.stptoolkit.metrics.fingertips;

import java.util.Map;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.Standard;
import org.stptoolkit.model.indicator.ValueType;

/**
 * How {@link FingertipsComparison} treats the rows: the value type, multiplier and polarity for rows
 * whose indicator has no definition, optional definitions per Fingertips indicator id (from an
 * indicator-definitions file), a goal, and whether to use the two-level comparison.
 *
 * @param valueType default value type, e.g. proportion
 * @param multiplier default multiplier, e.g. 100 for a percentage
 * @param polarity default polarity
 * @param goal default goal for "Compared to goal", or {@code null}
 * @param twoLevel true for the two-level (95% and 99.8%) comparison words
 * @param definitions definitions by Indicator ID; they take precedence over the defaults
 */
public record FillOptions(ValueType valueType, double multiplier, Polarity polarity, Standard goal,
    boolean twoLevel, Map<String, IndicatorDefinition> definitions) {

  /** Validates and copies. */
  public FillOptions {
    if (valueType == null) {
      throw new IllegalArgumentException("value type is required");
    }
    if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be a positive number, was " + multiplier);
    }
    polarity = polarity == null ? Polarity.NO_JUDGEMENT : polarity;
    definitions = definitions == null ? Map.of() : Map.copyOf(definitions);
  }

  /** Options with one value type, multiplier and polarity for every row. */
  public static FillOptions of(ValueType valueType, double multiplier, Polarity polarity) {
    return new FillOptions(valueType, multiplier, polarity, null, false, Map.of());
  }

  /** The same options with a goal. */
  public FillOptions withGoal(Standard newGoal) {
    return new FillOptions(valueType, multiplier, polarity, newGoal, twoLevel, definitions);
  }

  /** The definition for an indicator: the one given for its id, else one built from the defaults. */
  public IndicatorDefinition definitionFor(String indicatorId, String indicatorName) {
    IndicatorDefinition d = definitions.get(indicatorId);
    if (d != null) {
      return d;
    }
    String id = indicatorId == null || indicatorId.isBlank() ? "unknown" : indicatorId;
    String name = indicatorName == null || indicatorName.isBlank() ? id : indicatorName;
    return new IndicatorDefinition(id, name, Gap.HEALTH_AND_WELLBEING, valueType, multiplier, polarity, "", goal, null);
  }
}
