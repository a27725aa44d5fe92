/**
 * Sensitivities as overlays on the do-nothing, each reported as its own impact by year (£'000, saving positive), singly, combined and in tornado order.
 */
package org.stptoolkit.finance.sensitivity;
