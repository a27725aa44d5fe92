package org.stptoolkit.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A quick first answer to "does this document conform to the schema?", for the JSON Schema keywords the
 * toolkit's published schemas use, so that a valid file is accepted without building the full validator
 * (building it is most of the time a short command spends on its input, measured in issue 18).
 *
 * <p>The answer is three-valued and one-sided by design: {@link Verdict#CONFORMS} only when every rule is
 * certainly met; anything this class does not handle exactly as the full validator does (a keyword it does
 * not know, a reference outside the schema, an integral value written with a fraction, a number beyond the
 * range of a double) is {@link Verdict#UNSURE}. Only {@code CONFORMS} is acted on: any other answer sends
 * the document to the full validator, which alone writes the findings. So a document is never accepted
 * here that the full validator would refuse, and a refused document gets exactly the full validator's
 * messages ({@code SchemaConformanceTest} checks the two agree on thousands of mutated footprints).
 */
final class SchemaConformance {

  /** The answer for one document (or one part of it) against one schema (or one part of it). */
  enum Verdict {
    /** Every rule is met. */
    CONFORMS,
    /** Some rule is certainly broken. */
    VIOLATES,
    /** This class cannot tell exactly; the full validator must decide. */
    UNSURE;

    Verdict and(Verdict other) {
      if (this == VIOLATES || other == VIOLATES) {
        return VIOLATES;
      }
      return this == UNSURE || other == UNSURE ? UNSURE : CONFORMS;
    }
  }

  /** Keywords that only annotate (they never make a document invalid). */
  private static final Set<String> ANNOTATIONS = Set.of("description", "default", "title", "$schema", "$id",
      "$defs", "$comment", "examples");

  private static final int MAX_DEPTH = 200;

  private final JsonNode root;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  /**
   * @param root the schema document
   */
  SchemaConformance(JsonNode root) {
    this.root = root;
  }

  /**
   * The verdict for a whole document.
   *
   * @param document the document
   * @return the verdict
   */
  Verdict check(JsonNode document) {
    return check(root, document, 0);
  }

  private Verdict check(JsonNode schema, JsonNode data, int depth) {
    if (depth > MAX_DEPTH || !schema.isObject()) {
      return schema.isBoolean() && depth <= MAX_DEPTH
          ? (schema.booleanValue() ? Verdict.CONFORMS : Verdict.VIOLATES) : Verdict.UNSURE;
    }
    Verdict verdict = Verdict.CONFORMS;
    Iterator<Map.Entry<String, JsonNode>> keywords = schema.fields();
    while (keywords.hasNext() && verdict != Verdict.VIOLATES) {
      Map.Entry<String, JsonNode> k = keywords.next();
      verdict = verdict.and(keyword(schema, k.getKey(), k.getValue(), data, depth));
    }
    return verdict;
  }

  private Verdict keyword(JsonNode schema, String name, JsonNode value, JsonNode data, int depth) {
    if (ANNOTATIONS.contains(name)) {
      return Verdict.CONFORMS;
    }
    switch (name) {
      case "$ref":
        return reference(value, data, depth);
      case "type":
        return type(value, data);
      case "required":
        return required(value, data);
      case "properties":
        return properties(value, data, depth);
      case "additionalProperties":
        return additionalProperties(schema, value, data, depth);
      case "propertyNames":
        return propertyNames(value, data, depth);
      case "items":
        return items(value, data, depth);
      case "minItems":
      case "maxItems":
        return itemCount(name, value, data);
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        return limit(name, value, data);
      case "minLength":
      case "maxLength":
        return length(name, value, data);
      case "pattern":
        return pattern(value, data);
      case "enum":
        return oneOfValues(value, data);
      case "const":
        return data.equals(value) ? Verdict.CONFORMS : unequal(data);
      case "oneOf":
        return oneOf(value, data, depth);
      case "anyOf":
        return anyOf(value, data, depth);
      default:
        return Verdict.UNSURE;
    }
  }

  private Verdict reference(JsonNode value, JsonNode data, int depth) {
    if (!value.isTextual() || !value.asText().startsWith("#")) {
      return Verdict.UNSURE;
    }
    JsonNode target = root.at(value.asText().substring(1));
    return target.isMissingNode() ? Verdict.UNSURE : check(target, data, depth + 1);
  }

  private static Verdict type(JsonNode value, JsonNode data) {
    if (value.isTextual()) {
      return isOfType(value.asText(), data);
    }
    if (!value.isArray()) {
      return Verdict.UNSURE;
    }
    Verdict best = Verdict.VIOLATES;
    for (JsonNode t : value) {
      if (!t.isTextual()) {
        return Verdict.UNSURE;
      }
      Verdict v = isOfType(t.asText(), data);
      if (v == Verdict.CONFORMS) {
        return v;
      }
      if (v == Verdict.UNSURE) {
        best = v;
      }
    }
    return best;
  }

  private static Verdict isOfType(String type, JsonNode data) {
    boolean is;
    switch (type) {
      case "object":
        is = data.isObject();
        break;
      case "array":
        is = data.isArray();
        break;
      case "string":
        is = data.isTextual();
        break;
      case "boolean":
        is = data.isBoolean();
        break;
      case "null":
        is = data.isNull();
        break;
      case "number":
        is = data.isNumber();
        break;
      case "integer":
        if (data.isNumber() && !data.isIntegralNumber()) {
          return Verdict.UNSURE; // 2.0 is an integer to JSON Schema; leave such edge cases to the validator
        }
        is = data.isIntegralNumber();
        break;
      default:
        return Verdict.UNSURE;
    }
    return is ? Verdict.CONFORMS : Verdict.VIOLATES;
  }

  private static Verdict required(JsonNode value, JsonNode data) {
    if (!data.isObject()) {
      return Verdict.CONFORMS;
    }
    if (!value.isArray()) {
      return Verdict.UNSURE;
    }
    for (JsonNode field : value) {
      if (!field.isTextual()) {
        return Verdict.UNSURE;
      }
      if (!data.has(field.asText())) {
        return Verdict.VIOLATES;
      }
    }
    return Verdict.CONFORMS;
  }

  private Verdict properties(JsonNode value, JsonNode data, int depth) {
    if (!data.isObject()) {
      return Verdict.CONFORMS;
    }
    if (!value.isObject()) {
      return Verdict.UNSURE;
    }
    Verdict verdict = Verdict.CONFORMS;
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext() && verdict != Verdict.VIOLATES) {
      Map.Entry<String, JsonNode> p = fields.next();
      JsonNode field = data.get(p.getKey());
      if (field != null) {
        verdict = verdict.and(check(p.getValue(), field, depth + 1));
      }
    }
    return verdict;
  }

  private Verdict additionalProperties(JsonNode schema, JsonNode value, JsonNode data, int depth) {
    if (!data.isObject()) {
      return Verdict.CONFORMS;
    }
    if (schema.has("patternProperties")) {
      return Verdict.UNSURE;
    }
    JsonNode declared = schema.path("properties");
    Verdict verdict = Verdict.CONFORMS;
    Iterator<Map.Entry<String, JsonNode>> fields = data.fields();
    while (fields.hasNext() && verdict != Verdict.VIOLATES) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (declared.has(f.getKey())) {
        continue;
      }
      if (value.isBoolean()) {
        verdict = value.booleanValue() ? verdict : Verdict.VIOLATES;
      } else {
        verdict = verdict.and(check(value, f.getValue(), depth + 1));
      }
    }
    return verdict;
  }

  private Verdict propertyNames(JsonNode value, JsonNode data, int depth) {
    if (!data.isObject()) {
      return Verdict.CONFORMS;
    }
    Verdict verdict = Verdict.CONFORMS;
    Iterator<String> names = data.fieldNames();
    while (names.hasNext() && verdict != Verdict.VIOLATES) {
      verdict = verdict.and(check(value, TextNode.valueOf(names.next()), depth + 1));
    }
    return verdict;
  }

  private Verdict items(JsonNode value, JsonNode data, int depth) {
    if (!data.isArray()) {
      return Verdict.CONFORMS;
    }
    if (!value.isObject() && !value.isBoolean()) {
      return Verdict.UNSURE;
    }
    Verdict verdict = Verdict.CONFORMS;
    for (int i = 0; i < data.size() && verdict != Verdict.VIOLATES; i++) {
      verdict = verdict.and(check(value, data.get(i), depth + 1));
    }
    return verdict;
  }

  private static Verdict itemCount(String name, JsonNode value, JsonNode data) {
    if (!data.isArray()) {
      return Verdict.CONFORMS;
    }
    if (!value.canConvertToExactIntegral()) {
      return Verdict.UNSURE;
    }
    long n = value.asLong();
    boolean ok = "minItems".equals(name) ? data.size() >= n : data.size() <= n;
    return ok ? Verdict.CONFORMS : Verdict.VIOLATES;
  }

  private static Verdict limit(String name, JsonNode value, JsonNode data) {
    if (!data.isNumber()) {
      return Verdict.CONFORMS;
    }
    if (!value.isNumber() || !finite(value) || !finite(data)) {
      return Verdict.UNSURE;
    }
    int c = compare(data, value);
    boolean ok;
    switch (name) {
      case "minimum":
        ok = c >= 0;
        break;
      case "maximum":
        ok = c <= 0;
        break;
      case "exclusiveMinimum":
        ok = c > 0;
        break;
      default:
        ok = c < 0;
        break;
    }
    return ok ? Verdict.CONFORMS : Verdict.VIOLATES;
  }

  /** The largest whole number every double up to which is exact. */
  private static final long EXACT = 1L << 53;

  /**
   * How {@code data} compares with {@code limit} as decimals ({@code decimalValue}), without making decimals
   * where the limit is a whole or half number (every limit of the toolkit's schemas: 0, 1, 0.5, ...): such a
   * limit's decimal is its double exactly, and a double orders against it exactly as its shortest decimal
   * does (that decimal lies in the double's own rounding interval, which holds no other double), so the two
   * compare as doubles. Making the decimals was a twentieth of a cold {@code stp project}'s main thread.
   */
  static int compare(JsonNode data, JsonNode limit) {
    double l = limit.doubleValue();
    boolean simpleLimit = (limit.isIntegralNumber() && limit.canConvertToLong() && Math.abs(limit.longValue()) <= EXACT)
        || (limit.isDouble() && Math.abs(l) <= EXACT / 2 && 2 * l == Math.rint(2 * l));
    boolean exactData = data.isDouble()
        || (data.isIntegralNumber() && data.canConvertToLong() && Math.abs(data.longValue()) <= EXACT);
    if (simpleLimit && exactData) {
      double d = data.doubleValue();
      return d < l ? -1 : d > l ? 1 : 0; // -0.0 equals 0, as its decimal does
    }
    return data.decimalValue().compareTo(limit.decimalValue());
  }

  private static boolean finite(JsonNode number) {
    return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
  }

  private static Verdict length(String name, JsonNode value, JsonNode data) {
    if (!data.isTextual()) {
      return Verdict.CONFORMS;
    }
    if (!value.canConvertToExactIntegral()) {
      return Verdict.UNSURE;
    }
    String text = data.asText();
    long n = text.codePointCount(0, text.length());
    boolean ok = "minLength".equals(name) ? n >= value.asLong() : n <= value.asLong();
    return ok ? Verdict.CONFORMS : Verdict.VIOLATES;
  }

  private Verdict pattern(JsonNode value, JsonNode data) {
    if (!data.isTextual()) {
      return Verdict.CONFORMS;
    }
    if (!value.isTextual()) {
      return Verdict.UNSURE;
    }
    Pattern p = patterns.computeIfAbsent(value.asText(), Pattern::compile);
    return p.matcher(data.asText()).find() ? Verdict.CONFORMS : Verdict.VIOLATES;
  }

  private static Verdict oneOfValues(JsonNode value, JsonNode data) {
    if (!value.isArray()) {
      return Verdict.UNSURE;
    }
    for (JsonNode allowed : value) {
      if (allowed.equals(data)) {
        return Verdict.CONFORMS;
      }
    }
    return unequal(data);
  }

  /**
   * The verdict when {@code data} equals none of the allowed values by Jackson's equality: certain for
   * text, booleans and null (JSON Schema compares them the same way); for numbers, arrays and objects
   * JSON Schema's equality can differ from Jackson's (1 and 1.0 are equal to it), so the validator decides.
   */
  private static Verdict unequal(JsonNode data) {
    return data.isTextual() || data.isBoolean() || data.isNull() ? Verdict.VIOLATES : Verdict.UNSURE;
  }

  private Verdict oneOf(JsonNode value, JsonNode data, int depth) {
    if (!value.isArray()) {
      return Verdict.UNSURE;
    }
    int conforming = 0;
    for (JsonNode option : value) {
      Verdict v = check(option, data, depth + 1);
      if (v == Verdict.UNSURE) {
        return Verdict.UNSURE;
      }
      if (v == Verdict.CONFORMS) {
        conforming++;
      }
    }
    return conforming == 1 ? Verdict.CONFORMS : Verdict.VIOLATES;
  }

  private Verdict anyOf(JsonNode value, JsonNode data, int depth) {
    if (!value.isArray()) {
      return Verdict.UNSURE;
    }
    Verdict best = Verdict.VIOLATES;
    for (JsonNode option : value) {
      Verdict v = check(option, data, depth + 1);
      if (v == Verdict.CONFORMS) {
        return v;
      }
      if (v == Verdict.UNSURE) {
        best = v;
      }
    }
    return best;
  }
}
