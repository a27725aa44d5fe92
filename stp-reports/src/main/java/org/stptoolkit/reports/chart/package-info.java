/**
 * Vector charts for the PDF pack: a horizontal waterfall (the bridge), grouped bars (do-nothing vs
 * do-something by year), a tornado (sensitivities), a fan chart (Monte Carlo percentiles) and a
 * Fingertips-style benchmark spine (one indicator against England and its standard).
 *
 * <p>Charts draw on a {@link org.stptoolkit.reports.chart.Canvas}, a five-method drawing surface, so
 * their geometry does not depend on the PDF library (the OpenPDF implementation lives in
 * {@code org.stptoolkit.reports.pdf}). Colours are flat ({@link org.stptoolkit.reports.chart.Palette}):
 * no gradients and no transparency, which keeps the output byte-deterministic and prints well in grey.
 * Charts compute no figures: they place the numbers they are handed.
 */
package org.stptoolkit.reports.chart;
