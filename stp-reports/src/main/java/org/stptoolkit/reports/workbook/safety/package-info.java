/**
 * Checks an untrusted workbook's bytes before POI opens it: size cap, zip structure (truncation,
 * duplicate entries, entry count), zip bombs (entry size and inflation ratio), XML document type
 * declarations (XXE), macros, external links and sheets with too many rows, all in one streaming pass
 * with bounded memory.
 */
package org.stptoolkit.reports.workbook.safety;
