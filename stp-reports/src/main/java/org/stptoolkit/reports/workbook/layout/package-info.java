/**
 * The template as data: sheets, their input tables and columns, described once and used by both the
 * writer and the reader. Nothing here touches POI.
 */
package org.stptoolkit.reports.workbook.layout;
