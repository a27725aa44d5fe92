/**
 * A national run as a library call: many footprints read, projected, aggregated to regions and England and
 * put through one Monte Carlo, on an executor the caller owns ({@link org.stptoolkit.finance.national.NationalRunner}).
 */
package org.stptoolkit.finance.national;
