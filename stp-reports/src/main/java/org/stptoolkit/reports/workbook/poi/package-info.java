/**
 * The POI side of the template (internal): named cell styles, the one text neutraliser, the input-sheet
 * writer and reader driven by the layout, the formula workings, and byte-deterministic zip output.
 * Callers use {@link org.stptoolkit.reports.workbook.TemplateWriter} and
 * {@link org.stptoolkit.reports.workbook.TemplateReader} instead.
 */
package org.stptoolkit.reports.workbook.poi;
