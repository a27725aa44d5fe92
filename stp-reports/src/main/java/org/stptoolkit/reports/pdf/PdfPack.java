package org.stptoolkit.reports.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.stptoolkit.model.io.AtomicFile;

/**
 * Renders summary packs to PDF. The one seam between the toolkit and its PDF library: callers see
 * only the view records and bytes.
 *
 * <pre>{@code
 * FootprintResult result = StpEngine.DEFAULT.run(footprint);
 * PackContent content = PackContents.of(result, footprint, findings);
 * PdfPack.openPdf().writeFootprint(Path.of("out/pack.pdf"), true, content);
 * }</pre>
 *
 * <p>Implementations are stateless and thread-safe, and byte-deterministic: the same content and
 * settings give the same bytes.
 */
public interface PdfPack {

  /**
   * One footprint's pack.
   *
   * @param content what to print
   * @return the PDF
   */
  byte[] footprint(PackContent content);

  /**
   * A national pack: England, one page per region, then each footprint.
   *
   * @param content what to print
   * @return the PDF
   */
  byte[] national(NationalPack content);

  /**
   * Writes one footprint's pack atomically (temporary file, then move).
   *
   * @param target the file
   * @param replace whether an existing file may be replaced
   * @param content what to print
   * @throws IOException when writing fails; the target is then unchanged
   */
  default void writeFootprint(Path target, boolean replace, PackContent content) throws IOException {
    byte[] bytes = footprint(content);
    AtomicFile.write(target, replace, bytes);
  }

  /**
   * Writes a national pack atomically.
   *
   * @param target the file
   * @param replace whether an existing file may be replaced
   * @param content what to print
   * @throws IOException when writing fails; the target is then unchanged
   */
  default void writeNational(Path target, boolean replace, NationalPack content) throws IOException {
    byte[] bytes = national(content);
    AtomicFile.write(target, replace, bytes);
  }

  /**
   * The OpenPDF renderer with the default (fixed) settings.
   *
   * @return the renderer
   */
  static PdfPack openPdf() {
    return openPdf(PackSettings.DEFAULT);
  }

  /**
   * The OpenPDF renderer.
   *
   * @param settings document settings
   * @return the renderer
   */
  static PdfPack openPdf(PackSettings settings) {
    return new OpenPdfPack(settings);
  }
}
