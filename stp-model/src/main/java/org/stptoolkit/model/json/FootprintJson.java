package org.stptoolkit.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.io.AtomicFile;
import org.stptoolkit.model.io.InputFiles;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Reads and writes footprints as JSON. Reading is strict and never throws for bad content: the text is
 * decoded as strict UTF-8 (a byte order mark is skipped; a byte that is not UTF-8 is refused with its
 * line and column, never replaced), parsed, checked against the published schema
 * ({@code footprint.schema.json}), given the schema's documented defaults for the optional fields left
 * out, bound to the model and validated, and every problem comes back as a
 * finding naming the file and the JSON path.
 */
public final class FootprintJson {

  /** Largest footprint file accepted, in bytes (a real footprint is well under 1 MB). */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /** Rule id for text that is not JSON. */
  public static final String NOT_JSON = "NOT_JSON";
  /** Rule id for a schema violation (wrong type, unknown or missing field). */
  public static final String SCHEMA = "SCHEMA";
  /** Rule id for a value the model refuses (out of range, inconsistent). */
  public static final String INVALID_VALUE = "INVALID_VALUE";
  /** Rule id for a file that cannot be read. */
  public static final String UNREADABLE = "UNREADABLE";
  /** Rule id for a file written in a format version this toolkit does not read. */
  public static final String FORMAT_VERSION = "FORMAT_VERSION";

  /** The field that carries a file's format version, first in every JSON file the toolkit writes. */
  public static final String SCHEMA_VERSION_FIELD = "schemaVersion";
  /**
   * The footprint format version written: "major.minor". A reader accepts every minor version of its
   * major version (a minor version only adds optional fields); a file without the field is version 1.0.
   */
  public static final String SCHEMA_VERSION = "1.0";

  private FootprintJson() {}

  /**
   * Reads, schema-checks, binds and validates a footprint file.
   *
   * @param file the file to read
   * @return the footprint with its findings
   */
  public static Parsed<Footprint> read(Path file) {
    return read(file, null);
  }

  /**
   * Reads a footprint file listed from {@code folder}: as {@link #read(Path)}, and a link to a file outside
   * the folder is refused ({@link InputFiles}).
   *
   * @param file the file to read
   * @param folder the folder the file was listed from, or {@code null} when the user named the file
   * @return the footprint with its findings
   */
  public static Parsed<Footprint> read(Path file, Path folder) {
    String name = file.toString();
    java.util.Optional<String> problem = InputFiles.problem(file, folder, MAX_BYTES);
    if (problem.isPresent()) {
      String found = problem.get();
      return failed(name, UNREADABLE, "", found.startsWith("has ")
          ? "a file of at most " + MAX_BYTES / (1024 * 1024) + " MB" : "a readable footprint JSON file", found);
    }
    try {
      return read(name, InputFiles.readBounded(file, MAX_BYTES));
    } catch (IOException e) {
      return failed(name, UNREADABLE, "", "a readable footprint JSON file", "a file that could not be read");
    }
  }

  /**
   * Reads a footprint from a stream (e.g. a resource), naming it {@code name} in findings.
   *
   * @param name the name to put in findings
   * @param in the stream to read (not closed)
   * @return the footprint with its findings
   */
  public static Parsed<Footprint> read(String name, InputStream in) {
    try {
      return read(name, in.readAllBytes());
    } catch (IOException e) {
      return failed(name, UNREADABLE, "", "a readable footprint JSON stream", e.getMessage());
    }
  }

