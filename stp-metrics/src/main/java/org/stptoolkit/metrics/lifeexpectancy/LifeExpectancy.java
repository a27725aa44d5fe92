package org.stptoolkit.metrics.lifeexpectancy;

import org.stptoolkit.metrics.intervals.Estimate;

/**
 * Life expectancy at one age, in years.
 *
 * @param age the start age of the band, years
 * @param estimate the value and intervals in years, or the documented reason there are none
 * @param standardError the standard error in years, or {@code null} when not calculated
 */
public record LifeExpectancy(int age, Estimate estimate, Double standardError) {}
