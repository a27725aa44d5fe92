/**
 * Risk: the bridge adjusted for solution maturity with configurable realisation factors, and the
 * money and Monte Carlo spread each key risk of the plan's register threatens.
 */
package org.stptoolkit.finance.risk;
