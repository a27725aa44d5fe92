/**
 * What the money does: the stateless {@link org.stptoolkit.finance.StpEngine} (footprint in, immutable {@link org.stptoolkit.finance.FootprintResult} out) and {@link org.stptoolkit.finance.basics.ByYear}, the immutable by-year series. All money in £'000.
 */
package org.stptoolkit.finance;
