/**
 * The engine's internals: the footprint resolved once into primitive arrays, the allocation-free
 * projection, solution, sensitivity and bridge kernels (indexed by int measure and pool codes).
 * Not part of the API: {@link org.stptoolkit.finance.StpEngine} is the entry point, and the module exports
 * this package only to the toolkit's own modules (reports, benchmarks).
 */
package org.stptoolkit.finance.internal;
