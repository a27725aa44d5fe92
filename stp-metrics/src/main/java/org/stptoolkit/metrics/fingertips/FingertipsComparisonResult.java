package org.stptoolkit.metrics.fingertips;

import java.util.List;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * What {@link FingertipsComparison#fill} produced: the table with the computed columns filled, and what it
 * found. Plain records, so the whole result serialises to JSON as it reads.
 *
 * @param table the filled table (write it back with {@link FingertipsCsv#write})
 * @param findings problems and notes, e.g. a supplied value that disagrees with its counts, or a row
 *     whose value could not be computed
 * @param valuesComputed rows whose Value was computed from Count and Denominator
 * @param comparisonsMade rows compared with England
 */
public record FingertipsComparisonResult(FingertipsTable table, List<ValidationFinding> findings,
    int valuesComputed, int comparisonsMade) {
  /**
   * Copies the findings.
   *
   * @param table the filled table (write it back with {@link FingertipsCsv#write})
   * @param findings problems and notes, e.g. a supplied value that disagrees with its counts, or a row
   *     whose value could not be computed
   * @param valuesComputed rows whose Value was computed from Count and Denominator
   * @param comparisonsMade rows compared with England
   */
  public FingertipsComparisonResult {
    findings = List.copyOf(findings);
  }
}
