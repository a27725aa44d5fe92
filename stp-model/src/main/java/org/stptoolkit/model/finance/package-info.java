/**
 * The money side of a footprint as submitted: the 2015/16-style baseline and its normalisation,
 * projection drivers, cost pools, local pressures, the published do-nothing trajectory, funding,
 * transformation costs, capital and control totals. All amounts in £'000; rates as decimal fractions.
 */
package org.stptoolkit.model.finance;
