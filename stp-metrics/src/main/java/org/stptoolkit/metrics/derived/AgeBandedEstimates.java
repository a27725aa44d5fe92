package org.stptoolkit.metrics.derived;

import org.stptoolkit.metrics.intervals.DirectlyStandardisedRates;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.EstimateStatus;
import org.stptoolkit.metrics.intervals.EuropeanStandardPopulation;

import org.stptoolkit.metrics.lifeexpectancy.LifeTable;
import org.stptoolkit.model.indicator.AgeBandedCounts;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.ValueType;

/**
 * Estimates from age-banded counts, dispatching on the indicator's value type: a directly standardised
 * rate with the European Standard Population 2013 (19 bands) and the definition's multiplier, or life
 * expectancy at birth (20 bands). Other value types are {@link EstimateStatus#NOT_APPLICABLE}.
 */
public final class AgeBandedEstimates {
  private AgeBandedEstimates() {}

  /**
   * The estimate.
   *
   * @param definition the indicator (value type and multiplier)
   * @param counts events and populations by band
   * @return the estimate, or the documented reason there is none
   */
  public static Estimate of(IndicatorDefinition definition, AgeBandedCounts counts) {
    if (definition.valueType() == ValueType.DIRECTLY_STANDARDISED_RATE) {
      if (counts.events().size() != EuropeanStandardPopulation.ESP2013.size()) {
        return Estimate.unavailable(EstimateStatus.INVALID_INPUT, "a DSR with the European Standard Population 2013 "
            + "needs 19 age bands, had " + counts.events().size());
      }
      return DirectlyStandardisedRates.of(counts.eventsArray(), counts.populationArray(),
          EuropeanStandardPopulation.weights(), definition.multiplier());
    }
    if (definition.valueType() == ValueType.LIFE_EXPECTANCY) {
      return LifeTable.atBirth(counts.eventsArray(), counts.populationArray()).estimate();
    }
    return Estimate.unavailable(EstimateStatus.NOT_APPLICABLE, definition.valueType() + " is not computed from age bands");
  }
}
