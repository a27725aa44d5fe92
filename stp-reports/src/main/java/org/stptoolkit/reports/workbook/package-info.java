/**
 * The Excel submission template: {@link org.stptoolkit.reports.workbook.TemplateWriter} turns a footprint
 * (and, when given, the engine's figures) into a workbook with live formulas,
 * {@link org.stptoolkit.reports.workbook.TemplateReader} reads a filled-in workbook back into the model
 * with findings for every problem, and {@link org.stptoolkit.reports.workbook.Collector} imports a folder
 * of them. Both writer and reader work from one description of the layout
 * ({@link org.stptoolkit.reports.workbook.layout.TemplateLayout}), so a template written is a template
 * that reads back equal.
 */
package org.stptoolkit.reports.workbook;
