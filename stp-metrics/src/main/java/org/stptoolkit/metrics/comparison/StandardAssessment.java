package org.stptoolkit.metrics.comparison;

/**
 * An area's value judged against a standard.
 *
 * @param byValue rating of the point value
 * @param byInterval rating of the 95% interval (Green when all of it meets the standard, Red when none does)
 * @param met true when the value meets the standard
 * @param gapInUnits how far the value is from meeting the standard, in the indicator's units (0 when met),
 *     or {@code null} when not assessed
 * @param relativeGap the gap as a fraction of the limit missed (0.095 for 86% against 95%), or {@code null};
 *     comparable across indicators with different units
 * @param gapInPeople people (or events) who would have had to be different for the standard to be met,
 *     rounded up; {@code null} without a denominator
 * @param text a sentence for the report, e.g. "412 more patients would have had to be seen within 4 hours"
 */
public record StandardAssessment(RagRating byValue, RagRating byInterval, boolean met, Double gapInUnits,
    Double relativeGap, Long gapInPeople, String text) {

  /**
   * Nothing to assess.
   *
   * @param reason why it was not assessed
   * @return an assessment that rates nothing
   */
  public static StandardAssessment notAssessed(String reason) {
    return new StandardAssessment(RagRating.NOT_ASSESSED, RagRating.NOT_ASSESSED, false, null, null, null, reason);
  }
}
