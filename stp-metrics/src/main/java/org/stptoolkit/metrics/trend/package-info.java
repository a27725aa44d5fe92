/**
 * Fingertips' recent trend: over the latest 5 consecutive yearly points, a chi-square test for trend at
 * 99.8% (χ² &gt; 9.5495, 1 degree of freedom) with a leave-one-out check that the slope's sign does not
 * change, as PHEindicatormethods' {@code assign_trend_markers} ({@code R/TrendMarkers.R}, {@code R/utils.R}).
 */
package org.stptoolkit.metrics.trend;
