package org.stptoolkit.model.indicator;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.Provenance;

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
 * @param lower95 the published lower 95% confidence limit, or {@code null}; used for comparisons only when
 *     there are no counts to compute the interval from (as {@code stp compare} keeps a published interval)
 * @param upper95 the published upper 95% limit, or {@code null}; given together with {@code lower95}
 * @param lower998 the published lower 99.8% limit, or {@code null}
 * @param upper998 the published upper 99.8% limit, or {@code null}; given together with {@code lower998}
 */
public record IndicatorValue(String indicatorId, String areaCode, String areaName, String period,
    String sex, String age, Double value, Double numerator, Double denominator,
    Provenance provenance, String note, Double lower95, Double upper95, Double lower998, Double upper998) {

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
    limits(lower95, upper95, "95%", where);
    limits(lower998, upper998, "99.8%", where);
  }

  /**
   * A value without published confidence limits.
   *
   * @param indicatorId the indicator
   * @param areaCode area code
   * @param areaName area name
   * @param period time period as published
   * @param sex "Persons", "Male" or "Female"
   * @param age age band as published
   * @param value the value, or {@code null} to compute from the counts
   * @param numerator count of events, or {@code null}
   * @param denominator population at risk, or {@code null}
   * @param provenance published, derived or illustrative
   * @param note source note
   */
  public IndicatorValue(String indicatorId, String areaCode, String areaName, String period, String sex, String age,
      Double value, Double numerator, Double denominator, Provenance provenance, String note) {
    this(indicatorId, areaCode, areaName, period, sex, age, value, numerator, denominator, provenance, note,
        null, null, null, null);
  }

  private static void limits(Double lower, Double upper, String level, String where) {
    if ((lower == null) != (upper == null)) {
      throw new IllegalArgumentException("the " + level + " confidence limits of " + where
          + " go together: give both or neither");
    }
    if (lower != null) {
      Checks.finite(lower, "lower " + level + " limit of " + where);
      Checks.finite(upper, "upper " + level + " limit of " + where);
      if (lower > upper) {
        throw new IllegalArgumentException("the lower " + level + " limit of " + where + " (" + lower
            + ") is above its upper limit (" + upper + ")");
      }
    }
  }
}
