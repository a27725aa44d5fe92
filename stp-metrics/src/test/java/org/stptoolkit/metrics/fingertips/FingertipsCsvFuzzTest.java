package org.stptoolkit.metrics.fingertips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Mutation fuzzing of the Fingertips CSV reader: {@link #CASES} seeded mutations of the two checked-in
 * exports (26 columns, and 27 with a byte order mark): quotes unbalanced, cells added and removed, long
 * lines, embedded CR and LF, byte order marks, NUL bytes, text in numeric columns, renamed headers,
 * Windows-1252 and invalid UTF-8 bytes, truncation. Every case must end in a table or in ERROR findings
 * that name the file and a line, never in an exception; a table that is read must write back as CSV that
 * reads as the same table. Case {@code i} uses seed {@code SEED + i}. The bytes go through the file
 * reader (encoding scan included) for one case in four and through {@link FingertipsCsv#parse} otherwise.
 */
class FingertipsCsvFuzzTest {

  /**
   * Cases run: {@code -Dstp.fuzz.cases} (README "Tests": 1,000 in the default build, 10,000 with
   * {@code -Pthorough}); case {@code i} is the same in every run, so a smaller run is the start of a larger one.
   */
  static final int CASES = Integer.getInteger("stp.fuzz.cases", 1_000);
  static final long SEED = 0xF1_4_6E5L;
  static final String NAME = "fuzz.csv";

  static final List<byte[]> SEEDS = List.of(resource("reablement-26.csv"), resource("bom-27.csv"));

  static final List<String> CELLS = List.of("", " ", "\"", "\"\"", "\"a\"b", "a\"b", "\"unclosed", "x,y",
      "\"x,y\"", "\"line\nbreak\"", "\"cr\rcr\"", "tbc", "-", "*", "..", "NaN", "Infinity", "-1", "-0", "1e308",
      "1e309", "1e-320", "0x1F", "1,000", "12%", "£5", "1 000", "١٢٣", "\u0000", "\uFEFF", "=cmd|'/C calc'!A0",
      "9".repeat(400), "E92000001", "2015/16", "Persons");

  static final List<String> HEADERS = List.of("Indicator ID", "Count", "Denominator", "Value",
      "Compared to Region value or percentiles", "Time period range", "Area Code");

  record Mutation(String name, BiFunction<SplittableRandom, byte[], byte[]> apply) {}

  static final List<Mutation> MUTATIONS = List.of(
      text("replace a cell", FingertipsCsvFuzzTest::replaceCell),
      text("delete a cell", (r, rows) -> {
        List<String> row = pickRow(r, rows);
        if (!row.isEmpty()) {
          row.remove(r.nextInt(row.size()));
        }
      }),
      text("add cells", (r, rows) -> {
        List<String> row = pickRow(r, rows);
        int n = 1 + (r.nextInt(5) == 0 ? r.nextInt(100) : r.nextInt(3));
        for (int k = 0; k < n; k++) {
          row.add(r.nextInt(row.size() + 1), pick(r, CELLS));
        }
      }),
      text("rename a header", (r, rows) -> {
        List<String> header = rows.get(0);
        int i = r.nextInt(header.size());
        header.set(i, r.nextBoolean() ? pick(r, HEADERS) : header.get(i).toUpperCase(java.util.Locale.ROOT) + " ");
      }),
      text("swap two cells", (r, rows) -> {
        List<String> row = pickRow(r, rows);
        if (row.size() > 1) {
          java.util.Collections.swap(row, r.nextInt(row.size()), r.nextInt(row.size()));
        }
      }),
      text("delete a row", (r, rows) -> rows.remove(r.nextInt(rows.size()))),
      text("duplicate a row", (r, rows) -> rows.add(r.nextInt(rows.size() + 1), new ArrayList<>(pickRow(r, rows)))),
      text("long cell", (r, rows) -> {
        List<String> row = pickRow(r, rows);
        if (!row.isEmpty()) {
          row.set(r.nextInt(row.size()), "L".repeat(r.nextBoolean() ? 70_000 : 1 + r.nextInt(5000)));
        }
      }),
      text("27-column variant", (r, rows) -> {
        for (List<String> row : rows) {
          if (row.size() == 1 && row.get(0).isEmpty()) {
            continue; // the empty "line" after the last line end
          }
          row.add(row == rows.get(0) ? FingertipsColumns.TIME_PERIOD_RANGE : pick(r, List.of("1y", "3y", "")));
        }
      }),
      new Mutation("insert a quote", (r, b) -> insert(r, b, "\"".getBytes(StandardCharsets.UTF_8))),
      new Mutation("insert a line end", (r, b) -> insert(r, b, pick(r, List.of("\n", "\r", "\r\n", "\n\n"))
          .getBytes(StandardCharsets.UTF_8))),
      new Mutation("insert a byte order mark", (r, b) -> insert(r, r.nextBoolean() ? 0 : -1, b,
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})),
      new Mutation("insert a NUL", (r, b) -> insert(r, b, new byte[] {0})),
      new Mutation("insert Windows-1252", (r, b) -> insert(r, b, new byte[] {(byte) (int) pick(r, List.of(0xA3, 0xE9,
          0x80, 0x93, 0x81, 0x9D))})),
      new Mutation("insert invalid UTF-8", (r, b) -> insert(r, b, pick(r, List.of(new byte[] {(byte) 0xC3, 0x28},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF0, (byte) 0x9F},
          new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC0, (byte) 0xAF})))),
      new Mutation("UTF-16", (r, b) -> {
        String s = new String(b, StandardCharsets.UTF_8);
        return r.nextBoolean() ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE))
            : s.getBytes(StandardCharsets.UTF_16BE);
      }),
      new Mutation("truncate", (r, b) -> java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length))),
      new Mutation("flip bytes", FingertipsCsvFuzzTest::flipBytes),
      new Mutation("only the header", (r, b) -> {
        String s = new String(b, StandardCharsets.UTF_8);
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl + (r.nextBoolean() ? 1 : 0))).getBytes(StandardCharsets.UTF_8);
      }));

  @TempDir
  static Path dir;

  @Test
  void everyMutationEndsInATableOrInErrorFindingsNeverAnException() {
    long start = System.nanoTime();
    List<Case> cases = IntStream.range(0, CASES).parallel().mapToObj(i -> {
      Case c = mutate(i);
      c.failure = check(c);
      return c;
    }).toList();
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<String, int[]> outcomes = new TreeMap<>();
    for (Case c : cases) {
      outcomes.computeIfAbsent(c.names.get(0), k -> new int[2])[c.valid ? 0 : 1]++;
    }
    StringBuilder sb = new StringBuilder();
    outcomes.forEach((k, v) -> sb.append(k).append(' ').append(v[0]).append('/').append(v[1]).append("; "));
    System.out.printf("FingertipsCsvFuzzTest: %d cases in %d ms; valid/not by first mutation: %s%n", CASES,
        millis, sb);
    assertThat(cases.stream().filter(c -> c.failure != null).limit(10)
        .map(c -> "case " + c.index + " (" + c.description() + "): " + c.failure).toList()).isEmpty();
    assertThat(outcomes.values().stream().mapToInt(v -> v[0]).sum()).isGreaterThan(CASES / 20);
  }

  @Test
  void theUnmutatedExportsAreValid() throws IOException {
    for (byte[] b : SEEDS) {
      assertThat(FingertipsCsv.read(file(b, "seed.csv")).isValid()).isTrue();
    }
  }

  static final class Case {
    final List<String> names = new ArrayList<>();
    int index;
    byte[] bytes;
    boolean valid;
    String failure;

    String description() {
      return String.join(" + ", names);
    }
  }

  static Case mutate(int i) {
    SplittableRandom r = new SplittableRandom(SEED + i);
    Case c = new Case();
    c.index = i;
    c.bytes = pick(r, SEEDS);
    int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    for (int k = 0; k < n; k++) {
      Mutation m = pick(r, MUTATIONS);
      c.names.add(m.name());
      c.bytes = m.apply().apply(r, c.bytes);
    }
    return c;
  }

  static String check(Case c) {
    Parsed<FingertipsTable> p;
    boolean viaFile = c.index % 4 == 0;
    try {
      if (viaFile) {
        p = FingertipsCsv.read(file(c.bytes, "case" + c.index + ".csv"));
      } else if (c.index % 4 == 1) {
        // the Reader entry point, decoding as a caller would (replacing, not reporting)
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(c.bytes), StandardCharsets.UTF_8)) {
          p = FingertipsCsv.read(reader, NAME);
        }
      } else {
        p = FingertipsCsv.parse(new String(c.bytes, StandardCharsets.UTF_8), NAME);
      }
    } catch (Throwable t) {
      return "threw " + t + " at " + java.util.Arrays.stream(t.getStackTrace()).limit(6)
          .map(StackTraceElement::toString).toList();
    }
    if (p.value().isEmpty() && !p.findings().hasErrors()) {
      return "no table and no ERROR finding";
    }
    String file = viaFile ? "case" + c.index + ".csv" : NAME;
    for (ValidationFinding f : p.findings().all()) {
      if (f.rule().isBlank() || !file.equals(f.location().file())) {
        return "a finding without a rule or the file name: " + f;
      }
      if (!f.location().place().startsWith("line ") && !f.rule().equals("FINGERTIPS_IO")) {
        return "a finding that names no line: " + f;
      }
    }
    c.valid = p.isValid();
    if (p.value().isPresent()) {
      FingertipsTable t = p.value().get();
      try {
        Parsed<FingertipsTable> again = FingertipsCsv.parse(FingertipsCsv.toCsv(t), NAME);
        boolean sameRows = again.value().map(FingertipsTable::rows).equals(p.value().map(FingertipsTable::rows));
        if (!t.rows().isEmpty() && !sameRows) {
          return "a table that was read does not read back the same after writing: " + again.findings().all();
        }
      } catch (Throwable e) {
        return "writing back threw " + e;
      }
    }
    return null;
  }

  static Path file(byte[] bytes, String name) {
    try {
      Path f = dir.resolve(name);
      Files.write(f, bytes);
      return f;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static byte[] resource(String name) {
    try (var in = FingertipsCsvFuzzTest.class.getResourceAsStream("/fingertips/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  // ---- cell-level mutations: split naively on line ends and commas, edit, join (quoted commas and line
  // ends inside quotes are split too, which is itself a useful mutation)

  interface RowsEdit {
    void edit(SplittableRandom r, List<List<String>> rows);
  }

  static Mutation text(String name, RowsEdit edit) {
    return new Mutation(name, (r, bytes) -> {
      String s = new String(bytes, StandardCharsets.UTF_8);
      String lineEnd = s.contains("\r\n") ? "\r\n" : "\n";
      List<List<String>> rows = new ArrayList<>();
      for (String line : s.split("\r?\n", -1)) {
        rows.add(new ArrayList<>(List.of(line.split(",", -1))));
      }
      if (rows.isEmpty()) {
        rows.add(new ArrayList<>(List.of("")));
      }
      edit.edit(r, rows);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < rows.size(); i++) {
        if (i > 0) {
          out.append(lineEnd);
        }
        out.append(String.join(",", rows.get(i)));
      }
      return out.toString().getBytes(StandardCharsets.UTF_8);
    });
  }

  static List<String> pickRow(SplittableRandom r, List<List<String>> rows) {
    return rows.size() > 1 && r.nextInt(5) > 0 ? rows.get(1 + r.nextInt(rows.size() - 1)) : rows.get(0);
  }

  static void replaceCell(SplittableRandom r, List<List<String>> rows) {
    List<String> row = pickRow(r, rows);
    if (row.isEmpty()) {
      return;
    }
    // numeric columns (Value to Denominator, 13 to 19) most of the time
    int i = r.nextInt(3) > 0 && row.size() > 18 ? 12 + r.nextInt(7) : r.nextInt(row.size());
    row.set(i, pick(r, CELLS));
  }

  static byte[] insert(SplittableRandom r, byte[] bytes, byte[] what) {
    return insert(r, bytes.length == 0 ? 0 : r.nextInt(bytes.length + 1), bytes, what);
  }

  static byte[] insert(SplittableRandom r, int at, byte[] bytes, byte[] what) {
    int pos = at < 0 ? bytes.length : at;
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + what.length);
    out.write(bytes, 0, pos);
    out.write(what, 0, what.length);
    out.write(bytes, pos, bytes.length - pos);
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static byte[] flipBytes(SplittableRandom r, byte[] bytes) {
    if (bytes.length == 0) {
      return new byte[] {(byte) r.nextInt(256)};
    }
    byte[] out = bytes.clone();
    for (int k = 1 + r.nextInt(5); k > 0; k--) {
      int at = r.nextInt(out.length);
      out[at] = (byte) (out[at] ^ (1 << r.nextInt(8)));
    }
    return out;
  }
}
