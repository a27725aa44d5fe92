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
import java.nio.charset.Charset;
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
 * Reads and writes Fingertips' CSV export (RFC 4180 quoting).
 *
 * <p>Reading checks the header (26 columns, or 27 with "Time period range"), the number of cells in
 * every row, that the numeric columns (Value, the four limits, Count, Denominator) hold a number or
 * nothing, that Count and Denominator are not negative and that no lower confidence limit is above its
 * upper limit. Each problem is an ERROR {@link ValidationFinding} naming the file, the line and the
 * column with what was expected and what was found; a row with the wrong number of cells or a NUL
 * character is skipped, a bad number is read as missing. The read fails (no table) when the header is
 * wrong, there are no data rows, the bytes cannot be decoded, or a limit is passed: a record longer than
 * {@link #MAX_RECORD_CHARS} characters, more than {@link #MAX_COLUMNS} columns, or more than
 * {@link #MAX_ROWS} rows.
 *
 * <p>Encodings ({@link #read(Path)}; the other readers take text already decoded). Fingertips exports
 * UTF-8; a file opened and saved in Excel on Windows comes back as Windows-1252. Rather than turn "£" or
 * "é" into replacement characters, the bytes are scanned before they are decoded: UTF-8, with or without
 * a byte order mark, is read as UTF-8; a file that is not UTF-8 but is valid Windows-1252 is read as
 * Windows-1252 with an INFO finding naming the first line that is not UTF-8; UTF-16, NUL bytes, bytes
 * undefined in Windows-1252 and files that mix UTF-8 characters with other bytes are refused with an
 * ERROR naming the line. No character is ever silently replaced.
 *
 * <p>Writing puts the columns back in the same order, numbers as plain decimals with no exponent and no
 * grouping (whatever the locale), missing numbers as empty strings, quoting a field only when it holds a
 * comma, a quote, CR or LF. Text a spreadsheet would run as a formula (starting with {@code = + - @}, tab
 * or CR) is written with a leading apostrophe ({@link #neutralise}), which reading removes again. Lines end with CRLF, as RFC 4180 says; no byte order mark.
 */
public final class FingertipsCsv {
  /** Longest record accepted, in characters. */
  public static final int MAX_RECORD_CHARS = 65_536;
  /** Most columns accepted in a record. */
  public static final int MAX_COLUMNS = 64;
  /** Most data rows accepted. */
  public static final int MAX_ROWS = 5_000_000;

  /** Rule id of encoding findings (Windows-1252 read, or bytes refused). */
  public static final String ENCODING = "FINGERTIPS_ENCODING";
  /** Rule id of a count or denominator below zero. */
  public static final String NEGATIVE = "FINGERTIPS_NEGATIVE_COUNT";
  /** Rule id of a confidence limit pair whose lower limit is above its upper limit. */
  public static final String LIMITS = "FINGERTIPS_LIMITS_REVERSED";
  /** Rule id of a file with a header and no data rows. */
  public static final String NO_ROWS = "FINGERTIPS_NO_ROWS";
  /** Rule id of a NUL character in a cell. */
  public static final String NUL = "FINGERTIPS_NUL";

  private FingertipsCsv() {}

  /**
   * Reads a file; the file name appears in every finding. The bytes are scanned first (see the class
   * comment on encodings): UTF-8 is read as it is, Windows-1252 is read as Windows-1252 with an INFO
   * finding, and anything else is refused with the line of the first byte at fault.
   *
   * @param file the file to read
   * @return the table with its findings
   */
  public static Parsed<FingertipsTable> read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      EncodingScan scan;
      try (InputStream in = Files.newInputStream(file)) {
        scan = EncodingScan.of(in);
      }
      List<ValidationFinding> refused = scan.refusal(name);
      if (!refused.isEmpty()) {
        return Parsed.failed(refused);
      }
      try (InputStream in = Files.newInputStream(file)) {
        Charset charset = scan.isUtf8() ? StandardCharsets.UTF_8 : EncodingScan.WINDOWS_1252;
        Reader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        Parsed<FingertipsTable> parsed = read(reader, name);
        return scan.isUtf8() ? parsed : withFinding(parsed, scan.windows1252Notice(name));
      }
    } catch (CharacterCodingException e) {
      // the scan has ruled this out; kept so that a file changed between the two reads is still refused
      return Parsed.failed(List.of(ValidationFinding.error(ENCODING, new Location(name, ""),
          "UTF-8 or Windows-1252 text", "bytes that are neither")));
    } catch (IOException e) {
      return Parsed.failed(List.of(ValidationFinding.error("FINGERTIPS_IO", new Location(name, ""),
          "a readable file", e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
  }

  /**
   * Reads a file row by row ({@link #stream(Reader, String, RowSink, FindingSink)}) after the same
   * encoding scan as {@link #read(Path)}: memory does not grow with the file. The file name appears in
   * every finding.
   *
   * @param file the file to read
   * @param rows where each row goes as soon as it is read
   * @param findings where each finding goes
   * @return the column layout found, with the findings
   * @throws IOException if the file cannot be read, or a row sink fails
   */
  public static Parsed<Layout> stream(Path file, RowSink rows, FindingSink findings) throws IOException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    EncodingScan scan;
    try (InputStream in = Files.newInputStream(file)) {
      scan = EncodingScan.of(in);
    }
    List<ValidationFinding> refused = scan.refusal(name);
    if (!refused.isEmpty()) {
      refused.forEach(findings::accept);
      return Parsed.failed(refused);
    }
    if (!scan.isUtf8()) {
      findings.accept(scan.windows1252Notice(name));
    }
    try (InputStream in = Files.newInputStream(file)) {
      Charset charset = scan.isUtf8() ? StandardCharsets.UTF_8 : EncodingScan.WINDOWS_1252;
      Reader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
      return stream(reader, name, rows, findings);
    } catch (CharacterCodingException e) {
      ValidationFinding f = ValidationFinding.error(ENCODING, new Location(name, ""),
          "UTF-8 or Windows-1252 text", "bytes that are neither");
      findings.accept(f);
      return Parsed.failed(List.of(f));
    }
  }

  private static Parsed<FingertipsTable> withFinding(Parsed<FingertipsTable> parsed, ValidationFinding f) {
    List<ValidationFinding> all = new ArrayList<>();
    all.add(f);
    all.addAll(parsed.findings().all());
    return new Parsed<>(parsed.value(), Findings.of(all));
  }

  /**
   * Reads CSV text held in memory.
   *
   * @param text the CSV text
   * @param fileName the name to put in findings
   * @return the table with its findings
   */
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
    List<FingertipsRow> rows = new ArrayList<>();
    List<ValidationFinding> findings = new ArrayList<>();
    Parsed<Layout> layout = stream(reader, fileName, rows::add, findings::add);
    if (!layout.isValid()) {
      return Parsed.failed(findings.isEmpty() ? layout.findings().all() : findings);
    }
    Layout l = layout.orElseThrow();
    return Parsed.of(new FingertipsTable(l.parentComparisonHeader(), l.hasTimePeriodRange(), rows),
        Findings.of(findings));
  }

  /**
   * The two things that vary between exports, as a header gives them.
   *
   * @param parentComparisonHeader the header of column 23
   * @param hasTimePeriodRange true for the 27-column export
   * @param rows the data rows read
   */
  public record Layout(String parentComparisonHeader, boolean hasTimePeriodRange, int rows) {}

  /** Receives the rows of a file one at a time, in file order. */
  @FunctionalInterface
  public interface RowSink {
    /**
     * One data row as read.
     *
     * @param row the row
     * @throws IOException if the row cannot be passed on (for example, written out)
     */
    void accept(FingertipsRow row) throws IOException;
  }

  /** Receives findings one at a time, in file order. */
  @FunctionalInterface
  public interface FindingSink {
    /**
     * One finding.
     *
     * @param finding the finding
     */
    void accept(ValidationFinding finding);
  }

  /**
   * Reads rows one at a time without holding them: each row goes to {@code rows} as soon as it is read,
   * each finding to {@code findings}, so memory does not grow with the file. The same checks as
   * {@link #read(Reader, String)}, which is this method with the rows collected.
   *
   * @param reader the CSV text
   * @param fileName the name to put in findings
   * @param rows where each row goes as soon as it is read
   * @param findingSink where each finding goes
   * @return the layout, with every finding (also given to {@code findings}); or the findings alone when
   *     the file cannot be read (wrong header, a fatal record, too many rows, no data rows)
   * @throws IOException when the reader or a sink fails
   */
  public static Parsed<Layout> stream(Reader reader, String fileName, RowSink rows, FindingSink findingSink)
      throws IOException {
    CsvRecordReader csv = new CsvRecordReader(reader, MAX_RECORD_CHARS, MAX_COLUMNS);
    List<ValidationFinding> headerFindings = new ArrayList<>();
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
        headerFindings.add(ValidationFinding.error("FINGERTIPS_HEADER",
            new Location(fileName, "line 1, column " + (i + 1)),
            i == FingertipsColumns.PARENT_COMPARISON_INDEX ? "'Compared to <parent area type> value or percentiles'"
                : "'" + FingertipsColumns.header(i, parentHeader) + "'", "'" + found + "'"));
      }
    }
    if (!headerFindings.isEmpty()) {
      return Parsed.failed(headerFindings);
    }
    int columns = h.size();
    int count = 0;
    int errors = 0;
    while (true) {
      CsvRecordReader.CsvRecord rec;
      try {
        rec = csv.next();
      } catch (CsvRecordReader.CsvProblem p) {
        ValidationFinding f = problem(p, fileName);
        findingSink.accept(f);
        errors++;
        if (p.fatal) {
          return Parsed.failed(List.of(f));
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
        findingSink.accept(ValidationFinding.error("FINGERTIPS_COLUMN_COUNT", new Location(fileName, "line " + rec.line()),
            columns + " columns, as in the header", cells.size() + " columns"));
        errors++;
        continue;
      }
      if (count >= MAX_ROWS) {
        ValidationFinding f = ValidationFinding.error("FINGERTIPS_TOO_MANY_ROWS", new Location(fileName, "line " + rec.line()),
            "at most " + MAX_ROWS + " rows", "more");
        findingSink.accept(f);
        return Parsed.failed(List.of(f));
      }
      int nul = indexOfNul(cells);
      if (nul >= 0) {
        findingSink.accept(ValidationFinding.error(NUL, new Location(fileName, "line " + rec.line() + ", column " + (nul + 1)),
            "text without NUL characters", "a NUL character (is this a text export?)"));
        errors++;
        continue;
      }
      List<ValidationFinding> rowFindings = new ArrayList<>(0);
      Double[] numbers = new Double[columns];
      for (int i : FingertipsColumns.NUMERIC) {
        numbers[i] = number(cells.get(i), fileName, rec.line(), i, parentHeader, rowFindings);
      }
      checkNumbers(numbers, fileName, rec.line(), rowFindings);
      for (ValidationFinding f : rowFindings) {
        findingSink.accept(f);
        errors += f.isError() ? 1 : 0;
      }
      List<String> text = new ArrayList<>(cells);
      for (int i = 0; i < text.size(); i++) {
        if (numbers[i] == null && !FingertipsColumns.NUMERIC.contains(i)) {
          text.set(i, restore(text.get(i)));
        }
      }
      rows.accept(FingertipsRow.fromCells(text, numbers));
      count++;
    }
    if (count == 0 && errors == 0) {
      ValidationFinding f = ValidationFinding.error(NO_ROWS, new Location(fileName, "line 2"),
          "at least one data row after the header", "no data rows");
      findingSink.accept(f);
      return Parsed.failed(List.of(f));
    }
    return Parsed.of(new Layout(parentHeader, columns == 27, count), Findings.none());
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
        return d + 0.0; // "-0" is zero: written back as "0", so reading it must not keep the sign
      }
    }
    findings.add(ValidationFinding.error("FINGERTIPS_NUMBER",
        new Location(file, "line " + line + ", column " + (column + 1) + " '" + FingertipsColumns.header(column, parentHeader) + "'"),
        "a number or an empty string", "'" + cell + "'"));
    return null;
  }

  private static int indexOfNul(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).indexOf('\u0000') >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Counts and denominators are never negative, and a lower confidence limit is never above its upper
   * limit: such a row is an ERROR, and the offending numbers are read as missing.
   */
  private static void checkNumbers(Double[] n, String file, int line, List<ValidationFinding> findings) {
    for (int i : new int[] {COUNT, DENOMINATOR}) {
      if (n[i] != null && n[i] < 0) {
        findings.add(ValidationFinding.error(NEGATIVE, cell(file, line, i),
            "a " + FingertipsColumns.HEADERS_26.get(i).toLowerCase(java.util.Locale.ROOT) + " of zero or more",
            FingertipsRow.n(n[i])));
        n[i] = null;
      }
    }
    for (int lower : new int[] {LOWER_95, LOWER_998}) {
      int upper = lower + 1;
      if (n[lower] != null && n[upper] != null && n[lower] > n[upper]) {
        findings.add(ValidationFinding.error(LIMITS, cell(file, line, lower),
            "a lower limit at or below the '" + FingertipsColumns.HEADERS_26.get(upper) + "' of "
                + FingertipsRow.n(n[upper]), FingertipsRow.n(n[lower])));
        n[lower] = null;
        n[upper] = null;
      }
    }
  }

  private static final int LOWER_95 = 13;
  private static final int LOWER_998 = 15;
  private static final int COUNT = 17;
  private static final int DENOMINATOR = 18;

  private static Location cell(String file, int line, int column) {
    return new Location(file, "line " + line + ", column " + (column + 1) + " '"
        + FingertipsColumns.HEADERS_26.get(column) + "'");
  }

  private static ValidationFinding problem(CsvRecordReader.CsvProblem p, String file) {
    return ValidationFinding.error(p.rule, new Location(file, "line " + p.line), p.expected, p.found);
  }

  /**
   * Writes a table to a file in UTF-8.
   *
   * @param file the file to write
   * @param table the table
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, FingertipsTable table) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w, table);
    }
  }

  /**
   * Writes a table to a writer.
   *
   * @param out where to write
   * @param table the table
   * @throws IOException if the writer fails
   */
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

  /**
   * The table as CSV text.
   *
   * @param table the table
   * @return the table as CSV text
   */
  public static String toCsv(FingertipsTable table) {
    StringWriter w = new StringWriter();
    try {
      write(w, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes the header of a file of {@code layout}. */
  static void writeHeader(Writer out, Layout layout) throws IOException {
    List<String> header = new ArrayList<>();
    for (int i = 0; i < (layout.hasTimePeriodRange() ? 27 : 26); i++) {
      header.add(FingertipsColumns.header(i, layout.parentComparisonHeader()));
    }
    writeRecord(out, header);
  }

  /** Writes one row of a file of {@code layout}. */
  static void writeRow(Writer out, FingertipsRow row, Layout layout) throws IOException {
    writeRecord(out, row.cells(layout.hasTimePeriodRange()));
  }

  private static void writeRecord(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(neutralise(cells.get(i))));
    }
    out.write("\r\n");
  }

  /**
   * A cell a spreadsheet could run as a formula made inert, as OWASP advises against CSV injection: text
   * starting with {@code = + - @}, a tab or CR gets a leading apostrophe (so Excel shows it as text and
   * runs nothing). A plain number such as "-1.5" is a number, not a formula, and is left as it is.
   */
  static String neutralise(String cell) {
    int k = 0;
    while (k < cell.length() && cell.charAt(k) == '\'') {
      k++;
    }
    if (k == cell.length() || !risky(cell.charAt(k)) || (k == 0 && PLAIN_NUMBER.matcher(cell).matches())) {
      return cell;
    }
    return "'" + cell;
  }

  /**
   * The inverse of {@link #neutralise}, applied to the text cells read: one leading apostrophe before a
   * character a spreadsheet would run is removed (it is Excel's own mark for "this is text"), so a file
   * written and read back gives the same table.
   */
  static String restore(String cell) {
    int k = 0;
    while (k < cell.length() && cell.charAt(k) == '\'') {
      k++;
    }
    return k > 0 && k < cell.length() && risky(cell.charAt(k)) ? cell.substring(1) : cell;
  }

  private static boolean risky(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** A field quoted as RFC 4180 requires: only when it holds a comma, a quote, CR or LF. */
  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
