/**
 * Fingertips' CSV export in and out (the 26-column export and the newer 27-column one with "Time period
 * range"), and {@link org.stptoolkit.metrics.fingertips.FingertipsComparison}, which fills the Value and
 * interval columns from Count and Denominator and the comparison columns against England, the parent
 * area and a goal. Problems in the input are {@link org.stptoolkit.model.validation.ValidationFinding}s
 * naming the file, line and column, never exceptions.
 */
package org.stptoolkit.metrics.fingertips;
