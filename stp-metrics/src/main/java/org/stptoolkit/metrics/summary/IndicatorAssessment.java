package org.stptoolkit.metrics.summary;

import java.util.List;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.comparison.StandardAssessment;
import org.stptoolkit.metrics.derived.Difference;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * One indicator value assessed: its estimate, its comparison with England and its standard.
 *
 * @param definition the indicator
 * @param value the area's value as given
 * @param estimate value and intervals (computed from the counts when given, else the value alone)
 * @param englandValue England's value in the same units, or {@code null}
 * @param comparedWithEngland Better/Similar/Worse (or Higher/Lower), NOT_COMPARED without an interval or England value
 * @param differenceFromEngland the value against England's as a difference ("59% lower than England"), whether
 *     or not it could be tested; {@code null} without both values
 * @param standard the assessment against the indicator's standard (NOT_ASSESSED without one)
 * @param region the region's value of the same indicator, period, sex and age (an ONS region, area code
 *     E12…), or {@code null} when there is none
 * @param comparedWithRegion Better/Similar/Worse against the region's value, NOT_COMPARED without an interval
 *     or a region value
 * @param differenceFromRegion the value against the region's, described in units ("0.9 years above the West
 *     Midlands"), whether or not it could be tested; {@code null} without both values
 * @param findings problems found, e.g. a supplied value that disagrees with its counts
 */
public record IndicatorAssessment(IndicatorDefinition definition, IndicatorValue value, Estimate estimate,
    Double englandValue, BenchmarkOutcome comparedWithEngland, Difference differenceFromEngland,
    StandardAssessment standard, IndicatorValue region, BenchmarkOutcome comparedWithRegion,
    Difference differenceFromRegion, List<ValidationFinding> findings) {

  /**
   * Copies the findings; a missing region comparison is NOT_COMPARED.
   *
   * @param definition the indicator
   * @param value the area's value as given
   * @param estimate value and intervals (computed from the counts when given, else the value alone)
   * @param englandValue England's value in the same units, or {@code null}
   * @param comparedWithEngland Better/Similar/Worse (or Higher/Lower), NOT_COMPARED without an interval or
   *     England value
   * @param differenceFromEngland the value against England's as a difference ("59% lower than England"),
   *     whether or not it could be tested; {@code null} without both values
   * @param standard the assessment against the indicator's standard (NOT_ASSESSED without one)
   * @param region the region's value of the same indicator, period, sex and age (an ONS region, area code
   *     E12…), or {@code null} when there is none
   * @param comparedWithRegion Better/Similar/Worse against the region's value, NOT_COMPARED without an
   *     interval or a region value
   * @param differenceFromRegion the value against the region's, described in units ("0.9 years above the
   *     West Midlands"), whether or not it could be tested; {@code null} without both values
   * @param findings problems found, e.g. a supplied value that disagrees with its counts
   */
  public IndicatorAssessment {
    comparedWithRegion = comparedWithRegion == null ? BenchmarkOutcome.NOT_COMPARED : comparedWithRegion;
    findings = List.copyOf(findings == null ? List.of() : findings);
  }

  /**
   * True when a significance test against England or the region was possible (the value has a 95% interval).
   *
   * @return true when a significance test against England or the region was possible (the value has a 95%
   *     interval)
   */
  public boolean tested() {
    return comparedWithEngland != BenchmarkOutcome.NOT_COMPARED || comparedWithRegion != BenchmarkOutcome.NOT_COMPARED;
  }
}
