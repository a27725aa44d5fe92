/**
 * Synthetic national data: footprints shaped like the 44 of 2016 (regions, organisations of every type,
 * base-year finances, drivers, cost pools, solutions of every rule kind, sensitivities, indicators with
 * peers), deterministic for a seed, for national runs, tests and benchmarks.
 *
 * <p>Entry point: {@link org.stptoolkit.model.synthetic.SyntheticNation}. Footprint 10 is the real
 * Staffordshire &amp; Stoke-on-Trent example; every other footprint is named plainly as synthetic
 * ("Synthetic footprint 07 (North)") and its figures are illustrative, not any real plan's. The package
 * produces model objects only; it computes no projection.
 */
package org.stptoolkit.model.synthetic;
