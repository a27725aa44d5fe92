/**
 * The result as JSON (result.schema.json): the only place the finance engine meets Jackson.
 */
package org.stptoolkit.finance.json;
