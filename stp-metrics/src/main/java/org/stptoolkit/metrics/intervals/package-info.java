/**
 * Values with 95% and 99.8% confidence intervals, computed exactly as PHEindicatormethods computes
 * them: Wilson score for proportions, Byar's method with exact Poisson limits below 10 events for
 * counts and crude rates, Dobson's method with the European Standard Population 2013 for directly
 * standardised rates, indirectly standardised ratios and rates, and Student's t for means. Quantiles
 * come from commons-math3 ({@link org.stptoolkit.metrics.intervals.Quantiles}), never lookup tables.
 */
package org.stptoolkit.metrics.intervals;
