/**
 * The base value types every part of a footprint is made of: financial years and the plan period,
 * by-year series of amounts (£'000) and rates (decimal fractions, 0.02 = 2%), organisation types, the
 * provenance of a figure and the rounding policy for printed money.
 *
 * <p>Every type here is immutable and validated in its constructor. This package depends on nothing
 * else in the toolkit, so every other package can use it without a cycle.
 */
package org.stptoolkit.model.basics;
