package org.stptoolkit.metrics.comparison;

import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.model.indicator.Standard;

/**
 * Judges a value against a standard or target (A&amp;E at least 95% within 4 hours, RTT at least 92%
 * within 18 weeks, a range for a target band).
 *
 * <p>By value: Green when the value meets the standard; Amber when it misses by no more than
 * {@code amberTolerance} (in the indicator's units; 0 by default, so there is no Amber); Red otherwise.
 * By interval: Green when the whole 95% interval meets the standard, Red when none of it does, Amber
 * otherwise; Not assessed without an interval.
 *
 * <p>Gap in units: the distance from the value to the nearest limit it misses. Gap in people: when a
 * denominator is given, gap ÷ multiplier × denominator, rounded up to whole people (with the numerator
 * known: the people needed to reach the limit exactly, ⌈limit/multiplier × n − x⌉).
 */
public final class StandardComparison {
  private static final double ROUNDING_SLACK = 1e-9;

  private StandardComparison() {}

  /**
   * The assessment.
   *
   * @param estimate the area's value and intervals (a value without intervals is assessed by value only)
   * @param standard the standard, or {@code null}
   * @param multiplier the indicator's multiplier (100 for a percentage), to turn the gap into people
   * @param numerator the numerator, or {@code null}
   * @param denominator the denominator, or {@code null} (no gap in people)
   * @param amberTolerance how far below (or above) the standard still counts as Amber by value, in units
   * @param wording how to say the gap in people
   * @return the assessment
   */
  public static StandardAssessment assess(Estimate estimate, Standard standard, double multiplier,
      Double numerator, Double denominator, double amberTolerance, GapWording wording) {
    if (standard == null) {
      return StandardAssessment.notAssessed("no standard");
    }
    if (estimate == null || estimate.value() == null) {
      return StandardAssessment.notAssessed("no value");
    }
    double value = estimate.value();
    double gap = gap(value, standard);
    boolean met = gap == 0;
    RagRating byValue = met ? RagRating.GREEN : gap <= amberTolerance ? RagRating.AMBER : RagRating.RED;
    RagRating byInterval = byInterval(estimate.ci95(), standard);
    Long people = null;
    if (!met && denominator != null && denominator > 0 && multiplier > 0) {
      double needed;
      if (numerator != null && standard.lower() != null && value < standard.lower()) {
        needed = standard.lower() / multiplier * denominator - numerator;
      } else if (numerator != null && standard.upper() != null && value > standard.upper()) {
        needed = numerator - standard.upper() / multiplier * denominator;
      } else {
        needed = gap / multiplier * denominator;
      }
      people = (long) Math.ceil(needed - ROUNDING_SLACK);
    }
    String text;
    if (met) {
      text = "meets the standard" + (standard.name().isEmpty() ? "" : " (" + standard.name() + ")");
    } else if (people != null && people > 0) {
      text = (wording == null ? GapWording.GENERIC : wording).sentence(people);
    } else {
      text = "misses the standard by " + trim(gap);
    }
    Double relative = null;
    double limit = standard.lower() != null && value < standard.lower() ? standard.lower()
        : standard.upper() != null ? standard.upper() : standard.lower();
    if (limit != 0) {
      relative = gap / Math.abs(limit);
    }
    return new StandardAssessment(byValue, byInterval, met, gap, relative, people, text);
  }

  /**
   * Assessment with no Amber tolerance and generic wording.
   *
   * @param estimate the area's value and intervals (a value without intervals is assessed by value only)
   * @param standard the standard, or {@code null}
   * @param multiplier the indicator's multiplier (100 for a percentage), to turn the gap into people
   * @param numerator the numerator, or {@code null}
   * @param denominator the denominator, or {@code null} (no gap in people)
   * @return the assessment
   */
  public static StandardAssessment assess(Estimate estimate, Standard standard, double multiplier,
      Double numerator, Double denominator) {
    return assess(estimate, standard, multiplier, numerator, denominator, 0, GapWording.GENERIC);
  }

  /**
   * The distance from {@code value} to the standard, 0 when met, in the indicator's units.
   *
   * @param value the value, in the indicator's units
   * @param standard the standard, or {@code null}
   * @return the distance from {@code value} to the standard, 0 when met, in the indicator's units
   */
  public static double gap(double value, Standard standard) {
    if (standard.lower() != null && value < standard.lower()) {
      return standard.lower() - value;
    }
    if (standard.upper() != null && value > standard.upper()) {
      return value - standard.upper();
    }
    return 0;
  }

  /**
   * Green when the whole interval meets the standard, Red when none of it does, Amber otherwise.
   *
   * @param ci the confidence interval
   * @param standard the standard, or {@code null}
   * @return the rating
   */
  public static RagRating byInterval(Interval ci, Standard standard) {
    if (ci == null) {
      return RagRating.NOT_ASSESSED;
    }
    boolean allMeet = standard.isMetBy(ci.lower()) && standard.isMetBy(ci.upper());
    if (allMeet) {
      return RagRating.GREEN;
    }
    boolean noneMeets = (standard.lower() != null && ci.upper() < standard.lower())
        || (standard.upper() != null && ci.lower() > standard.upper());
    return noneMeets ? RagRating.RED : RagRating.AMBER;
  }

  private static String trim(double x) {
    return java.math.BigDecimal.valueOf(x).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
