package org.stptoolkit.reports.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Zip-level surgery on workbooks for the hostile corpus and the fuzz test. */
final class Zips {
  private Zips() {}

  /** The entries of a zip, in order. */
  static Map<String, byte[]> entries(byte[] zip) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A zip of the entries, in order, with a fixed time. */
  static byte[] zip(Map<String, byte[]> entries, int level) {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bos)) {
      out.setLevel(level);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry z = new ZipEntry(e.getKey());
        z.setTimeLocal(java.time.LocalDateTime.of(2016, 10, 21, 0, 0));
        out.putNextEntry(z);
        out.write(e.getValue());
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bos.toByteArray();
  }

  /** A zip with default compression. */
  static byte[] zip(Map<String, byte[]> entries) {
    return zip(entries, Deflater.DEFAULT_COMPRESSION);
  }

  /** Replaces every occurrence of {@code from} with {@code to} (same length) in raw bytes. */
  static byte[] patch(byte[] data, String from, String to) {
    byte[] f = from.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] t = to.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    if (f.length != t.length) {
      throw new IllegalArgumentException("same length only");
    }
    byte[] out = data.clone();
    for (int i = 0; i + f.length <= out.length; i++) {
      boolean m = true;
      for (int k = 0; k < f.length && m; k++) {
        m = out[i + k] == f[k];
      }
      if (m) {
        System.arraycopy(t, 0, out, i, t.length);
      }
    }
    return out;
  }

  /** The zip entry name of a sheet, from workbook.xml and its relationships. */
  static String sheetEntry(Map<String, byte[]> entries, String sheetName) {
    String wb = new String(entries.get("xl/workbook.xml"), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<sheet [^>]*name=\"" + java.util.regex.Pattern.quote(sheetName)
        + "\"[^>]*r:id=\"(rId\\d+)\"").matcher(wb);
    if (!m.find()) {
      throw new IllegalArgumentException("no sheet " + sheetName);
    }
    String rels = new String(entries.get("xl/_rels/workbook.xml.rels"), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher r = java.util.regex.Pattern.compile("Id=\"" + m.group(1) + "\"[^>]*Target=\"/?(?:xl/)?([^\"]+)\"|Target=\"/?(?:xl/)?([^\"]+)\"[^>]*Id=\"" + m.group(1) + "\"").matcher(rels);
    if (!r.find()) {
      throw new IllegalArgumentException("no relationship " + m.group(1));
    }
    return "xl/" + (r.group(1) != null ? r.group(1) : r.group(2));
  }
}
