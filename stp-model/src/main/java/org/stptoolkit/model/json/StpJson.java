package org.stptoolkit.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The toolkit's JSON settings, handed out as Jackson's immutable {@link ObjectReader} and
 * {@link ObjectWriter}: strict on input (unknown fields, duplicate keys, NaN and trailing tokens are
 * refused; nesting and string lengths bounded), stable on output (two-space indent, "\n" line ends, map
 * keys sorted, nulls left out), so the same model always gives the same bytes.
 *
 * <p>There is no shared mutable mapper: a reader or writer cannot be reconfigured in place (its
 * {@code with(...)} methods return a new object), so no caller can change how the library reads its own
 * files. A team that wants a mapper of its own with these settings calls {@link #newMapper()}; one that
 * wants its own settings registers {@link StpJsonModule} on any mapper.
 */
public final class StpJson {

  private static final JsonMapper MAPPER = newMapper();

  private static final ObjectReader READER = MAPPER.reader();

  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private StpJson() {}

  /**
   * A new mapper with the toolkit's settings and {@link StpJsonModule}, the caller's own to change.
   *
   * @return a new mapper, shared with no one
   */
  public static JsonMapper newMapper() {
    JsonMapper m = JsonMapper.builder()
        .addModule(new StpJsonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(64).build());
    return m;
  }

  /**
   * The toolkit's strict reader (immutable and thread-safe). Bind with {@code reader().forType(X.class)}
   * or {@link ObjectReader#treeToValue}; parse with {@link ObjectReader#readTree(String)}.
   *
   * @return the reader
   */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * The toolkit's writer with its stable pretty printing (immutable and thread-safe).
   *
   * @return the writer
   */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * A value as a JSON tree, written with the toolkit's settings (what {@link #writer()} would write).
   *
   * @param value a model value, e.g. a footprint
   * @return its tree
   * @throws IllegalArgumentException when the value cannot be written as JSON
   */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * What is wrong with text that is not JSON, in words that quote none of the text (the file may not be
   * what it claims to be, and its content must not leak into messages): Jackson's description up to the
   * first quoted token or parenthesis, e.g. "unrecognized token" or "duplicate field". The place is the
   * caller's to give (line and column).
   *
   * @param e the parser's complaint
   * @return the words
   */
  public static String describeWithoutContent(com.fasterxml.jackson.core.JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int cut = m.length();
    for (char c : new char[] {'\'', '"', '(', ':', '\n', '`'}) {
      int at = m.indexOf(c);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    String what = m.substring(0, cut).strip().toLowerCase(java.util.Locale.ROOT);
    return what.isEmpty() ? "text that is not well-formed JSON" : "text that is not well-formed JSON (" + what + ")";
  }
}
