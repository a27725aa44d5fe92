package org.stptoolkit.reports.pdf;

import java.util.Objects;

/**
 * One indicator value compared with its benchmark and standard, as stp-metrics assessed it. Missing
 * numbers are NaN and print as a dash.
 *
 * @param gap the gap's label, e.g. "Care and quality"
 * @param indicator indicator name
 * @param area area name
 * @param period period as published
 * @param sex "Persons", "Male" or "Female"
 * @param unit display unit
 * @param value the value
 * @param lower95 lower 95% limit
 * @param upper95 upper 95% limit
 * @param benchmark England's (or the benchmark's) value
 * @param comparison the comparison in words ("Worse", "Similar")
 * @param comparisonMark its colour
 * @param difference the value against England's in words ("59% lower than England"), empty without both
 * @param standard the standard's limit
 * @param rag the assessment against the standard in words ("Red")
 * @param ragMark its colour
 * @param region the region's name as a sentence uses it ("the West Midlands"), empty without a region value
 * @param regionValue the region's value, NaN without one
 * @param regionComparison the comparison with the region in words ("Similar", "Not compared")
 * @param regionMark its colour
 * @param regionDifference the value against the region's in words ("0.9 years above the West Midlands"),
 *     empty without both
 */
public record IndicatorRow(String gap, String indicator, String area, String period, String sex,
    String unit, double value, double lower95, double upper95, double benchmark, String comparison,
    Mark comparisonMark, String difference, double standard, String rag, Mark ragMark, String region,
    double regionValue, String regionComparison, Mark regionMark, String regionDifference) {

  /**
   * Validates the fields.
   *
   * @param gap the gap's label, e.g. "Care and quality"
   * @param indicator indicator name
   * @param area area name
   * @param period period as published
   * @param sex "Persons", "Male" or "Female"
   * @param unit display unit
   * @param value the value
   * @param lower95 lower 95% limit
   * @param upper95 upper 95% limit
   * @param benchmark England's (or the benchmark's) value
   * @param comparison the comparison in words ("Worse", "Similar")
   * @param comparisonMark its colour
   * @param difference the value against England's in words ("59% lower than England"), empty without both
   * @param standard the standard's limit
   * @param rag the assessment against the standard in words ("Red")
   * @param ragMark its colour
   * @param region the region's name as a sentence uses it ("the West Midlands"), empty without a region
   *     value
   * @param regionValue the region's value, NaN without one
   * @param regionComparison the comparison with the region in words ("Similar", "Not compared")
   * @param regionMark its colour
   * @param regionDifference the value against the region's in words ("0.9 years above the West Midlands"),
   *     empty without both
   */
  public IndicatorRow {
    gap = gap == null ? "" : gap;
    Objects.requireNonNull(indicator, "indicator");
    area = area == null ? "" : area;
    period = period == null ? "" : period;
    sex = sex == null ? "" : sex;
    unit = unit == null ? "" : unit;
    comparison = comparison == null ? "" : comparison;
    comparisonMark = comparisonMark == null ? Mark.NONE : comparisonMark;
    difference = difference == null ? "" : difference;
    rag = rag == null ? "" : rag;
    ragMark = ragMark == null ? Mark.NONE : ragMark;
    region = region == null ? "" : region;
    regionComparison = regionComparison == null ? "" : regionComparison;
    regionMark = regionMark == null ? Mark.NONE : regionMark;
    regionDifference = regionDifference == null ? "" : regionDifference;
  }

  /**
   * True when the value was tested against England or the region (it has a 95% interval and a benchmark).
   *
   * @return true when the value was tested against England or the region (it has a 95% interval and a
   *     benchmark)
   */
  public boolean tested() {
    return comparisonMark != Mark.NONE || regionMark != Mark.NONE;
  }
}
