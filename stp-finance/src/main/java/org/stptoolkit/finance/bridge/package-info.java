/**
 * The financial bridge: do-something = do-nothing + net solutions + funding applied, per scope (health, each local authority), cumulative figures, transformation costs, capital and control totals. £'000.
 */
package org.stptoolkit.finance.bridge;
