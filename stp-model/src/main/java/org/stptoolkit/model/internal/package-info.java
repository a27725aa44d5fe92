/**
 * The toolkit's own argument checkers, shared by the model's records. Not part of the API: the module
 * exports this package only to the toolkit's other modules.
 */
package org.stptoolkit.model.internal;
