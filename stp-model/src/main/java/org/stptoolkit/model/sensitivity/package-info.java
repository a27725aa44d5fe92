/**
 * Sensitivities: overlays on the do-nothing that show risks beyond the system's control, each reported
 * as its own impact by year (£'000, a saving positive, an additional cost negative).
 */
package org.stptoolkit.model.sensitivity;