  /**
   * Reads a footprint from bytes (UTF-8, with or without a byte order mark).
   *
   * @param name the name to put in findings
   * @param bytes the file's bytes
   * @return the footprint with its findings
   */
  public static Parsed<Footprint> read(String name, byte[] bytes) {
    JsonNode tree;
    try {
      int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
      } catch (CharacterCodingException e) {
        return notUtf8(name, bytes, skip);
      }
      tree = StpJson.reader().readTree(text);
      if (tree == null || tree.isMissingNode()) {
        return failed(name, NOT_JSON, "", "a JSON object describing a footprint", "an empty file");
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      return failed(name, NOT_JSON, where, "well-formed JSON", StpJson.describeWithoutContent(e));
    }
    List<ValidationFinding> unreadable = new ArrayList<>();
    checkTokens(tree, "$", name, unreadable);
    if (!unreadable.isEmpty()) {
      return Parsed.failed(unreadable);
    }
    Optional<ValidationFinding> version = versionProblem(tree, SCHEMA_VERSION, new Location(name,
        "$." + SCHEMA_VERSION_FIELD));
    if (version.isPresent()) {
      return Parsed.failed(List.of(version.get()));
    }
    List<ValidationFinding> schemaErrors = JsonSchemas.footprint().check(tree).stream()
        .map(f -> f.inFile(name)).toList();
    if (!schemaErrors.isEmpty()) {
      return Parsed.failed(schemaErrors);
    }
    JsonNode complete = JsonSchemas.footprint().withDefaults(tree);
    Footprint fp = FootprintBinder.bind(complete).orElse(null);
    if (fp == null) {
      // what the direct binding leaves (a value a record refuses, or any case of Jackson's own) is bound by
      // Jackson, which words the finding with the value's path
      try {
        fp = StpJson.reader().treeToValue(complete, Footprint.class);
      } catch (JsonProcessingException e) {
        return Parsed.failed(List.of(bindingFinding(name, e)));
      }
    }
    Findings findings = FootprintValidator.DEFAULT.validate(fp);
    List<ValidationFinding> located = new ArrayList<>();
    findings.all().forEach(f -> located.add(f.inFile(name)));
    return Parsed.of(fp, Findings.of(located));
  }

  /**
   * What is wrong with a document's format version, if anything. Read tolerantly: a document without
   * {@value #SCHEMA_VERSION_FIELD} is version 1.0; any minor version of the reader's major version is
   * accepted (minor versions only add optional fields); another major version, or a value that is not
   * "major.minor" text, is an ERROR that says which versions this toolkit reads.
   *
   * @param document the parsed document (an object; anything else has no version and passes)
   * @param supported the version this reader writes, "major.minor"
   * @param where the field's place, for the finding
   * @return the finding, or empty when the version can be read
   */
  public static Optional<ValidationFinding> versionProblem(JsonNode document, String supported, Location where) {
    JsonNode v = document == null ? null : document.get(SCHEMA_VERSION_FIELD);
    if (v == null) {
      return Optional.empty();
    }
    String major = supported.substring(0, supported.indexOf('.'));
    if (v.isTextual() && v.asText().matches(java.util.regex.Pattern.quote(major) + "\\.\\d{1,4}")) {
      return Optional.empty();
    }
    String found = v.isTextual() ? "version \"" + (v.asText().length() > 20 ? v.asText().substring(0, 17) + "..." : v.asText()) + "\"" : "a " + v.getNodeType()
        .toString().toLowerCase(java.util.Locale.ROOT) + " (a version is text such as \"" + supported + "\")";
    return Optional.of(ValidationFinding.error(FORMAT_VERSION, where, "a file in format version " + major
        + ".x, which this toolkit reads (a file without " + SCHEMA_VERSION_FIELD + " is read as " + major + ".0)",
        found));
  }

