/**
 * Monte Carlo over assumptions and solution delivery: seeded, thread-count independent, with streaming percentiles whose memory does not grow with the number of draws.
 */
package org.stptoolkit.finance.montecarlo;
