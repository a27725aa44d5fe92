package org.stptoolkit.metrics.fingertips;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * One streaming pass over a CSV file's bytes that decides how to decode it, before any of it is read as
 * text, so that no character is ever silently replaced.
 *
 * <ul>
 *   <li>Valid UTF-8 (a byte order mark allowed): read as UTF-8.</li>
 *   <li>Not UTF-8, and every byte defined in Windows-1252 (what Excel's "CSV (Comma delimited)" writes on
 *       Windows): read as Windows-1252, with an INFO finding naming the first line that is not UTF-8.</li>
 *   <li>Refused with an ERROR naming the line: UTF-16 (byte order mark FF FE or FE FF), a NUL byte, a
 *       byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), or a mix of UTF-8 multi-byte
 *       characters and bytes that are not UTF-8 (no single decoding is right for the whole file).</li>
 * </ul>
 *
 * <p>Lines are counted as the record reader counts them: CRLF, LF or a lone CR ends a line.
 */
final class EncodingScan {

  /** Windows-1252, which every Java runtime ships. */
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private int line = 1;
  private boolean previousCr;
  private boolean utf16;
  private int nulLine;
  private int firstMultibyteLine;
  private int firstNonUtf8Line;
  private int firstNonUtf8Byte;
  private int undefinedLine;
  private int undefinedByte;

  private EncodingScan() {}

  /** Scans the stream to its end (the caller closes it). */
  static EncodingScan of(InputStream raw) throws IOException {
    EncodingScan s = new EncodingScan();
    PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(raw, 1 << 16), 4);
    int b0 = in.read();
    int b1 = in.read();
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
      s.utf16 = true;
      return s;
    }
    if (b1 >= 0) {
      in.unread(b1);
    }
    if (b0 >= 0) {
      in.unread(b0);
    }
    int[] got = new int[3];
    int b;
    while ((b = in.read()) >= 0) {
      s.countLine(b);
      if (b == 0 && s.nulLine == 0) {
        s.nulLine = s.line;
      }
      if (b < 0x80) {
        continue;
      }
      if ((b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) && s.undefinedLine == 0) {
        s.undefinedLine = s.line;
        s.undefinedByte = b;
      }
      int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
      boolean ok = need > 0;
      int n = 0;
      for (int k = 0; ok && k < need; k++) {
        int c = in.read();
        if (c < 0) {
          ok = false;
          break;
        }
        got[n++] = c;
        ok = c >= 0x80 && c <= 0xBF && (k > 0 || secondByteOk(b, c));
      }
      if (ok) {
        if (s.firstMultibyteLine == 0) {
          s.firstMultibyteLine = s.line;
        }
        continue;
      }
      // not a UTF-8 sequence: give back what was read ahead, it is scanned on its own
      for (int j = n - 1; j >= 0; j--) {
        in.unread(got[j]);
      }
      if (s.firstNonUtf8Line == 0) {
        s.firstNonUtf8Line = s.line;
        s.firstNonUtf8Byte = b;
      }
    }
    return s;
  }

  private static boolean secondByteOk(int lead, int c) {
    return switch (lead) {
      case 0xE0 -> c >= 0xA0;
      case 0xED -> c <= 0x9F;
      case 0xF0 -> c >= 0x90;
      case 0xF4 -> c <= 0x8F;
      default -> true;
    };
  }

  private void countLine(int b) {
    if (b == '\n') {
      if (!previousCr) {
        line++;
      }
    } else if (b == '\r') {
      line++;
    }
    previousCr = b == '\r';
  }

  /** True when the whole file is UTF-8. */
  boolean isUtf8() {
    return firstNonUtf8Line == 0;
  }

  /** ERROR findings when the file cannot be decoded with confidence; empty when it can. */
  List<ValidationFinding> refusal(String file) {
    if (utf16) {
      return List.of(ValidationFinding.error(FingertipsCsv.ENCODING, new Location(file, "line 1"),
          "UTF-8 or Windows-1252 text", "UTF-16 text (save it from Excel as \"CSV UTF-8\")"));
    }
    if (nulLine > 0) {
      return List.of(ValidationFinding.error(FingertipsCsv.ENCODING, new Location(file, "line " + nulLine),
          "text", "a NUL byte (a binary or UTF-16 file?)"));
    }
    if (isUtf8()) {
      return List.of();
    }
    if (undefinedLine > 0) {
      return List.of(ValidationFinding.error(FingertipsCsv.ENCODING, new Location(file, "line " + undefinedLine),
          "UTF-8 or Windows-1252 text", hex(undefinedByte) + ", which is neither UTF-8 nor Windows-1252"));
    }
    if (firstMultibyteLine > 0) {
      return List.of(ValidationFinding.error(FingertipsCsv.ENCODING, new Location(file, "line " + firstNonUtf8Line),
          "one encoding throughout", hex(firstNonUtf8Byte) + ", which is not UTF-8, in a file with UTF-8"
              + " characters (first on line " + firstMultibyteLine + "): mixed encodings"));
    }
    return List.of();
  }

  /** The INFO finding that says a file was read as Windows-1252. */
  ValidationFinding windows1252Notice(String file) {
    return ValidationFinding.info(FingertipsCsv.ENCODING, new Location(file, "line " + firstNonUtf8Line),
        "UTF-8 text", hex(firstNonUtf8Byte) + ", which is not UTF-8: the file was read as Windows-1252"
            + " (as Excel saves CSV on Windows)");
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "the byte 0x%02X", b);
  }
}
