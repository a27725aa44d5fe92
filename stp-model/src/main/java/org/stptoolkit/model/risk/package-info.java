/**
 * The plan's key risk register: each risk with its mitigating actions, external dependencies, an
 * optional owner, an optional likelihood and impact on the stated 1&ndash;5 scale, and the solutions and
 * projection drivers it threatens.
 */
package org.stptoolkit.model.risk;
