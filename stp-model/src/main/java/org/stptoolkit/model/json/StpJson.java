package org.stptoolkit.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The toolkit's one configured Jackson mapper: strict on input (unknown fields, duplicate keys, NaN and
 * trailing tokens are refused; nesting and string lengths bounded), stable on output (two-space indent,
 * "\n" line ends, map keys sorted, nulls left out), so the same model always gives the same bytes.
 */
public final class StpJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
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

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(64).build());
  }

  private StpJson() {}

  /** The shared mapper (thread-safe once configured; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A writer with the toolkit's stable pretty printing. */
  public static ObjectWriter writer() {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return MAPPER.writer(pp);
  }

  /**
   * What is wrong with text that is not JSON, in words that quote none of the text (the file may not be
   * what it claims to be, and its content must not leak into messages): Jackson's description up to the
   * first quoted token or parenthesis, e.g. "unrecognized token" or "duplicate field". The place is the
   * caller's to give (line and column).
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
