package org.stptoolkit.metrics.intervals;

import java.util.Objects;

/**
 * An indicator value with its 95% and 99.8% confidence intervals, or the documented reason it has
 * none. Fields that could not be computed are {@code null}, never NaN, so the record serialises to JSON
 * as it reads.
 *
 * @param status whether and why the value and intervals are present
 * @param value the value in the indicator's units (e.g. %, per 100,000, years), or {@code null}
 * @param ci95 the 95% interval, or {@code null}
 * @param ci998 the 99.8% interval, or {@code null}
 * @param method the interval method
 * @param reason a readable reason when {@code status} is not {@link EstimateStatus#CALCULATED}, else ""
 */
public record Estimate(EstimateStatus status, Double value, Interval ci95, Interval ci998,
    CiMethod method, String reason) {

  /**
   * Validates that a calculated estimate carries its value and intervals.
   *
   * @param status whether and why the value and intervals are present
   * @param value the value in the indicator's units (e.g. %, per 100,000, years), or {@code null}
   * @param ci95 the 95% interval, or {@code null}
   * @param ci998 the 99.8% interval, or {@code null}
   * @param method the interval method
   * @param reason a readable reason when {@code status} is not {@link EstimateStatus#CALCULATED}, else ""
   */
  public Estimate {
    Objects.requireNonNull(status, "status");
    method = method == null ? CiMethod.NONE : method;
    reason = reason == null ? "" : reason;
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("estimate value must be finite, was " + value);
    }
    if (status == EstimateStatus.CALCULATED && (value == null || ci95 == null || ci998 == null)) {
      throw new IllegalArgumentException("a calculated estimate needs a value and both intervals");
    }
  }

  /**
   * A calculated value with both intervals.
   *
   * @param value the calculated value
   * @param ci95 the 95% confidence interval
   * @param ci998 the 99.8% confidence interval
   * @param method how the intervals were calculated
   * @return a calculated value with both intervals
   */
  public static Estimate of(double value, Interval ci95, Interval ci998, CiMethod method) {
    return new Estimate(EstimateStatus.CALCULATED, value, ci95, ci998, method, "");
  }

  /**
   * A value without intervals (e.g. a published value with no counts, or a derived ratio).
   *
   * @param value the calculated value
   * @param reason why there are no intervals
   * @return an estimate with the value alone and the reason there are no intervals
   */
  public static Estimate valueOnly(double value, String reason) {
    return new Estimate(EstimateStatus.NOT_APPLICABLE, value, null, null, CiMethod.NONE, reason);
  }

  /**
   * No value and no intervals, for the stated reason.
   *
   * @param status why there is no value
   * @param reason the reason in words
   * @return no value and no intervals, for the stated reason
   */
  public static Estimate unavailable(EstimateStatus status, String reason) {
    if (status == EstimateStatus.CALCULATED) {
      throw new IllegalArgumentException("an unavailable estimate cannot have status CALCULATED");
    }
    return new Estimate(status, null, null, null, CiMethod.NONE, reason);
  }

  /**
   * True when the value and both intervals are present.
   *
   * @return true when the value and both intervals are present
   */
  public boolean isCalculated() {
    return status == EstimateStatus.CALCULATED;
  }

  /**
   * True when a value is present.
   *
   * @return true when a value is present
   */
  public boolean hasValue() {
    return value != null;
  }

  /**
   * The interval at a level, or {@code null}.
   *
   * @param level the confidence level
   * @return the interval at a level, or {@code null}
   */
  public Interval interval(ConfidenceLevel level) {
    return level == ConfidenceLevel.NINETY_FIVE ? ci95 : ci998;
  }
}
