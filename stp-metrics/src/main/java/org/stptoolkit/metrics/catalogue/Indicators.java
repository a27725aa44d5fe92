package org.stptoolkit.metrics.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stptoolkit.metrics.comparison.GapWording;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.Standard;
import org.stptoolkit.model.indicator.ValueType;

/**
 * The built-in indicator definitions: the NHS constitutional standards ("the nine must-dos" of the
 * 2016/17 planning guidance) and the indicators the seed plans quote. Percentages have multiplier 100
 * and unit "%"; rates per 100,000 multiplier 100,000; life expectancies are in years. Identifiers are
 * this toolkit's own, stable, upper-case names (a Fingertips indicator id can be used for imported data).
 */
public final class Indicators {
  private static final String PCT = "%";

  // ---- Care and quality: NHS constitutional standards ----
  /** A&amp;E: % of attendances seen (admitted, transferred or discharged) within 4 hours; standard 95%. */
  public static final IndicatorDefinition AE_FOUR_HOUR = pct("AE_FOUR_HOUR",
      "A&E attendances seen within 4 hours", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("NHS Constitution: 95% within 4 hours", 95));
  /** RTT: % of incomplete pathways within 18 weeks; standard 92%. */
  public static final IndicatorDefinition RTT_18_WEEKS = pct("RTT_18_WEEKS",
      "Referral to treatment: incomplete pathways within 18 weeks", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("NHS Constitution: 92% within 18 weeks", 92));
  /** Cancer: % treated within 62 days of urgent GP referral; standard 85%. */
  public static final IndicatorDefinition CANCER_62_DAY = pct("CANCER_62_DAY",
      "Cancer: first treatment within 62 days of urgent GP referral", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("NHS Constitution: 85% within 62 days", 85));
  /** Cancer: % seen by a specialist within two weeks of urgent GP referral; standard 93%. */
  public static final IndicatorDefinition CANCER_TWO_WEEK_WAIT = pct("CANCER_TWO_WEEK_WAIT",
      "Cancer: seen within two weeks of urgent GP referral", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("NHS Constitution: 93% within two weeks", 93));
  /** Cancer: % first treatment within 31 days of decision to treat; standard 96%. */
  public static final IndicatorDefinition CANCER_31_DAY = pct("CANCER_31_DAY",
      "Cancer: first treatment within 31 days of decision to treat", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("NHS Constitution: 96% within 31 days", 96));
  /** Ambulance: % of Category A (Red 1) calls reached within 8 minutes; standard 75%. */
  public static final IndicatorDefinition AMBULANCE_CAT_A_8_MIN = pct("AMBULANCE_CAT_A_8_MIN",
      "Ambulance Category A calls reached within 8 minutes", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("NHS Constitution: 75% within 8 minutes", 75));
  /** Early intervention in psychosis: % starting treatment within 2 weeks; standard 50%. */
  public static final IndicatorDefinition EIP_TWO_WEEKS = pct("EIP_TWO_WEEKS",
      "Early intervention in psychosis: treatment within 2 weeks of referral", Gap.CARE_AND_QUALITY,
      Polarity.HIGH_IS_GOOD, Standard.atLeast("Mental health access standard: 50% within 2 weeks", 50));
  /** IAPT: % entering treatment within 6 weeks of referral; standard 75%. */
  public static final IndicatorDefinition IAPT_SIX_WEEKS = pct("IAPT_SIX_WEEKS",
      "IAPT: entering treatment within 6 weeks of referral", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("Mental health access standard: 75% within 6 weeks", 75));
  /** IAPT: % entering treatment within 18 weeks of referral; standard 95%. */
  public static final IndicatorDefinition IAPT_EIGHTEEN_WEEKS = pct("IAPT_EIGHTEEN_WEEKS",
      "IAPT: entering treatment within 18 weeks of referral", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("Mental health access standard: 95% within 18 weeks", 95));
  /** Dementia: estimated diagnosis rate, people 65+; standard two-thirds (66.7%). */
  public static final IndicatorDefinition DEMENTIA_DIAGNOSIS = pct("DEMENTIA_DIAGNOSIS",
      "Dementia: estimated diagnosis rate (65+)", Gap.CARE_AND_QUALITY, Polarity.HIGH_IS_GOOD,
      Standard.atLeast("National ambition: two-thirds diagnosed", 66.7));

