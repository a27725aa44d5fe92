package org.stptoolkit.model.indicator;

import java.util.List;
import org.stptoolkit.model.internal.Checks;

/**
 * Events and populations by age band for one area, period and sex: the input of a directly
 * standardised rate (19 five-year bands, European Standard Population 2013) or of life expectancy
 * (20 bands: &lt;1, 1–4, 5–9, …, 85–89, 90+). The methods live in stp-metrics.
 *
 * @param indicatorId the indicator
 * @param areaCode area code
 * @param period time period as published
 * @param sex "Persons", "Male" or "Female"
 * @param events events (deaths, admissions) per band, youngest first, each zero or more
 * @param population population (person-years) per band, youngest first, same length
 */
public record AgeBandedCounts(String indicatorId, String areaCode, String period, String sex,
    List<Double> events, List<Double> population) {

  /**
   * Validates and copies.
   *
   * @param indicatorId the indicator
   * @param areaCode area code
   * @param period time period as published
   * @param sex "Persons", "Male" or "Female"
   * @param events events (deaths, admissions) per band, youngest first, each zero or more
   * @param population population (person-years) per band, youngest first, same length
   */
  public AgeBandedCounts {
    indicatorId = Checks.notBlank(indicatorId, "indicator id");
    areaCode = Checks.notBlank(areaCode, "area code of " + indicatorId);
    period = Checks.notBlank(period, "period of " + indicatorId + " for " + areaCode);
    sex = sex == null || sex.isBlank() ? "Persons" : sex.strip();
    events = Checks.copy(events, "events of " + indicatorId + " for " + areaCode);
    population = Checks.copy(population, "population of " + indicatorId + " for " + areaCode);
    if (events.size() != population.size()) {
      throw new IllegalArgumentException("events and population of " + indicatorId + " for " + areaCode
          + " need the same number of age bands, had " + events.size() + " and " + population.size());
    }
  }

  /**
   * Events as an array.
   *
   * @return the events per age band, in a new array
   */
  public double[] eventsArray() {
    return events.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Population as an array.
   *
   * @return the population per age band, in a new array
   */
  public double[] populationArray() {
    return population.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
