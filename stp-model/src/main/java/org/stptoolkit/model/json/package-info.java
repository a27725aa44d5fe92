/**
 * JSON reading and writing of footprints with Jackson, checked against the published JSON Schema
 * (resources {@code org/stptoolkit/model/schema/}); problems become findings that name the JSON path.
 */
package org.stptoolkit.model.json;
