/**
 * Comparisons of one area's value: against a benchmark value (England, region, any parent, the peer
 * mean) the Fingertips way — Better/Similar/Worse, or Higher/Similar/Lower when the indicator carries no
 * judgement, with the two-level (95% and 99.8%) variant — and against a standard or target
 * (Green/Amber/Red by value and by interval, with the gap in units and in people).
 */
package org.stptoolkit.metrics.comparison;
