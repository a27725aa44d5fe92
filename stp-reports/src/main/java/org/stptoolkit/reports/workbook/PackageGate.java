package org.stptoolkit.reports.workbook;

import static org.stptoolkit.reports.internal.workbook.ImportRules.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Inspects an untrusted workbook's bytes in one streaming pass before POI opens it, with memory bounded
 * by a small buffer: the zip must be complete and well formed, with no duplicate entries and not too
 * many; no entry may inflate beyond the size cap or the ratio limit (zip bombs stop after at most
 * {@link ImportLimits#maxEntryBytes()} bytes); no XML part may declare a DOCTYPE or ENTITY (XXE); no
 * macros; no sheet with more rows than the limit (counted from its {@code <row} elements; its
 * {@code <dimension ref>} is not counted, as LibreOffice and Excel may declare a dimension to row
 * 1,048,576 for a sheet of a few rows). External links are reported and left unread.
 *
 * <p>POI's own defences stay on behind this gate: its zip-bomb limits
 * ({@code ZipSecureFile}) and its hardened XML parsers, which refuse document type declarations.
 */
public final class PackageGate {

  private static final long GRACE_BYTES = 1L << 20;
  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ROW = "<row".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PREFIXED_ROW = ":row".getBytes(StandardCharsets.US_ASCII);

  private PackageGate() {}

  /**
   * The findings for {@code bytes}; empty when the package may be opened.
   *
   * @param file the file name for the findings
   * @param bytes the whole file
   * @param limits the bounds
   * @return the findings for {@code bytes}; empty when the package may be opened
   */
  public static List<ValidationFinding> inspect(String file, byte[] bytes, ImportLimits limits) {
    List<ValidationFinding> out = new ArrayList<>();
    if (bytes.length > limits.maxFileBytes()) {
      out.add(error(FILE_TOO_LARGE, file, "", "a file of at most " + limits.maxFileBytes() + " bytes",
          bytes.length + " bytes"));
      return out;
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      out.add(error(NOT_A_WORKBOOK, file, "", "an .xlsx workbook (a zip package)",
          bytes.length == 0 ? "an empty file" : "a file that is not a zip package"));
      return out;
    }
    Set<String> names = new HashSet<>();
    long total = 0;
    int entries = 0;
    boolean sawContentTypes = false;
    byte[] buf = new byte[64 * 1024];
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        String name = e.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (++entries > limits.maxEntries()) {
          out.add(error(TOO_MANY_ENTRIES, file, "", "at most " + limits.maxEntries() + " zip entries", "more"));
          return out;
        }
        if (!names.add(lower)) {
          out.add(error(DUPLICATE_ENTRY, file, name, "each zip entry once", "a second entry named " + name));
          return out;
        }
        if (lower.contains("vbaproject") || lower.endsWith(".bin") && lower.startsWith("xl/") && !lower.startsWith("xl/printersettings")) {
          out.add(error(MACROS, file, name, "a workbook without macros (.xlsx)", "a macro part " + name));
          return out;
        }
        if (lower.startsWith("xl/externallinks/")) {
          out.add(ValidationFinding.warning(EXTERNAL_LINK, new Location(file, name),
              "no links to other workbooks", "an external link (ignored)"));
        }
        long declared = e.getSize();
        long compressed = e.getCompressedSize();
        if (declared > limits.maxEntryBytes() || declared > GRACE_BYTES && compressed > 0
            && declared > compressed * limits.maxInflateRatio()) {
          out.add(error(ZIP_BOMB, file, name, "an entry of at most " + limits.maxEntryBytes()
              + " bytes inflating at most " + (long) limits.maxInflateRatio() + " times", declared + " bytes from "
              + compressed + " compressed"));
          return out;
        }
        boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels");
        boolean sheet = lower.startsWith("xl/worksheets/") && lower.endsWith(".xml");
        Scanner scan = new Scanner(xml, sheet);
        long size = 0;
        for (int n = zin.read(buf); n > 0; n = zin.read(buf)) {
          size += n;
          total += n;
          if (size > limits.maxEntryBytes() || total > limits.maxTotalBytes()) {
            out.add(error(ZIP_BOMB, file, name, "at most " + limits.maxEntryBytes() + " bytes an entry and "
                + limits.maxTotalBytes() + " in all, uncompressed", "more (inflation stopped)"));
            return out;
          }
          scan.feed(buf, n);
          if (scan.doctype) {
            out.add(error(XML_DOCTYPE, file, name, "XML without a document type declaration",
                "a DOCTYPE or ENTITY declaration (external entities are never resolved)"));
            return out;
          }
          long rows = scan.rows;
          if (sheet && rows > limits.maxRowsPerSheet()) {
            out.add(error(TOO_MANY_ROWS, file, name, "at most " + limits.maxRowsPerSheet() + " rows in a sheet",
                "more than " + limits.maxRowsPerSheet() + " rows (refused before loading)"));
            return out;
          }
        }
        long csize = e.getCompressedSize();
        if (size > GRACE_BYTES && csize > 0 && size > csize * limits.maxInflateRatio()) {
          out.add(error(ZIP_BOMB, file, name, "an entry inflating at most " + (long) limits.maxInflateRatio()
              + " times", size + " bytes from " + csize + " compressed"));
          return out;
        }
        if (name.equals("[Content_Types].xml")) {
          sawContentTypes = true;
          if (scan.macroEnabled) {
            out.add(error(MACROS, file, name, "a workbook without macros (.xlsx)", "a macro-enabled (.xlsm) package"));
            return out;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(error(NOT_A_WORKBOOK, file, "", "a complete .xlsx workbook",
          "a damaged or truncated zip package (" + e.getClass().getSimpleName() + ")"));
      return out;
    }
    if (!sawContentTypes) {
      out.add(error(NOT_A_WORKBOOK, file, "", "an .xlsx workbook with [Content_Types].xml",
          entries == 0 ? "an empty or truncated zip package" : "a zip package that is not a workbook"));
    }
    return out;
  }

  private static ValidationFinding error(String rule, String file, String place, String expected, String found) {
    return ValidationFinding.error(rule, new Location(file, place), expected, found);
  }

  /** Streaming byte-pattern scanner over one entry, keeping a small overlap between chunks. */
  private static final class Scanner {
    private final boolean xml;
    private final boolean sheet;
    private byte[] carry = new byte[0];
    private final StringBuilder head = new StringBuilder();
    boolean doctype;
    boolean macroEnabled;
    long rows;

    Scanner(boolean xml, boolean sheet) {
      this.xml = xml;
      this.sheet = sheet;
    }

    void feed(byte[] b, int n) {
      if (!xml) {
        return;
      }
      byte[] data = new byte[carry.length + n];
      System.arraycopy(carry, 0, data, 0, carry.length);
      System.arraycopy(b, 0, data, carry.length, n);
      int start = carry.length;
      if (head.length() < 8192) {
        head.append(new String(data, start, Math.min(n, 8192), StandardCharsets.ISO_8859_1));
        String h = head.toString();
        if (h.contains("macroEnabled") || h.contains("vbaProject")) {
          macroEnabled = true;
        }
      }
      // count matches that end in the new part of the buffer, so an overlap is not counted twice
      for (int i = 0; i < data.length; i++) {
        if (matches(data, i, DOCTYPE) || matches(data, i, ENTITY)) {
          doctype = true;
        }
        if (sheet && (matches(data, i, ROW) || matches(data, i, PREFIXED_ROW)) && i + 4 < data.length
            && i + 4 >= start && !Character.isLetter(data[i + 4])) {
          rows++;
        }
      }
      int keep = Math.min(data.length, 16);
      carry = java.util.Arrays.copyOfRange(data, data.length - keep, data.length);
    }

    private static boolean matches(byte[] d, int i, byte[] p) {
      if (i + p.length > d.length) {
        return false;
      }
      for (int k = 0; k < p.length; k++) {
        byte c = d[i + k];
        byte q = p[k];
        if (c != q && !(q >= 'A' && q <= 'Z' && c == q + 32)) {
          return false;
        }
      }
      return true;
    }
  }
}
