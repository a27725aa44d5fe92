package org.stptoolkit.metrics.fingertips;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Reads and writes Fingertips' CSV export (UTF-8, with or without a byte order mark; RFC 4180 quoting).
 *
 * <p>Reading checks the header (26 columns, or 27 with "Time period range"), the number of cells in
 * every row, and that the numeric columns (Value, the four limits, Count, Denominator) hold a number or
 * nothing. Each problem is an ERROR {@link ValidationFinding} naming the file, the line and the column
 * with what was expected and what was found; a row with the wrong number of cells is skipped, a bad
 * number is read as missing. The read fails (no table) when the header is wrong, the file is not UTF-8,
 * or a limit is passed: a record longer than {@link #MAX_RECORD_CHARS} characters, more than
 * {@link #MAX_COLUMNS} columns, or more than {@link #MAX_ROWS} rows.
 *
 * <p>Writing puts the columns back in the same order, numbers as plain decimals with no exponent and no
 * grouping (whatever the locale), missing numbers as empty strings, quoting a field only when it holds a
 * comma, a quote, CR or LF. Lines end with CRLF, as RFC 4180 says; no byte order mark.
 */
public final class FingertipsCsv {
  /** Longest record accepted, in characters. */
  public static final int MAX_RECORD_CHARS = 65_536;
  /** Most columns accepted in a record. */
  public static final int MAX_COLUMNS = 64;
  /** Most data rows accepted. */
  public static final int MAX_ROWS = 5_000_000;

  private FingertipsCsv() {}

  /** Reads a file; the file name appears in every finding. */
  public static Parsed<FingertipsTable> read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
      return read(reader, name);
    } catch (CharacterCodingException e) {
      return Parsed.failed(List.of(ValidationFinding.error("FINGERTIPS_ENCODING", new Location(name, ""),
          "UTF-8 text", "bytes that are not UTF-8")));
    } catch (IOException e) {
      return Parsed.failed(List.of(ValidationFinding.error("FINGERTIPS_IO", new Location(name, ""),
          "a readable file", e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }

  /** Reads CSV text held in memory. */
  public static Parsed<FingertipsTable> parse(String text, String fileName) {
    try {
      return read(new StringReader(text), fileName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads from a reader.
   *
   * @param reader the text
   * @param fileName the name to put in findings
   * @return the table and findings, or the findings alone when the table could not be read
   * @throws IOException when the reader fails (a malformed UTF-8 byte sequence included)
   */
  public static Parsed<FingertipsTable> read(Reader reader, String fileName) throws IOException {
    CsvRecordReader csv = new CsvRecordReader(reader, MAX_RECORD_CHARS, MAX_COLUMNS);
    List<ValidationFinding> findings = new ArrayList<>();
    CsvRecordReader.CsvRecord header;
    try {
      header = csv.next();
    } catch (CsvRecordReader.CsvProblem p) {
      return Parsed.failed(List.of(problem(p, fileName)));
    }
    if (header == null) {
      return Parsed.failed(List.of(ValidationFinding.error("FINGERTIPS_EMPTY", new Location(fileName, "line 1"),
          "a header row of 26 or 27 columns", "an empty file")));
    }
    List<String> h = header.fields();
    if (h.size() != 26 && h.size() != 27) {
      return Parsed.failed(List.of(ValidationFinding.error("FINGERTIPS_HEADER", new Location(fileName, "line 1"),
          "26 columns (27 with 'Time period range')", h.size() + " columns")));
    }
    String parentHeader = h.get(FingertipsColumns.PARENT_COMPARISON_INDEX).strip();
    for (int i = 0; i < h.size(); i++) {
      String found = h.get(i).strip();
      boolean ok = i == FingertipsColumns.PARENT_COMPARISON_INDEX
          ? FingertipsColumns.PARENT_COMPARISON.matcher(found).matches()
          : found.equals(FingertipsColumns.header(i, parentHeader));
      if (!ok) {
        findings.add(ValidationFinding.error("FINGERTIPS_HEADER",
            new Location(fileName, "line 1, column " + (i + 1)),
            i == FingertipsColumns.PARENT_COMPARISON_INDEX ? "'Compared to <parent area type> value or percentiles'"
                : "'" + FingertipsColumns.header(i, parentHeader) + "'", "'" + found + "'"));
      }
    }
    if (!findings.isEmpty()) {
      return Parsed.failed(findings);
    }
    int columns = h.size();
    List<FingertipsRow> rows = new ArrayList<>();
    while (true) {
      CsvRecordReader.CsvRecord rec;
      try {
        rec = csv.next();
      } catch (CsvRecordReader.CsvProblem p) {
        findings.add(problem(p, fileName));
        if (p.fatal) {
          return Parsed.failed(findings);
        }
        continue;
      }
      if (rec == null) {
        break;
      }
      List<String> cells = rec.fields();
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() != columns) {
        findings.add(ValidationFinding.error("FINGERTIPS_COLUMN_COUNT", new Location(fileName, "line " + rec.line()),
            columns + " columns, as in the header", cells.size() + " columns"));
        continue;
      }
      if (rows.size() >= MAX_ROWS) {
        findings.add(ValidationFinding.error("FINGERTIPS_TOO_MANY_ROWS", new Location(fileName, "line " + rec.line()),
            "at most " + MAX_ROWS + " rows", "more"));
        return Parsed.failed(findings);
      }
      Double[] numbers = new Double[columns];
      for (int i : FingertipsColumns.NUMERIC) {
        numbers[i] = number(cells.get(i), fileName, rec.line(), i, parentHeader, findings);
      }
      rows.add(FingertipsRow.fromCells(cells, numbers));
    }
    return Parsed.of(new FingertipsTable(parentHeader, columns == 27, rows), Findings.of(findings));
  }

  private static Double number(String cell, String file, int line, int column, String parentHeader,
      List<ValidationFinding> findings) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return null;
    }
    boolean plain = s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    if (plain) {
      double d = Double.parseDouble(s);
      if (Double.isFinite(d)) {
        return d;
      }
    }
    findings.add(ValidationFinding.error("FINGERTIPS_NUMBER",
        new Location(file, "line " + line + ", column " + (column + 1) + " '" + FingertipsColumns.header(column, parentHeader) + "'"),
        "a number or an empty string", "'" + cell + "'"));
    return null;
  }

  private static ValidationFinding problem(CsvRecordReader.CsvProblem p, String file) {
    return ValidationFinding.error(p.rule, new Location(file, "line " + p.line), p.expected, p.found);
  }

  /** Writes a table to a file in UTF-8. */
  public static void write(Path file, FingertipsTable table) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w, table);
    }
  }

  /** Writes a table to a writer. */
  public static void write(Writer out, FingertipsTable table) throws IOException {
    int columns = table.columnCount();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      header.add(FingertipsColumns.header(i, table.parentComparisonHeader()));
    }
    writeRecord(out, header);
    for (FingertipsRow row : table.rows()) {
      writeRecord(out, row.cells(table.hasTimePeriodRange()));
    }
    out.flush();
  }

  /** The table as CSV text. */
  public static String toCsv(FingertipsTable table) {
    StringWriter w = new StringWriter();
    try {
      write(w, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void writeRecord(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** A field quoted as RFC 4180 requires: only when it holds a comma, a quote, CR or LF. */
  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
