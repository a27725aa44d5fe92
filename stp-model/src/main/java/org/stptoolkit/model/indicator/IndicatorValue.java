package org.stptoolkit.model.indicator;

import org.stptoolkit.model.Checks;
import org.stptoolkit.model.Provenance;

/**
 * One indicator value for one area, period, sex and age, with its counts where known. England,
 * regions and peers are areas too, so benchmarks are values like any other.
 *
 * @param indicatorId the indicator
 * @param areaCode area code (E92000001 for England) or an organisation code
 * @param areaName area name
 * @param period time period as published, e.g. "2012-14", "2015/16", "Q2 2016/17"
 * @param sex "Persons", "Male" or "Female"
 * @param age age band as published, e.g. "All ages"
 * @param value the value in the indicator's units, or {@code null} to compute from the counts
 * @param numerator count of events (or people), or {@code null}
 * @param denominator population at risk, or {@code null}; must be positive when given
 * @param provenance published, derived or illustrative
 * @param note source note
 */
public record IndicatorValue(String indicatorId, String areaCode, String areaName, String period,
    String sex, String age, Double value, Double numerator, Double denominator,
    Provenance provenance, String note) {

  /** Validates the fields. */
  public IndicatorValue {
    indicatorId = Checks.notBlank(indicatorId, "indicator id");
    areaCode = Checks.notBlank(areaCode, "area code of " + indicatorId);
    areaName = areaName == null || areaName.isBlank() ? areaCode : areaName.strip();
    period = Checks.notBlank(period, "period of " + indicatorId + " for " + areaCode);
    sex = sex == null || sex.isBlank() ? "Persons" : sex.strip();
    age = age == null || age.isBlank() ? "All ages" : age.strip();
    String where = indicatorId + " for " + areaCode + " " + period;
    if (value != null) {
      Checks.finite(value, "value of " + where);
    }
    if (numerator != null) {
      Checks.nonNegative(numerator, "numerator of " + where);
    }
    if (denominator != null) {
      Checks.nonNegative(denominator, "denominator of " + where);
    }
    provenance = provenance == null ? Provenance.PUBLISHED : provenance;
    note = note == null ? "" : note.strip();
  }
}