  // ---- Health and wellbeing ----
  /** Life expectancy at birth, males, years. */
  public static final IndicatorDefinition LIFE_EXPECTANCY_MALE = years("LIFE_EXPECTANCY_MALE",
      "Life expectancy at birth (male)", ValueType.LIFE_EXPECTANCY);
  /** Life expectancy at birth, females, years. */
  public static final IndicatorDefinition LIFE_EXPECTANCY_FEMALE = years("LIFE_EXPECTANCY_FEMALE",
      "Life expectancy at birth (female)", ValueType.LIFE_EXPECTANCY);
  /** Healthy life expectancy at birth, males, years. */
  public static final IndicatorDefinition HEALTHY_LIFE_EXPECTANCY_MALE = years("HEALTHY_LIFE_EXPECTANCY_MALE",
      "Healthy life expectancy at birth (male)", ValueType.LIFE_EXPECTANCY);
  /** Healthy life expectancy at birth, females, years. */
  public static final IndicatorDefinition HEALTHY_LIFE_EXPECTANCY_FEMALE = years("HEALTHY_LIFE_EXPECTANCY_FEMALE",
      "Healthy life expectancy at birth (female)", ValueType.LIFE_EXPECTANCY);
  /** % of life in good health, males: healthy life expectancy ÷ life expectancy × 100 (derived). */
  public static final IndicatorDefinition LIFE_IN_GOOD_HEALTH_MALE = derivedPct("LIFE_IN_GOOD_HEALTH_MALE",
      "Proportion of life spent in good health (male)");
  /** % of life in good health, females (derived). */
  public static final IndicatorDefinition LIFE_IN_GOOD_HEALTH_FEMALE = derivedPct("LIFE_IN_GOOD_HEALTH_FEMALE",
      "Proportion of life spent in good health (female)");
  /** Mortality from causes considered preventable, under 75, DSR per 100,000. */
  public static final IndicatorDefinition UNDER_75_MORTALITY = new IndicatorDefinition("UNDER_75_MORTALITY",
      "Under 75 mortality rate from all causes", Gap.HEALTH_AND_WELLBEING, ValueType.DIRECTLY_STANDARDISED_RATE,
      100_000, Polarity.LOW_IS_GOOD, "per 100,000", null, null);
  /** Admission episodes for alcohol-related conditions, DSR per 100,000. */
  public static final IndicatorDefinition ALCOHOL_RELATED_ADMISSIONS = new IndicatorDefinition(
      "ALCOHOL_RELATED_ADMISSIONS", "Admission episodes for alcohol-related conditions", Gap.HEALTH_AND_WELLBEING,
      ValueType.DIRECTLY_STANDARDISED_RATE, 100_000, Polarity.LOW_IS_GOOD, "per 100,000", null, null);
  /** Smoking prevalence in adults, %. */
  public static final IndicatorDefinition SMOKING_PREVALENCE = pct("SMOKING_PREVALENCE",
      "Smoking prevalence in adults", Gap.HEALTH_AND_WELLBEING, Polarity.LOW_IS_GOOD, null);
  /** Excess weight in adults, %. */
  public static final IndicatorDefinition ADULT_EXCESS_WEIGHT = pct("ADULT_EXCESS_WEIGHT",
      "Excess weight in adults", Gap.HEALTH_AND_WELLBEING, Polarity.LOW_IS_GOOD, null);

