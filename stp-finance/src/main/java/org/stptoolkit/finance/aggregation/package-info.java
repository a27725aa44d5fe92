/**
 * Aggregation organisation → local plan → footprint → region → England, where the sum of the parts equals the whole, and the system view that keeps commissioner spend and provider income apart.
 */
package org.stptoolkit.finance.aggregation;
