/**
 * The PDF summary pack: what an analyst hands to a board.
 *
 * <p>Three layers, each small:
 * <ul>
 *   <li><b>The view</b> ({@link org.stptoolkit.reports.pdf.PackContent},
 *       {@link org.stptoolkit.reports.pdf.NationalPack} and the records they hold): labelled rows of
 *       figures by year, exactly as they will be printed. The view holds numbers that came from the
 *       model, the stp-finance result and the stp-metrics summary; the pack computes nothing.</li>
 *   <li><b>The adapters</b> ({@link org.stptoolkit.reports.pdf.PackContents} for a footprint,
 *       {@link org.stptoolkit.reports.pdf.MonteCarloFan} for a Monte Carlo run,
 *       {@link org.stptoolkit.reports.pdf.NationalPacks} for a national run): read the engine's
 *       results, the aggregation, the stp-metrics summary and the findings into the view, taking words
 *       (names, descriptions) from the footprint. Thin by design: they select, label and format; they
 *       add up nothing.</li>
 *   <li><b>The renderer</b> behind the {@link org.stptoolkit.reports.pdf.PdfPack} interface. The only
 *       implementation uses OpenPDF 2.0.x (the last line that runs on Java 17); no OpenPDF type
 *       appears in a public signature, so the library can be replaced without touching callers.</li>
 * </ul>
 *
 * <p>Output is byte-deterministic: fixed document dates ({@link org.stptoolkit.reports.pdf.PackSettings}),
 * a file identifier derived from the content, font subset tags derived from the font name rather than
 * a random number, flat colours and no timestamps. The same content gives the same bytes on every run.
 */
package org.stptoolkit.reports.pdf;
