package org.stptoolkit.metrics.fingertips;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 record reader: fields separated by commas, optionally enclosed in double quotes, a quote
 * inside a quoted field written twice, records ended by CRLF, LF or CR, quoted fields may span lines. A
 * leading UTF-8 byte order mark is dropped. Limits guard against runaway input: a record longer than
 * {@code maxRecordChars} characters or with more than {@code maxFields} fields stops the read.
 */
final class CsvRecordReader {
  /** One record and the physical line it starts on (1-based). */
  record CsvRecord(int line, List<String> fields) {}

  /** A problem that stops or spoils a record. */
  static final class CsvProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final String rule;
    final String expected;
    final String found;
    final boolean fatal;

    CsvProblem(int line, String rule, String expected, String found, boolean fatal) {
      super(rule + " at line " + line);
      this.line = line;
      this.rule = rule;
      this.expected = expected;
      this.found = found;
      this.fatal = fatal;
    }
  }

  private final Reader in;
  private final int maxRecordChars;
  private final int maxFields;
  private int line = 1;
  private int pushback = -2;
  private boolean started;

  CsvRecordReader(Reader in, int maxRecordChars, int maxFields) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
    this.maxFields = maxFields;
  }

  private int read() throws IOException {
    if (pushback != -2) {
      int c = pushback;
      pushback = -2;
      return c;
    }
    int c = in.read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = in.read();
      }
    }
    return c;
  }

  /**
   * The next record, or {@code null} at end of input. A malformed record throws a non-fatal problem after
   * the rest of its line has been skipped, so reading can continue.
   */
  CsvRecord next() throws IOException, CsvProblem {
    int c = read();
    if (c == -1) {
      return null;
    }
    pushback = c;
    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int chars = 0;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      c = read();
      if (c != -1 && ++chars > maxRecordChars) {
        throw new CsvProblem(startLine, "FINGERTIPS_RECORD_TOO_LONG",
            "a record of at most " + maxRecordChars + " characters", "a longer record", true);
      }
      if (quoted) {
        if (c == -1) {
          throw new CsvProblem(startLine, "FINGERTIPS_UNTERMINATED_QUOTE",
              "a closing double quote for the field opened on line " + startLine, "end of file", true);
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
            pushback = d;
          }
        } else {
          if (c == '\n') {
            line++;
          } else if (c == '\r') {
            int d = read();
            if (d != '\n') {
              pushback = d;
            }
            field.append('\r');
            c = '\n';
            line++;
          }
          field.append((char) c);
        }
        continue;
      }
      if (c == ',' ) {
        fields.add(field.toString());
        if (fields.size() >= maxFields) {
          throw new CsvProblem(startLine, "FINGERTIPS_TOO_MANY_COLUMNS", "at most " + maxFields + " columns",
              "more", true);
        }
        field.setLength(0);
        afterQuote = false;
        fieldStart = true;
        continue;
      }
      if (c == -1 || c == '\n' || c == '\r') {
        if (c == '\r') {
          int d = read();
          if (d != '\n') {
            pushback = d;
          }
        }
        if (c != -1) {
          line++;
        }
        fields.add(field.toString());
        return new CsvRecord(startLine, fields);
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        continue;
      }
      if (afterQuote || c == '"') {
        int badLine = line;
        skipRestOfLine();
        if (afterQuote && badLine != startLine) {
          // the quote that opened the field was never closed on its own line: name where it opened
          throw new CsvProblem(startLine, "FINGERTIPS_QUOTE", "a closing double quote for the field opened on line "
              + startLine, "a quoted field in column " + (fields.size() + 1) + " that runs on to line " + badLine
              + " (an unbalanced quote?)", false);
        }
        throw new CsvProblem(badLine, "FINGERTIPS_QUOTE", "a double quote only around a whole field (\"\" inside it)",
            afterQuote ? "text after a closing quote in column " + (fields.size() + 1)
                : "a quote inside unquoted column " + (fields.size() + 1), false);
      }
      fieldStart = false;
      field.append((char) c);
    }
  }

  private void skipRestOfLine() throws IOException {
    while (true) {
      int c = read();
      if (c == -1) {
        return;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r') {
          int d = read();
          if (d != '\n') {
            pushback = d;
          }
        }
        line++;
        return;
      }
    }
  }
}
