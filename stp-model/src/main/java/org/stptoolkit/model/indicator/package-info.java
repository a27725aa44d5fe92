/**
 * Health and quality indicators as a footprint carries them: definitions (value type, multiplier,
 * polarity, standard) and values for areas and benchmarks. The methods that compute and compare them
 * live in stp-metrics.
 */
package org.stptoolkit.model.indicator;
