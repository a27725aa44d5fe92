/**
 * Indicators derived from others and the sentences analysts write about differences: % of life in good
 * health (healthy life expectancy ÷ life expectancy), "59% lower than England", "10 fewer per 100,000
 * than peers".
 */
package org.stptoolkit.metrics.derived;
