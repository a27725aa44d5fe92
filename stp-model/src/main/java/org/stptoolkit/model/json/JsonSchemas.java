package org.stptoolkit.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * The published JSON Schemas (draft 2020-12) for the footprint input and the projection result, kept as
 * resources under {@code org/stptoolkit/model/schema/} so that any tool can check a file before the
 * toolkit sees it.
 */
public final class JsonSchemas {

  /** Resource path of the footprint input schema. */
  public static final String FOOTPRINT_RESOURCE = "/org/stptoolkit/model/schema/footprint.schema.json";
  /** Resource path of the result schema. */
  public static final String RESULT_RESOURCE = "/org/stptoolkit/model/schema/result.schema.json";

  private static final JsonSchemas FOOTPRINT = new JsonSchemas(FOOTPRINT_RESOURCE);

  /** The full validator, built on the first document the quick check cannot accept (see {@link #validator()}). */
  private volatile JsonSchema schema;
  /** The schema itself, to quote a rule's description beside its limits. */
  private final JsonNode tree;
  /** The quick check that accepts a conforming document without building the full validator. */
  private final SchemaConformance conformance;

  private JsonSchemas(String resource) {
    try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource " + resource + " is missing from the jar");
      }
      tree = StpJson.reader().readTree(in);
      conformance = new SchemaConformance(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The full validator (networknt's, draft 2020-12), built once on first use: building it costs a short
   * command more than the rest of reading its input, and a conforming document never needs it.
   */
  private JsonSchema validator() {
    JsonSchema s = schema;
    if (s == null) {
      synchronized (this) {
        s = schema;
        if (s == null) {
          JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
          SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
              .pathType(com.networknt.schema.PathType.JSON_PATH).build();
          s = factory.getSchema(tree, config);
          schema = s;
        }
      }
    }
    return s;
  }

  /**
   * The footprint input schema.
   *
   * @return the footprint input schema
   */
  public static JsonSchemas footprint() {
    return FOOTPRINT;
  }

  /**
   * The schema at a resource path (e.g. {@link #RESULT_RESOURCE}).
   *
   * @param resource the schema's resource path
   * @return the schema, ready to check documents
   */
  public static JsonSchemas load(String resource) {
    return new JsonSchemas(resource);
  }

  /**
   * Schema violations as ERROR findings, one per problem, ordered by JSON path, at most
   * {@link org.stptoolkit.model.validation.Findings#MAX_PER_KIND} a kind with a count of the rest; empty when valid.
   *
   * @param document the JSON document
   * @return the schema violations as ERROR findings, empty when valid
   */
  public List<ValidationFinding> check(JsonNode document) {
    if (conformance.check(document) == SchemaConformance.Verdict.CONFORMS) {
      return List.of();
    }
    return fullCheck(document);
  }

  /** The quick check this schema runs before the full validator (for tests that compare the two). */
  SchemaConformance conformance() {
    return conformance;
  }

  /**
   * {@link #check} by the full validator alone, without the quick check that accepts a conforming document
   * first (for tests that compare the two).
   *
   * @param document the JSON document
   * @return the schema violations as ERROR findings, empty when valid
   */
  List<ValidationFinding> fullCheck(JsonNode document) {
    Set<ValidationMessage> messages = validator().validate(document);
    return org.stptoolkit.model.validation.Findings.capped(messages.stream()
        .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
            .thenComparing(ValidationMessage::getMessage))
        .map(m -> ValidationFinding.error(FootprintJson.SCHEMA,
            Location.of(m.getInstanceLocation().toString()), withDescription(expectation(m), m), found(m)))
        .toList(), org.stptoolkit.model.validation.Findings.MAX_PER_KIND);
  }

  /**
   * A copy of {@code document} with the schema's documented defaults filled in: every field the schema
   * marks optional with a {@code "default"} that the document leaves out takes that default, at any depth
   * (objects, arrays, maps by year or code, and the branch of a rule chosen by its {@code "kind"}). A
   * field given explicitly, even as {@code null}, is left as it is for the schema check to judge.
   *
   * @param document the JSON document (not changed)
   * @return a copy of {@code document} with the schema's documented defaults filled in: every field the
   *     schema marks optional with a {@code "default"} that the document leaves out takes that default, at
   *     any depth (objects, arrays, maps by year or code, and the branch of a rule chosen by its {@code
   *     "kind"})
   */
  public JsonNode withDefaults(JsonNode document) {
    JsonNode copy = document.deepCopy();
    fill(tree, copy, 0);
    return copy;
  }

  private void fill(JsonNode schemaNode, JsonNode data, int depth) {
    if (depth > 64 || schemaNode == null || data == null) {
      return;
    }
    JsonNode s = resolve(schemaNode);
    if (data.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode object = (com.fasterxml.jackson.databind.node.ObjectNode) data;
      JsonNode branch = branchFor(s, object);
      if (branch != null) {
        fill(branch, data, depth + 1);
      }
      JsonNode properties = s.path("properties");
      properties.fields().forEachRemaining(e -> {
        JsonNode value = object.get(e.getKey());
        if (value == null) {
          JsonNode d = defaultOf(e.getValue());
          if (d != null) {
            object.set(e.getKey(), d.deepCopy());
          }
        } else {
          fill(e.getValue(), value, depth + 1);
        }
      });
      JsonNode additional = s.get("additionalProperties");
      if (additional != null && additional.isObject()) {
        object.fields().forEachRemaining(e -> {
          if (!properties.has(e.getKey())) {
            fill(additional, e.getValue(), depth + 1);
          }
        });
      }
    } else if (data.isArray() && s.has("items")) {
      for (JsonNode item : data) {
        fill(s.get("items"), item, depth + 1);
      }
    }
  }

  /** The {@code oneOf} branch whose {@code kind} constant matches the object's kind, or null. */
  private JsonNode branchFor(JsonNode s, JsonNode object) {
    JsonNode kind = object.get("kind");
    if (kind == null || !s.has("oneOf")) {
      return null;
    }
    for (JsonNode option : s.get("oneOf")) {
      JsonNode o = resolve(option);
      if (kind.equals(o.path("properties").path("kind").get("const"))) {
        return o;
      }
    }
    return null;
  }

  private JsonNode defaultOf(JsonNode property) {
    return property.has("default") ? property.get("default") : resolve(property).get("default");
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode n = node;
    for (int i = 0; i < 8 && n.has("$ref") && n.get("$ref").asText().startsWith("#"); i++) {
      n = tree.at(n.get("$ref").asText().substring(1));
    }
    return n;
  }

  /**
   * A limit's expectation with the description of the schema rule it belongs to, where the schema gives
   * one: "a value of at most 1 (a rate a year as a decimal fraction, from -0.5 = -50% to 1 = +100%)".
   */
  private String withDescription(String expectation, ValidationMessage m) {
    String type = m.getType();
    if (!"maximum".equals(type) && !"minimum".equals(type) && !"exclusiveMinimum".equals(type)
        && !"exclusiveMaximum".equals(type)) {
      return expectation;
    }
    String location = String.valueOf(m.getSchemaLocation());
    int hash = location.indexOf('#');
    String pointer = hash < 0 ? "" : location.substring(hash + 1);
    while (pointer.lastIndexOf('/') > 0) {
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
      JsonNode description = tree.at(pointer).path("description");
      if (description.isTextual()) {
        String d = description.asText().strip();
        return expectation + " (" + (d.endsWith(".") ? d.substring(0, d.length() - 1) : d) + ")";
      }
    }
    return expectation;
  }

  private static String expectation(ValidationMessage m) {
    String type = m.getType();
    Object[] args = m.getArguments();
    if ("required".equals(type)) {
      return "the required field \"" + m.getProperty() + "\"";
    }
    if ("additionalProperties".equals(type)) {
      return "only the fields the schema defines";
    }
    if ("type".equals(type) && args != null && args.length >= 2) {
      return "a value of type " + args[1];
    }
    if ("maximum".equals(type) && args != null && args.length >= 1) {
      return "a value of at most " + args[0];
    }
    if ("minimum".equals(type) && args != null && args.length >= 1) {
      return "a value of at least " + args[0];
    }
    if ("enum".equals(type) && args != null && args.length >= 1) {
      return "one of " + args[0];
    }
    String message = m.getMessage();
    int colon = message.indexOf(": ");
    return colon >= 0 ? message.substring(colon + 2) : message;
  }

  private static String found(ValidationMessage m) {
    String type = m.getType();
    if ("required".equals(type)) {
      return "it is missing";
    }
    if ("additionalProperties".equals(type)) {
      return "unknown field \"" + m.getProperty() + "\"";
    }
    JsonNode node = m.getInstanceNode();
    if (node == null) {
      return "";
    }
    String text = node.isContainerNode() ? node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
        : node.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
