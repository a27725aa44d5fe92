/**
 * Risk: the bridge adjusted for solution maturity with configurable realisation factors.
 */
package org.stptoolkit.finance.risk;
