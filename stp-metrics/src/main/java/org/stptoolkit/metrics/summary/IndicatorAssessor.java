package org.stptoolkit.metrics.summary;

import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.metrics.catalogue.Indicators;
import org.stptoolkit.metrics.comparison.BenchmarkComparison;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.comparison.StandardAssessment;
import org.stptoolkit.metrics.comparison.StandardComparison;
import org.stptoolkit.metrics.derived.DerivedIndicators;
import org.stptoolkit.metrics.derived.Difference;
import org.stptoolkit.metrics.intervals.CiMethod;
import org.stptoolkit.metrics.intervals.ConfidenceIntervals;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.EstimateStatus;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Assesses one value: computes the estimate from the counts when they are given (and checks a supplied
 * value against them), compares with England and with the standard, and states the difference from
 * England's value ({@link DerivedIndicators#relative}), which stands even where no interval allows a test.
 *
 * <p>A value given without counts but with a published 95% interval (a Fingertips row of life expectancy)
 * is compared by that interval, as {@code stp compare} compares it; without either, it is described only.
 *
 * <p>A supplied value that differs from the one its counts give by more than {@link #VALUE_TOLERANCE}
 * of a unit (published values are rounded to one decimal place) is reported as a WARNING
 * {@code INDICATOR_VALUE_MISMATCH}; the computed value is used.
 */
public final class IndicatorAssessor {
  /** Largest difference, in the indicator's units, between a supplied value and its counts that is rounding. */
  public static final double VALUE_TOLERANCE = 0.05;

  private IndicatorAssessor() {}

  /**
   * The assessment.
   *
   * @param definition the indicator
   * @param value the area's value
   * @param england England's value for the same indicator, period, sex and age, or {@code null}
   * @return the assessment
   */
  public static IndicatorAssessment assess(IndicatorDefinition definition, IndicatorValue value, IndicatorValue england) {
    return assess(definition, value, england, null);
  }

  /**
   * The assessment, with the region as a second benchmark: compared by interval when the value has one,
   * and described in units either way ("0.9 years above the West Midlands").
   *
   * @param definition the indicator
   * @param value the area's value
   * @param england England's value for the same indicator, period, sex and age, or {@code null}
   * @param region the region's value for the same indicator, period, sex and age, or {@code null}
   * @return the assessment
   */
  public static IndicatorAssessment assess(IndicatorDefinition definition, IndicatorValue value, IndicatorValue england,
      IndicatorValue region) {
    List<ValidationFinding> findings = new ArrayList<>();
    Estimate estimate = estimate(definition, value, findings);
    Double englandValue = null;
    if (england != null) {
      englandValue = england.value() != null ? england.value()
          : estimate(definition, england, new ArrayList<>()).value();
    }
    BenchmarkOutcome vsEngland = BenchmarkComparison.compare(estimate, englandValue, definition.polarity());
    Difference difference = englandValue == null || estimate.value() == null ? null
        : DerivedIndicators.relative(estimate.value(), englandValue, "England");
    StandardAssessment standard = StandardComparison.assess(estimate, definition.standard(),
        definition.multiplier(), value.numerator(), value.denominator(), 0, Indicators.wording(definition.id()));
    Double regionValue = null;
    if (region != null) {
      regionValue = region.value() != null ? region.value() : estimate(definition, region, new ArrayList<>()).value();
    }
    BenchmarkOutcome vsRegion = BenchmarkComparison.compare(estimate, regionValue, definition.polarity());
    Difference fromRegion = regionValue == null || estimate.value() == null ? null
        : DerivedIndicators.described(estimate.value(), regionValue, definition.unit(),
            DerivedIndicators.benchmarkName(region.areaName()));
    return new IndicatorAssessment(definition, value, estimate, englandValue, vsEngland, difference, standard,
        regionValue == null ? null : region, vsRegion, fromRegion, findings);
  }

  /**
   * The estimate for a value: from its counts when present, else the value alone; findings collected.
   *
   * @param definition the indicator's definition
   * @param value the area's value, with its counts when present
   * @param findings where to add findings
   * @return the estimate for a value: from its counts when present, else the value alone; findings
   *     collected
   */
  public static Estimate estimate(IndicatorDefinition definition, IndicatorValue value, List<ValidationFinding> findings) {
    Estimate computed = value.numerator() != null && value.denominator() != null
        ? ConfidenceIntervals.fromCounts(definition.valueType(), value.numerator(), value.denominator(), definition.multiplier())
        : null;
    if (computed != null && computed.value() != null) {
      if (value.value() != null && Math.abs(value.value() - computed.value()) > VALUE_TOLERANCE) {
        findings.add(ValidationFinding.warning("INDICATOR_VALUE_MISMATCH",
            Location.of(value.indicatorId() + " " + value.areaCode() + " " + value.period()),
            "value " + computed.value() + " from numerator " + value.numerator() + " and denominator "
                + value.denominator(), "value " + value.value()));
      }
      return computed;
    }
    if (value.value() != null && value.lower95() != null && value.upper95() != null) {
      // a published interval, kept as stp compare keeps one: compared by it, never recomputed
      Interval ci95 = Interval.of(value.lower95(), value.upper95());
      Interval ci998 = value.lower998() == null || value.upper998() == null ? null
          : Interval.of(value.lower998(), value.upper998());
      return new Estimate(ci998 == null ? EstimateStatus.NOT_APPLICABLE : EstimateStatus.CALCULATED, value.value(),
          ci95, ci998, CiMethod.NONE, "published value and confidence interval");
    }
    if (value.value() != null) {
      return Estimate.valueOnly(value.value(), "published value without counts: no confidence interval");
    }
    return computed != null ? computed
        : Estimate.unavailable(EstimateStatus.MISSING_INPUT, "no value and no counts");
  }
}