  // ---- Care and quality: indicators quoted in the seeds ----
  /** Older people (65+) offered reablement on discharge from hospital, %. */
  public static final IndicatorDefinition REABLEMENT_OFFERED = pct("REABLEMENT_OFFERED",
      "Older people offered reablement services following discharge from hospital", Gap.CARE_AND_QUALITY,
      Polarity.HIGH_IS_GOOD, null);
  /** Older people (65+) still at home 91 days after discharge into reablement, %. */
  public static final IndicatorDefinition REABLEMENT_AT_HOME_91_DAYS = pct("REABLEMENT_AT_HOME_91_DAYS",
      "Older people still at home 91 days after discharge into reablement", Gap.CARE_AND_QUALITY,
      Polarity.HIGH_IS_GOOD, null);
  /** GPs (full-time equivalent) per 100,000 population; compared with peers, so no judgement. */
  public static final IndicatorDefinition GPS_PER_100K = new IndicatorDefinition("GPS_PER_100K",
      "GPs (FTE) per 100,000 population", Gap.CARE_AND_QUALITY, ValueType.CRUDE_RATE, 100_000,
      Polarity.NO_JUDGEMENT, "per 100,000", null, null);
  /** Deaths in usual place of residence, %. */
  public static final IndicatorDefinition DEATHS_IN_USUAL_PLACE_OF_RESIDENCE = pct(
      "DEATHS_IN_USUAL_PLACE_OF_RESIDENCE", "Deaths in usual place of residence", Gap.CARE_AND_QUALITY,
      Polarity.HIGH_IS_GOOD, null);
  /** Non-elective admissions, indirectly standardised ratio (100 = as expected). */
  public static final IndicatorDefinition NON_ELECTIVE_ADMISSIONS = new IndicatorDefinition(
      "NON_ELECTIVE_ADMISSIONS", "Non-elective admissions (standardised ratio)", Gap.CARE_AND_QUALITY,
      ValueType.INDIRECTLY_STANDARDISED_RATIO, 100, Polarity.LOW_IS_GOOD, "ratio (100 = expected)", null, null);
  /** Emergency readmissions within 30 days of discharge, %. */
  public static final IndicatorDefinition EMERGENCY_READMISSIONS_30_DAYS = pct("EMERGENCY_READMISSIONS_30_DAYS",
      "Emergency readmissions within 30 days of discharge", Gap.CARE_AND_QUALITY, Polarity.LOW_IS_GOOD, null);
  /** Delayed transfers of care, bed-days per 100,000 population aged 18+. */
  public static final IndicatorDefinition DELAYED_TRANSFERS_OF_CARE = new IndicatorDefinition(
      "DELAYED_TRANSFERS_OF_CARE", "Delayed transfers of care (bed-days per 100,000 aged 18+)",
      Gap.CARE_AND_QUALITY, ValueType.CRUDE_RATE, 100_000, Polarity.LOW_IS_GOOD, "per 100,000", null, null);
  /** Community hospital bed occupancy, %; compared with peers, so no judgement. */
  public static final IndicatorDefinition COMMUNITY_BED_OCCUPANCY = pct("COMMUNITY_BED_OCCUPANCY",
      "Community hospital bed occupancy", Gap.CARE_AND_QUALITY, Polarity.NO_JUDGEMENT, null);

  // ---- Finance and efficiency ----
  /** Agency staff spend as a % of total pay bill. */
  public static final IndicatorDefinition AGENCY_SPEND_PERCENT_OF_PAY = pct("AGENCY_SPEND_PERCENT_OF_PAY",
      "Agency spend as a percentage of pay", Gap.FINANCE_AND_EFFICIENCY, Polarity.LOW_IS_GOOD, null);

