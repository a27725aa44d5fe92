package org.stptoolkit.metrics.fingertips;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.ValueType;

/**
 * Which Fingertips indicators feed which of the three gaps, kept as data
 * ({@code fingertips-indicators.csv} beside this class): per Fingertips Indicator ID and sex, the
 * toolkit's indicator definition (its id, gap, value type, multiplier, polarity and unit). An export that
 * arrives without definitions is read through it: the value type and multiplier decide how a value and
 * its intervals are computed from Count and Denominator, the polarity decides Better or Worse, and the id
 * is the one the footprint's own values use, so the two can be merged.
 *
 * @param entries the entries, in file order
 */
public record FingertipsCatalogue(List<Entry> entries) {

  /** Sex that matches every sex in an entry. */
  public static final String ANY_SEX = "Any";

  private static final String RESOURCE = "fingertips-indicators.csv";
  private static final List<String> HEADER = List.of("fingertips_id", "sex", "id", "name", "gap", "value_type",
      "multiplier", "polarity", "unit");

  /**
   * One catalogue line.
   *
   * @param fingertipsId the Fingertips Indicator ID, e.g. "90366"
   * @param sex "Male", "Female", "Persons" or {@link #ANY_SEX}
   * @param definition the toolkit's definition of the indicator for that sex
   */
  public record Entry(String fingertipsId, String sex, IndicatorDefinition definition) {
    /**
     * Validates the fields.
     *
     * @param fingertipsId the Fingertips Indicator ID, e.g. "90366"
     * @param sex "Male", "Female", "Persons" or {@link #ANY_SEX}
     * @param definition the toolkit's definition of the indicator for that sex
     */
    public Entry {
      if (fingertipsId == null || fingertipsId.isBlank()) {
        throw new IllegalArgumentException("a catalogue entry needs a Fingertips indicator id");
      }
      fingertipsId = fingertipsId.strip();
      sex = sex == null || sex.isBlank() ? ANY_SEX : sex.strip();
      if (definition == null) {
        throw new IllegalArgumentException("catalogue entry for Fingertips indicator " + fingertipsId + " needs a definition");
      }
    }

    /** True when this entry applies to rows of the given sex. */
    boolean matches(String rowSex) {
      return sex.equals(ANY_SEX) || sex.equalsIgnoreCase(rowSex == null ? "" : rowSex.strip());
    }
  }

  /**
   * Validates and copies; no two entries may share a Fingertips id and sex.
   *
   * @param entries the catalogue's entries
   */
  public FingertipsCatalogue {
    entries = List.copyOf(entries);
    Map<String, Entry> seen = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (seen.put(e.fingertipsId() + "/" + e.sex().toLowerCase(Locale.ROOT), e) != null) {
        throw new IllegalArgumentException("the catalogue lists Fingertips indicator " + e.fingertipsId()
            + " for sex " + e.sex() + " twice");
      }
    }
  }

  private static final class Holder {
    static final FingertipsCatalogue BUILT_IN = load();

    private static FingertipsCatalogue load() {
      try (InputStream in = FingertipsCatalogue.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the built-in catalogue " + RESOURCE + " is missing from the jar");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The catalogue shipped with the toolkit.
   *
   * @return the catalogue shipped with the toolkit
   */
  public static FingertipsCatalogue builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * Reads a catalogue from CSV text with the header
   * {@code fingertips_id,sex,id,name,gap,value_type,multiplier,polarity,unit}; lines starting with '#'
   * are comments.
   *
   * @param text the CSV text
   * @param name the source's name, for messages
   * @return the catalogue
   * @throws IllegalArgumentException naming the line and the field when a line cannot be read
   */
  public static FingertipsCatalogue parse(String text, String name) {
    try {
      return parse(new StringReader(text), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FingertipsCatalogue parse(Reader reader, String name) throws IOException {
    StringBuilder kept = new StringBuilder();
    int[] lineOf = new int[4096];
    int keptLines = 0;
    int line = 0;
    try (java.io.BufferedReader br = new java.io.BufferedReader(reader)) {
      for (String l = br.readLine(); l != null; l = br.readLine()) {
        line++;
        if (l.startsWith("#") || l.isBlank()) {
          continue;
        }
        if (keptLines == lineOf.length) {
          lineOf = java.util.Arrays.copyOf(lineOf, lineOf.length * 2);
        }
        lineOf[keptLines++] = line;
        kept.append(l).append('\n');
      }
    }
    CsvRecordReader csv = new CsvRecordReader(new StringReader(kept.toString()), 4096, HEADER.size() + 1);
    List<Entry> entries = new ArrayList<>();
    try {
      CsvRecordReader.CsvRecord header = csv.next();
      if (header == null || !header.fields().stream().map(String::strip).toList().equals(HEADER)) {
        throw new IllegalArgumentException(name + ": the header must read " + String.join(",", HEADER));
      }
      for (CsvRecordReader.CsvRecord r = csv.next(); r != null; r = csv.next()) {
        int at = lineOf[r.line() - 1];
        List<String> f = r.fields();
        if (f.size() != HEADER.size()) {
          throw new IllegalArgumentException(name + " line " + at + ": expected " + HEADER.size() + " fields, found " + f.size());
        }
        try {
          IndicatorDefinition d = new IndicatorDefinition(f.get(2).strip(), f.get(3).strip(),
              Gap.valueOf(f.get(4).strip()), ValueType.valueOf(f.get(5).strip()), Double.parseDouble(f.get(6).strip()),
              Polarity.valueOf(f.get(7).strip()), f.get(8), null, null);
          entries.add(new Entry(f.get(0), f.get(1), d));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + " line " + at + ": " + e.getMessage(), e);
        }
      }
    } catch (CsvRecordReader.CsvProblem p) {
      throw new IllegalArgumentException(name + " line " + p.line + ": expected " + p.expected + ", found " + p.found, p);
    }
    return new FingertipsCatalogue(entries);
  }

  /**
   * The entry for a Fingertips indicator and sex: the one for that sex, else the one for any sex.
   *
   * @param fingertipsId the Indicator ID as in the export
   * @param sex the row's sex
   * @return the entry, if the catalogue has one
   */
  public Optional<Entry> find(String fingertipsId, String sex) {
    String id = fingertipsId == null ? "" : fingertipsId.strip();
    Entry any = null;
    for (Entry e : entries) {
      if (!e.fingertipsId().equals(id)) {
        continue;
      }
      if (!e.sex().equals(ANY_SEX) && e.matches(sex)) {
        return Optional.of(e);
      }
      if (e.sex().equals(ANY_SEX)) {
        any = e;
      }
    }
    return Optional.ofNullable(any);
  }

  /**
   * One definition per Fingertips id, for computing values and comparisons (which depend on the value
   * type, multiplier and polarity, the same for every sex of an indicator): the first entry of each id.
   *
   * @return definitions keyed by Fingertips Indicator ID
   */
  public Map<String, IndicatorDefinition> byFingertipsId() {
    Map<String, IndicatorDefinition> out = new LinkedHashMap<>();
    entries.forEach(e -> out.putIfAbsent(e.fingertipsId(), e.definition()));
    return java.util.Collections.unmodifiableMap(out);
  }
}
