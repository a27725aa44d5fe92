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

  /**
   * Validates and copies.
   *
   * @param valueType default value type, e.g. proportion
   * @param multiplier default multiplier, e.g. 100 for a percentage
   * @param polarity default polarity
   * @param goal default goal for "Compared to goal", or {@code null}
   * @param twoLevel true for the two-level (95% and 99.8%) comparison words
   * @param definitions definitions by Indicator ID; they take precedence over the defaults
   */
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

  /**
   * Options with one value type, multiplier and polarity for every row.
   *
   * @param valueType the value type of every row
   * @param multiplier e.g. 100,000 for a rate per 100,000
   * @param polarity whether higher is better
   * @return options with one value type, multiplier and polarity for every row
   */
  public static FillOptions of(ValueType valueType, double multiplier, Polarity polarity) {
    return new FillOptions(valueType, multiplier, polarity, null, false, Map.of());
  }

  /**
   * A value type from the words a command line uses: "proportion", "crude-rate", "count", "dsr"
   * (or "directly-standardised-rate"), "isr" (or "indirectly-standardised-ratio"),
   * "indirectly-standardised-rate", "mean", "life-expectancy", "derived-ratio"; case and '_'/'-' ignored.
   *
   * @param text the words
   * @return the value type
   * @throws IllegalArgumentException naming the accepted words when {@code text} is none of them
   */
  public static ValueType parseValueType(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    switch (t) {
      case "dsr": return ValueType.DIRECTLY_STANDARDISED_RATE;
      case "isr": return ValueType.INDIRECTLY_STANDARDISED_RATIO;
      default:
        for (ValueType v : ValueType.values()) {
          if (v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(t)) {
            return v;
          }
        }
        throw new IllegalArgumentException("value type must be one of proportion, crude-rate, count, dsr, isr, "
            + "indirectly-standardised-rate, mean, life-expectancy, derived-ratio; was '" + text + "'");
    }
  }

  /**
   * A polarity from "high-is-good", "low-is-good" or "none" (also "no-judgement"); case and '_'/'-' ignored.
   *
   * @param text the words
   * @return the polarity
   * @throws IllegalArgumentException naming the accepted words when {@code text} is none of them
   */
  public static Polarity parsePolarity(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    switch (t) {
      case "high-is-good": return Polarity.HIGH_IS_GOOD;
      case "low-is-good": return Polarity.LOW_IS_GOOD;
      case "none": case "no-judgement": return Polarity.NO_JUDGEMENT;
      default:
        throw new IllegalArgumentException("polarity must be high-is-good, low-is-good or none; was '" + text + "'");
    }
  }

  /**
   * The same options with a goal.
   *
   * @param newGoal the goal to compare each value with
   * @return the same options with a goal
   */
  public FillOptions withGoal(Standard newGoal) {
    return new FillOptions(valueType, multiplier, polarity, newGoal, twoLevel, definitions);
  }

  /**
   * The definition for an indicator: the one given for its id, else one built from the defaults.
   *
   * @param indicatorId the indicator's Fingertips id
   * @param indicatorName the indicator's name
   * @return the definition for an indicator: the one given for its id, else one built from the defaults
   */
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
