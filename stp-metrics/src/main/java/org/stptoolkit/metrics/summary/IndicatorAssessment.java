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
 * @param findings problems found, e.g. a supplied value that disagrees with its counts
 */
public record IndicatorAssessment(IndicatorDefinition definition, IndicatorValue value, Estimate estimate,
    Double englandValue, BenchmarkOutcome comparedWithEngland, Difference differenceFromEngland,
    StandardAssessment standard,
    List<ValidationFinding> findings) {

  /** Copies the findings. */
  public IndicatorAssessment {
    findings = List.copyOf(findings == null ? List.of() : findings);
  }
}
