/**
 * Goal seek: Brent's method on one projection driver so that an output (e.g. the 2020/21 health gap) hits a target, with a clear message when no value in range reaches it.
 */
package org.stptoolkit.finance.goalseek;
