/**
 * Validation as data: findings (severity, where, what was expected, what was found) produced by the
 * footprint validator, the JSON reader and the importers, and the rounding policy that separates
 * rounding from a real discrepancy.
 */
package org.stptoolkit.model.validation;
