/**
 * How the population fares: health and quality indicators computed and compared the way Public Health
 * England's Fingertips and its R package PHEindicatormethods do it, then taken further (standards,
 * peers, opportunity, the three-gaps summary). One sub-package per concept:
 * {@code intervals} (values and confidence intervals), {@code lifeexpectancy}, {@code comparison}
 * (benchmark and standard), {@code peers}, {@code trend}, {@code catalogue}, {@code derived},
 * {@code summary} and {@code fingertips} (CSV in and out).
 *
 * <p>All analytics are in {@code double}; nothing here rounds. Missing values and zero denominators
 * are documented outcomes ({@link org.stptoolkit.metrics.intervals.EstimateStatus}), never NaN.
 */
package org.stptoolkit.metrics;
