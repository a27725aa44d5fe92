/**
 * The drivers-based do-nothing projection: the footprint resolved once into primitive arrays ({@link org.stptoolkit.finance.internal.ResolvedFootprint}), allocation-free projection kernels ({@link org.stptoolkit.finance.internal.DoNothingProjection}) and activity, beds and workforce. £'000 and decimal-fraction rates.
 */
package org.stptoolkit.finance.projection;
