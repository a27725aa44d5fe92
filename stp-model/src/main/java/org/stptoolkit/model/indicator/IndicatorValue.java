package org.stptoolkit.model.indicator;

import java.util.Objects;
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
 * @param provenance published, derived or illustrative (required: a missing one is refused, not taken as
 *     published; the builder starts from {@link Provenance#PUBLISHED}, the JSON schema's default)
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

  /**
   * Validates the fields.
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
   * @param lower95 the published lower 95% confidence limit, or {@code null}; used for comparisons only
   *     when there are no counts to compute the interval from (as {@code stp compare} keeps a published
   *     interval)
   * @param upper95 the published upper 95% limit, or {@code null}; given together with {@code lower95}
   * @param lower998 the published lower 99.8% limit, or {@code null}
   * @param upper998 the published upper 99.8% limit, or {@code null}; given together with {@code lower998}
   */
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
    Checks.notNull(provenance, "provenance of " + where);
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

  /**
   * A builder for a value, by field name:
   *
   * <pre>
   * IndicatorValue ae = IndicatorValue.builder("AE_4HR", "NEH", "2016/17")
   *     .numerator(81_230.0).denominator(90_000.0).build();
   * </pre>
   *
   * It starts from the JSON schema's defaults: area name the area code, sex "Persons", age "All ages",
   * provenance {@link Provenance#PUBLISHED}, no note, no value, counts or published limits.
   *
   * @param indicatorId the indicator
   * @param areaCode area code (E92000001 for England) or an organisation code
   * @param period time period as published, e.g. "2012-14", "2015/16"
   * @return a builder
   */
  public static Builder builder(String indicatorId, String areaCode, String period) {
    return new Builder(indicatorId, areaCode, period);
  }

  /**
   * A builder holding this value's fields, to change some of them.
   *
   * @return a builder with every field of this value
   */
  public Builder toBuilder() {
    return new Builder(indicatorId, areaCode, period).areaName(areaName).sex(sex).age(age).value(value)
        .numerator(numerator).denominator(denominator).provenance(provenance).note(note)
        .limits95(lower95, upper95).limits998(lower998, upper998);
  }

  /** Collects a value's fields by name; not thread-safe, each {@link #build()} gives a new value. */
  public static final class Builder {
    private String indicatorId;
    private String areaCode;
    private String areaName;
    private String period;
    private String sex = "Persons";
    private String age = "All ages";
    private Double value;
    private Double numerator;
    private Double denominator;
    private Provenance provenance = Provenance.PUBLISHED;
    private String note = "";
    private Double lower95;
    private Double upper95;
    private Double lower998;
    private Double upper998;

    private Builder(String indicatorId, String areaCode, String period) {
      this.indicatorId = indicatorId;
      this.areaCode = areaCode;
      this.period = period;
    }

    /**
     * Sets the indicator.
     *
     * @param id the indicator's id
     * @return this builder
     */
    public Builder indicatorId(String id) {
      this.indicatorId = id;
      return this;
    }

    /**
     * Sets the area.
     *
     * @param code area code or organisation code
     * @return this builder
     */
    public Builder areaCode(String code) {
      this.areaCode = code;
      return this;
    }

    /**
     * Sets the area's name.
     *
     * @param name the name, or {@code null} to use the area code
     * @return this builder
     */
    public Builder areaName(String name) {
      this.areaName = name;
      return this;
    }

    /**
     * Sets the time period.
     *
     * @param timePeriod as published, e.g. "2015/16"
     * @return this builder
     */
    public Builder period(String timePeriod) {
      this.period = timePeriod;
      return this;
    }

    /**
     * Sets the sex.
     *
     * @param persons "Persons", "Male" or "Female"
     * @return this builder
     */
    public Builder sex(String persons) {
      this.sex = persons;
      return this;
    }

    /**
     * Sets the age band.
     *
     * @param band as published, e.g. "All ages"
     * @return this builder
     */
    public Builder age(String band) {
      this.age = band;
      return this;
    }

    /**
     * Sets the value.
     *
     * @param inUnits the value in the indicator's units, or {@code null} to compute it from the counts
     * @return this builder
     */
    public Builder value(Double inUnits) {
      this.value = inUnits;
      return this;
    }

    /**
     * Sets the count of events (or people).
     *
     * @param count the numerator, or {@code null}
     * @return this builder
     */
    public Builder numerator(Double count) {
      this.numerator = count;
      return this;
    }

    /**
     * Sets the population at risk.
     *
     * @param population the denominator, or {@code null}
     * @return this builder
     */
    public Builder denominator(Double population) {
      this.denominator = population;
      return this;
    }

    /**
     * Sets where the value comes from.
     *
     * @param source published, derived or illustrative
     * @return this builder
     */
    public Builder provenance(Provenance source) {
      this.provenance = source;
      return this;
    }

    /**
     * Sets the source note.
     *
     * @param text the note
     * @return this builder
     */
    public Builder note(String text) {
      this.note = text;
      return this;
    }

    /**
     * Sets the published 95% confidence limits (both or neither).
     *
     * @param lower the lower limit, or {@code null}
     * @param upper the upper limit, or {@code null}
     * @return this builder
     */
    public Builder limits95(Double lower, Double upper) {
      this.lower95 = lower;
      this.upper95 = upper;
      return this;
    }

    /**
     * Sets the published 99.8% confidence limits (both or neither).
     *
     * @param lower the lower limit, or {@code null}
     * @param upper the upper limit, or {@code null}
     * @return this builder
     */
    public Builder limits998(Double lower, Double upper) {
      this.lower998 = lower;
      this.upper998 = upper;
      return this;
    }

    /**
     * The value.
     *
     * @return a new value
     * @throws IllegalArgumentException naming the indicator, area and period when a field is missing or
     *     out of range
     */
    public IndicatorValue build() {
      return new IndicatorValue(indicatorId, areaCode, areaName, period, sex, age, value, numerator,
          denominator, provenance, note, lower95, upper95, lower998, upper998);
    }
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

  /**
   * Whether {@code o} is a value with equal components, as a record's equality is; written out because the
   * record's own is built by the JVM on its first use (~10 ms of a cold {@code stp template}, which finds
   * each value's assessment by it).
   *
   * @param o the other object
   * @return whether {@code o} is a value with equal components
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorValue v && indicatorId.equals(v.indicatorId) && areaCode.equals(v.areaCode)
        && areaName.equals(v.areaName) && period.equals(v.period) && sex.equals(v.sex) && age.equals(v.age)
        && Objects.equals(value, v.value) && Objects.equals(numerator, v.numerator)
        && Objects.equals(denominator, v.denominator) && Objects.equals(provenance, v.provenance)
        && Objects.equals(note, v.note) && Objects.equals(lower95, v.lower95) && Objects.equals(upper95, v.upper95)
        && Objects.equals(lower998, v.lower998) && Objects.equals(upper998, v.upper998);
  }

  /**
   * The record's own hash of its components, in their order: each step 31 times the hash so far plus the
   * next component's hash (0 for null).
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    Object[] components = {indicatorId, areaCode, areaName, period, sex, age, value, numerator, denominator,
        provenance, note, lower95, upper95, lower998, upper998};
    int h = 0;
    for (Object c : components) {
      h = 31 * h + Objects.hashCode(c);
    }
    return h;
  }
}

