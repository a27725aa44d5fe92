package org.stptoolkit.metrics.intervals;

import org.stptoolkit.model.indicator.ValueType;

/**
 * One entry point for a value and its intervals from a numerator and denominator, dispatching on the
 * indicator's {@link ValueType}. Used where only Fingertips' Count and Denominator columns are known.
 *
 * <ul>
 *   <li>proportion: x of n × multiplier, Wilson;</li>
 *   <li>crude rate: x per n × multiplier, Byar's / exact;</li>
 *   <li>count: x, Byar's / exact (the denominator is ignored);</li>
 *   <li>indirectly standardised ratio: numerator = observed, denominator = expected, × multiplier (100);</li>
 *   <li>indirectly standardised rate: numerator = observed, denominator = expected, × multiplier taken as
 *       the reference rate;</li>
 *   <li>derived ratio: x/n × multiplier with no interval ({@link EstimateStatus#NOT_APPLICABLE});</li>
 *   <li>directly standardised rate, mean, life expectancy: {@link EstimateStatus#NOT_APPLICABLE} — they
 *       need age bands or raw observations ({@link DirectlyStandardisedRates}, {@link Means},
 *       {@code lifeexpectancy.LifeTable}).</li>
 * </ul>
 */
public final class ConfidenceIntervals {
  private ConfidenceIntervals() {}

  /**
   * The value with its intervals.
   *
   * @param type how the value is formed
   * @param numerator events or people, or {@code null}
   * @param denominator population or sample, or {@code null}
   * @param multiplier the indicator's multiplier
   * @return the estimate, or the documented reason there is none
   */
  public static Estimate fromCounts(ValueType type, Double numerator, Double denominator, double multiplier) {
    switch (type) {
      case PROPORTION:
        return Proportions.of(numerator, denominator, multiplier);
      case CRUDE_RATE:
        return CrudeRates.of(numerator, denominator, multiplier);
      case COUNT:
        return CrudeRates.count(numerator);
      case INDIRECTLY_STANDARDISED_RATIO:
      case INDIRECTLY_STANDARDISED_RATE:
        if (numerator == null || denominator == null) {
          return Estimate.unavailable(EstimateStatus.MISSING_INPUT, "needs observed (Count) and expected (Denominator) events");
        }
        return IndirectlyStandardised.ratio(numerator, denominator, multiplier);
      case DERIVED_RATIO:
        if (numerator == null || denominator == null) {
          return Estimate.unavailable(EstimateStatus.MISSING_INPUT, "a ratio needs a numerator and a denominator");
        }
        if (denominator == 0) {
          return Estimate.unavailable(EstimateStatus.ZERO_DENOMINATOR, "the denominator is zero");
        }
        return Estimate.valueOnly(numerator / denominator * multiplier, "a derived ratio has no confidence interval");
      default:
        return Estimate.unavailable(EstimateStatus.NOT_APPLICABLE,
            type + " needs age-banded counts or raw observations, not a single count and denominator");
    }
  }
}