  /** A finding naming the line and column of the first byte that is not UTF-8. */
  private static Parsed<Footprint> notUtf8(String name, byte[] bytes, int from) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
    int bad = in.position();
    out.flip();
    String before = out.toString();
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = before.length() - before.lastIndexOf('\n');
    String found = bad < bytes.length ? String.format(java.util.Locale.ROOT,
        "the byte 0x%02X, which is not UTF-8 (was the file saved as Windows-1252 or Latin-1?)", bytes[bad] & 0xFF)
        : "bytes that are not UTF-8";
    return failed(name, NOT_JSON, "line " + line + ", column " + column, "UTF-8 text", found);
  }

  /**
   * Finds what is well-formed JSON but cannot be checked or bound: an empty field name (the schema
   * validator cannot name its path) and a number too large for a double (read as infinity). At most 20.
   */
  private static void checkTokens(JsonNode node, String path, String file, List<ValidationFinding> out) {
    if (out.size() >= 20) {
      return;
    }
    if (node.isObject()) {
      var fields = node.fields();
      while (fields.hasNext()) {
        var e = fields.next();
        if (e.getKey().isBlank()) {
          out.add(ValidationFinding.error(SCHEMA, new Location(file, path), "field names that are not blank",
              "a field named \"" + e.getKey() + "\""));
        } else {
          checkTokens(e.getValue(), path + "." + e.getKey(), file, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkTokens(node.get(i), path + "[" + i + "]", file, out);
      }
    } else if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
      out.add(ValidationFinding.error(INVALID_VALUE, new Location(file, path),
          "a finite number of at most " + Double.MAX_VALUE, "a number too large to hold"));
    }
  }

  /**
   * What a Java type means in a JSON file, in words: "one of PROPORTION, CRUDE_RATE, ..." for a choice,
   * "a number", "text", "true or false", "a list [...]" or "an object {...}".
   *
   * @param type the type the value was read as, or {@code null}
   * @return the words
   */
  static String expectedKind(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type.isEnum()) {
      List<String> names = new java.util.ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        names.add(((Enum<?>) c).name());
      }
      return "one of " + String.join(", ", names);
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == int.class || type == long.class) {
      return "a number";
    }
    if (type == String.class) {
      return "text in quotes";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list [...]";
    }
    return "an object {...} (" + type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(
        java.util.Locale.ROOT) + ")";
  }

  /** The kind of value Jackson found, from its message ("... from Array value ..." is a list). */
  static String kindOfValue(String message) {
    String m = message == null ? "" : message;
    if (m.contains("from Array value") || m.contains("START_ARRAY")) {
      return "a list [...]";
    }
    if (m.contains("from Object value") || m.contains("START_OBJECT")) {
      return "an object {...}";
    }
    if (m.contains("from String") || m.contains("VALUE_STRING")) {
      return "text";
    }
    if (m.contains("Integer value") || m.contains("Floating-point value") || m.contains("VALUE_NUMBER")) {
      return "a number";
    }
    if (m.contains("Boolean value") || m.contains("VALUE_TRUE") || m.contains("VALUE_FALSE")) {
      return "true or false";
    }
    if (m.contains("null")) {
      return "null";
    }
    return "a value of another kind";
  }

  /**
   * A JSON binding error as a finding in plain English: the file and JSON path, what was expected, what
   * was found; no Java types or exception names.
   *
   * @param file the file's name
   * @param e the error
   * @return the finding
   */
  public static ValidationFinding bindingFinding(String file, JsonProcessingException e) {
    String path = e instanceof JsonMappingException m ? jsonPath(m.getPath()) : "$";
    if (e instanceof UnrecognizedPropertyException u) {
      return ValidationFinding.error(SCHEMA, new Location(file, path),
          "one of the known fields " + u.getKnownPropertyIds(), "unknown field \"" + u.getPropertyName() + "\"");
    }
    if (e instanceof InvalidTypeIdException t) {
      return ValidationFinding.error(SCHEMA, new Location(file, path), "a known kind",
          "kind \"" + t.getTypeId() + "\"");
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause() == null ? v : v.getCause();
      return ValidationFinding.error(INVALID_VALUE, new Location(file, path), "",
          String.valueOf(cause.getMessage()));
    }
    if (e instanceof MismatchedInputException m) {
      Throwable cause = m.getCause();
      if (cause instanceof IllegalArgumentException) {
        return ValidationFinding.error(INVALID_VALUE, new Location(file, path), "", cause.getMessage());
      }
      String found = m instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f
          ? "\"" + f.getValue() + "\"" : kindOfValue(m.getOriginalMessage());
      return ValidationFinding.error(SCHEMA, new Location(file, path), expectedKind(m.getTargetType()), found);
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return ValidationFinding.error(INVALID_VALUE, new Location(file, path), "",
        firstLine(root.getMessage()));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** "$.solutions[3].phasedGbpK" from Jackson's reference path. */
  static String jsonPath(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static Parsed<Footprint> failed(String file, String rule, String place, String expected,
      String found) {
    return Parsed.failed(List.of(ValidationFinding.error(rule, new Location(file, place), expected,
        found)));
  }

  /**
   * The footprint as JSON text (UTF-8, stable bytes, ending with a newline).
   *
   * @param fp the footprint
   * @return the footprint as JSON text (UTF-8, stable bytes, ending with a newline)
   */
  public static String toJson(Footprint fp) {
    try {
      return StpJson.writer().writeValueAsString(fp) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a footprint could not be written as JSON", e);
    }
  }

  /**
   * The footprint as a JSON tree.
   *
   * @param fp the footprint
   * @return the footprint as a JSON tree
   */
  public static JsonNode toTree(Footprint fp) {
    return StpJson.toTree(fp);
  }

  /**
   * Writes the footprint atomically.
   *
   * @param fp the footprint
   * @param file the file to write
   * @param replace whether an existing file may be replaced
   * @throws IOException if the file cannot be written, or exists and may not be replaced
   */
  public static void write(Footprint fp, Path file, boolean replace) throws IOException {
    AtomicFile.write(file, replace, toJson(fp).getBytes(StandardCharsets.UTF_8));
  }
}
