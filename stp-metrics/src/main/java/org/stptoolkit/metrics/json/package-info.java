/**
 * The three-gaps summary as JSON, the {@code threeGaps} section of result.schema.json: the only place
 * stp-metrics meets Jackson.
 */
package org.stptoolkit.metrics.json;
