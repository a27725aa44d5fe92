package org.stptoolkit.reports.internal.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an .xlsx (a zip) so the same content always gives the same bytes: POI stamps every zip entry
 * with the current time, so the entries are copied in a stable order ({@code [Content_Types].xml} first,
 * then by name) with one fixed local time and a fixed compression level.
 */
public final class DeterministicZip {

  /** The fixed entry time: the final STP submission date, 21 October 2016. */
  public static final LocalDateTime FIXED_TIME = LocalDateTime.of(2016, 10, 21, 0, 0);

  private DeterministicZip() {}

  /**
   * The normalised bytes of {@code document}: those of {@code normalise(document written as POI writes it)}.
   * A workbook the toolkit made in memory is written without POI's package writer where {@link PackageText}
   * knows its package to the byte (POI builds the package's own parts as DOM documents and saves them with
   * the JDK's XML transformer: a tenth of a cold {@code stp template}'s main thread); any other document, as
   * {@link #ofPoi}.
   *
   * <p>The toolkit does not close a workbook it made in memory once it has its bytes, and need not: such a
   * workbook holds nothing but memory, and POI's {@code close()} of it saves its whole package once more,
   * compressed, into a stream nobody reads ({@code OPCPackage.close} of a package made for an output stream):
   * 0.12 CPU-s of a cold {@code stp template}, 0.7 CPU-s of {@code national} (its 44 templates and aggregate).
   *
   * @param document the workbook (or other OOXML document) to write
   * @return its normalised bytes
   * @throws IOException when POI cannot write it
   */
  public static byte[] of(org.apache.poi.ooxml.POIXMLDocument document) throws IOException {
    Map<String, byte[]> entries = PackageText.entries(document);
    return entries != null ? zip(entries) : ofPoi(document);
  }

  /**
   * The normalised bytes of {@code document} as POI's package writer writes it (for the tests that hold
   * {@link #of} to it). POI is handed a zip stream that stores its parts without compressing them (they are
   * compressed once, by {@link #normalise}, instead of by POI and then again).
   *
   * @param document the workbook (or other OOXML document) to write
   * @return its normalised bytes
   * @throws IOException when POI cannot write it
   */
  public static byte[] ofPoi(org.apache.poi.ooxml.POIXMLDocument document) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream(1 << 20);
    try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip =
        new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bos)) {
      zip.setLevel(Deflater.NO_COMPRESSION);
      document.write(zip); // POI's package writer uses a zip stream it is given as it is
    }
    return normalise(bos.toByteArray());
  }

  /**
   * The normalised bytes of {@code xlsx}.
   *
   * @param xlsx the workbook's bytes as POI wrote them
   * @return the normalised bytes of {@code xlsx}
   */
  public static byte[] normalise(byte[] xlsx) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip(entries);
  }

  /** The entries zipped in the stable order, with the fixed time and compression level. */
  private static byte[] zip(Map<String, byte[]> entries) {
    List<String> names = new ArrayList<>(entries.keySet());
    names.sort((a, b) -> {
      boolean ca = a.equals("[Content_Types].xml");
      boolean cb = b.equals("[Content_Types].xml");
      return ca == cb ? a.compareTo(b) : ca ? -1 : 1;
    });
    int size = 0;
    for (byte[] b : entries.values()) {
      size += b.length;
    }
    ByteArrayOutputStream bos = new ByteArrayOutputStream(size / 4 + 1024);
    try (ZipOutputStream out = new ZipOutputStream(bos)) {
      out.setLevel(Deflater.DEFAULT_COMPRESSION);
      for (String name : names) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        out.putNextEntry(e);
        out.write(entries.get(name));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bos.toByteArray();
  }
}
