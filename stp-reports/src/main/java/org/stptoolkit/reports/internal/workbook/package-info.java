/**
 * Apache POI helpers behind the workbook writer and reader: styles, cell text, input-sheet writing and
 * reading, placements and references, deterministic zip output and the import rules. Not part of the
 * API: the module does not export this package; {@link org.stptoolkit.reports.workbook} is the entry point.
 */
package org.stptoolkit.reports.internal.workbook;