  private static final List<IndicatorDefinition> ALL = List.of(
      AE_FOUR_HOUR, RTT_18_WEEKS, CANCER_62_DAY, CANCER_TWO_WEEK_WAIT, CANCER_31_DAY, AMBULANCE_CAT_A_8_MIN,
      EIP_TWO_WEEKS, IAPT_SIX_WEEKS, IAPT_EIGHTEEN_WEEKS, DEMENTIA_DIAGNOSIS,
      LIFE_EXPECTANCY_MALE, LIFE_EXPECTANCY_FEMALE, HEALTHY_LIFE_EXPECTANCY_MALE, HEALTHY_LIFE_EXPECTANCY_FEMALE,
      LIFE_IN_GOOD_HEALTH_MALE, LIFE_IN_GOOD_HEALTH_FEMALE, UNDER_75_MORTALITY, ALCOHOL_RELATED_ADMISSIONS,
      SMOKING_PREVALENCE, ADULT_EXCESS_WEIGHT, REABLEMENT_OFFERED, REABLEMENT_AT_HOME_91_DAYS, GPS_PER_100K,
      DEATHS_IN_USUAL_PLACE_OF_RESIDENCE, NON_ELECTIVE_ADMISSIONS, EMERGENCY_READMISSIONS_30_DAYS,
      DELAYED_TRANSFERS_OF_CARE, COMMUNITY_BED_OCCUPANCY, AGENCY_SPEND_PERCENT_OF_PAY);

  private static final Map<String, GapWording> WORDING = Map.of(
      AE_FOUR_HOUR.id(), new GapWording("patients", "be seen within 4 hours"),
      RTT_18_WEEKS.id(), new GapWording("patients", "be treated within 18 weeks"),
      CANCER_62_DAY.id(), new GapWording("patients", "start treatment within 62 days"),
      CANCER_TWO_WEEK_WAIT.id(), new GapWording("patients", "be seen within two weeks"),
      CANCER_31_DAY.id(), new GapWording("patients", "start treatment within 31 days"),
      AMBULANCE_CAT_A_8_MIN.id(), new GapWording("Category A calls", "be reached within 8 minutes"),
      EIP_TWO_WEEKS.id(), new GapWording("people", "start treatment within 2 weeks"),
      IAPT_SIX_WEEKS.id(), new GapWording("people", "enter treatment within 6 weeks"),
      IAPT_EIGHTEEN_WEEKS.id(), new GapWording("people", "enter treatment within 18 weeks"),
      DEMENTIA_DIAGNOSIS.id(), new GapWording("people with dementia", "be diagnosed"));

  private Indicators() {}

  /**
   * Every built-in definition, in catalogue order.
   *
   * @return every built-in definition, in catalogue order
   */
  public static List<IndicatorDefinition> all() {
    return ALL;
  }

  /**
   * The built-in definitions by id, in catalogue order.
   *
   * @return the built-in definitions by id, in catalogue order
   */
  public static Map<String, IndicatorDefinition> byId() {
    Map<String, IndicatorDefinition> m = new LinkedHashMap<>();
    ALL.forEach(d -> m.put(d.id(), d));
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The definition with this id, if built in.
   *
   * @param id the indicator's id
   * @return the definition with this id, if built in
   */
  public static Optional<IndicatorDefinition> find(String id) {
    return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /**
   * How to say a gap in people for this indicator ({@link GapWording#GENERIC} when none is set).
   *
   * @param id the indicator's id
   * @return how to say a gap in people for this indicator ({@link GapWording#GENERIC} when none is set)
   */
  public static GapWording wording(String id) {
    return WORDING.getOrDefault(id, GapWording.GENERIC);
  }

  private static IndicatorDefinition pct(String id, String name, Gap gap, Polarity polarity, Standard standard) {
    return new IndicatorDefinition(id, name, gap, ValueType.PROPORTION, 100, polarity, PCT, standard, null);
  }

  private static IndicatorDefinition years(String id, String name, ValueType type) {
    return new IndicatorDefinition(id, name, Gap.HEALTH_AND_WELLBEING, type, 1, Polarity.HIGH_IS_GOOD, "years", null, null);
  }

  private static IndicatorDefinition derivedPct(String id, String name) {
    return new IndicatorDefinition(id, name, Gap.HEALTH_AND_WELLBEING, ValueType.DERIVED_RATIO, 100,
        Polarity.HIGH_IS_GOOD, PCT, null, null);
  }
}
