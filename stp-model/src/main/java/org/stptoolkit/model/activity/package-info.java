/** Activity, workforce and bed baselines, which grow with the same drivers as the money. */
package org.stptoolkit.model.activity;
