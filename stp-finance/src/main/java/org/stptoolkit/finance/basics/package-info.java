/**
 * The by-plan-year series every finance result is made of ({@link org.stptoolkit.finance.basics.ByYear},
 * £'000). It depends on nothing else in stp-finance, so every result package can use it without a cycle.
 */
package org.stptoolkit.finance.basics;
