package org.stptoolkit.metrics.derived;

/**
 * A difference between a value and a comparator, absolute and relative.
 *
 * @param value the value, in the indicator's units
 * @param comparator the comparator's value, same units
 * @param absolute value − comparator, in units
 * @param relative (value − comparator) ÷ comparator as a fraction (−0.586 for 1.2 vs 2.9), or {@code null}
 *     when the comparator is zero
 * @param text e.g. "59% lower than England" or "10 fewer per 100,000 than peers"
 */
public record Difference(double value, double comparator, double absolute, Double relative, String text) {}
