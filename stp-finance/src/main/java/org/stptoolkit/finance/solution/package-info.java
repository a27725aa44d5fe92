/**
 * Solutions: phased amounts or rules computed from the baseline, with double counting removed pool by pool (gross, double count, net in £'000).
 */
package org.stptoolkit.finance.solution;
