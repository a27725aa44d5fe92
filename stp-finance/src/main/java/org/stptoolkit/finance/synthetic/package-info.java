/**
 * Synthetic footprints for tests, benchmarks and national runs: deterministic for a seed, valid by construction.
 */
package org.stptoolkit.finance.synthetic;
