/**
 * The built-in indicator catalogue: the NHS constitutional standards and the indicators the seed
 * plans quote, as typed constants in {@link org.stptoolkit.metrics.catalogue.Indicators}.
 */
package org.stptoolkit.metrics.catalogue;
