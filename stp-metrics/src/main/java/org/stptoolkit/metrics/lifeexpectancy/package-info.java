/**
 * Life expectancy from an abridged life table (Chiang II, 20 age bands: &lt;1, 1–4, 5–9, …, 85–89, 90+)
 * with confidence intervals whose variance includes Silcocks' term for the last, open band, and the
 * suppression rules of PHE's Life Expectancy Calculator and PHEindicatormethods'
 * {@code phe_life_expectancy}.
 */
package org.stptoolkit.metrics.lifeexpectancy;
