/**
 * What a footprint is: the core value types of the STP toolkit (financial years, plan periods,
 * regions, organisations, the footprint itself and by-year series of amounts and rates).
 *
 * <p>Every type here is an immutable record validated in its constructor. Money is in £'000 as the
 * seeds print it (names end in {@code GbpK}); rates are decimal fractions (0.02 = 2%).
 */
package org.stptoolkit.model;
