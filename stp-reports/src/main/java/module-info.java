/**
 * What the analyst sees: the Excel submission template (writer, reader, collector, aggregate workbook),
 * the PDF pack and its charts, and the {@code stp} command line.
 *
 * <p>Exported: the workbook API, its layout, the PDF pack and the charts. Not exported: the POI helpers in
 * {@code org.stptoolkit.reports.internal.workbook} and the command line ({@code org.stptoolkit.reports.cli},
 * opened to picocli, which sets its options by reflection; picocli is needed only when the command line
 * runs, so it is a static requirement of the library).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // OpenPDF and its fonts jar have no module descriptor
module org.stptoolkit.reports {
  requires transitive org.stptoolkit.finance;
  requires transitive org.stptoolkit.metrics;
  requires transitive org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires org.apache.xmlbeans;
  requires org.apache.commons.compress; // the zip stream POI writes workbooks into
  requires org.apache.poi.ooxml.schemas;
  requires transitive com.github.librepdf.openpdf;
  requires com.github.librepdf.pdfFontsExtra;
  requires transitive java.desktop; // java.awt.Color is part of the chart API
  requires java.xml;
  requires static info.picocli;

  exports org.stptoolkit.reports.workbook;
  exports org.stptoolkit.reports.workbook.layout;
  exports org.stptoolkit.reports.pdf;
  exports org.stptoolkit.reports.chart;

  opens org.stptoolkit.reports.cli to info.picocli;
}
