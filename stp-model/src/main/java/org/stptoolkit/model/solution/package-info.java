/**
 * Solutions: the schemes that close the finance gap, each with its template number, category,
 * maturity, the cost pools it acts on, and either phased amounts or a rule the engine computes.
 * Savings are positive, additional costs negative, in £'000.
 */
package org.stptoolkit.model.solution;
