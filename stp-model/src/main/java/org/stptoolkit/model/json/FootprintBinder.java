package org.stptoolkit.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.sensitivity.SensitivityRule;
import org.stptoolkit.model.solution.SolutionRule;

/**
 * Binds a footprint's JSON tree to the model's records directly, the way {@link StpJsonModule} has Jackson
 * bind it, for a document the schema has accepted: each record from its canonical constructor with its
 * components by name, lists as lists, maps by code in document order, by-year series by year, enums by
 * name, rules by their {@code "kind"}.
 *
 * <p>Why: Jackson builds its deserialisers for the ~40 record types by introspection the first time a
 * footprint is read, about 150 ms of CPU in each command's cold JVM, longer than everything else the
 * command does with the footprint. Walking the tree here takes a few milliseconds.
 *
 * <p>Only the well-formed case: anything Jackson might treat in a way of its own (a value of another kind
 * that it would coerce or refuse, an unknown field or kind, an explicit {@code null} for a number, a record
 * constructor that refuses its values) gives {@link Optional#empty()}, and the caller then binds the
 * document with Jackson, which alone words the finding. So the footprint bound here is always the one
 * Jackson would bind ({@code FootprintBinderTest} compares them on the example, the synthetic nation,
 * generated footprints and mutated documents), and no finding ever comes from here.
 */
final class FootprintBinder {

  private FootprintBinder() {}

  /** Thrown (without a stack trace) where the document leaves the well-formed case. */
  private static final class Declined extends Exception {
    private static final long serialVersionUID = 1L;

    Declined() {
      super(null, null, false, false);
    }
  }

  private static final Declined DECLINED = new Declined();

  /**
   * The footprint {@code document} describes, bound as Jackson binds it; empty where the document is not
   * the plain well-formed case (the caller then binds it with Jackson, which words what is wrong).
   *
   * @param document a footprint document that the schema accepted, with its defaults filled in
   * @return the footprint, or empty
   */
  static Optional<Footprint> bind(JsonNode document) {
    try {
      return Optional.of((Footprint) record(Footprint.class, document, FootprintJson.SCHEMA_VERSION_FIELD));
    } catch (Declined | RuntimeException e) {
      // a constructor's refusal included: Jackson reports it with the path of the value refused
      return Optional.empty();
    }
  }

  private static Object value(Type type, JsonNode node) throws Declined {
    if (node == null || node.isNull()) {
      if (type instanceof Class<?> c && c.isPrimitive()) {
        throw DECLINED; // Jackson refuses null for a number or a flag (FAIL_ON_NULL_FOR_PRIMITIVES)
      }
      return null;
    }
    if (type instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        return list(args[0], node);
      }
      if (raw == SortedMap.class && args[0] == FinancialYear.class) {
        return byYear(args[1], node);
      }
      if (raw == Map.class && args[0] == String.class) {
        return byCode(args[1], node);
      }
      throw DECLINED;
    }
    if (!(type instanceof Class<?> c)) {
      throw DECLINED;
    }
    if (c == String.class) {
      return text(node);
    }
    if (c == double.class || c == Double.class) {
      if (!node.isNumber()) {
        throw DECLINED;
      }
      return node.doubleValue();
    }
    if (c == int.class || c == Integer.class) {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw DECLINED;
      }
      return node.intValue();
    }
    if (c == boolean.class || c == Boolean.class) {
      if (!node.isBoolean()) {
        throw DECLINED;
      }
      return node.booleanValue();
    }
    if (c == FinancialYear.class) {
      return FinancialYear.parse(text(node));
    }
    if (c.isEnum()) {
      return constant(c, text(node));
    }
    if (c == YearlyAmounts.class) {
      // bound by delegation from its by-year map (StpJsonModule's mix-in)
      return new YearlyAmounts(numbersByYear(node));
    }
    if (c == YearlyRates.class) {
      return new YearlyRates(numbersByYear(node));
    }
    if (c == SolutionRule.class) {
      return rule(RuleKinds.SOLUTION_RULES, node);
    }
    if (c == SensitivityRule.class) {
      return rule(RuleKinds.SENSITIVITY_RULES, node);
    }
    if (c.isRecord() && c.getName().startsWith("org.stptoolkit.model.")) {
      return record(c, node, null);
    }
    throw DECLINED;
  }

  private static String text(JsonNode node) throws Declined {
    if (!node.isTextual()) {
      throw DECLINED; // Jackson would coerce a number or a flag to text
    }
    return node.textValue();
  }

  private static Object constant(Class<?> type, String name) throws Declined {
    for (Object c : type.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(name)) {
        return c;
      }
    }
    throw DECLINED;
  }

  private static Object rule(Map<String, Class<?>> kinds, JsonNode node) throws Declined {
    if (!node.isObject()) {
      throw DECLINED;
    }
    JsonNode kind = node.get(RuleKinds.FIELD);
    Class<?> type = kind == null || !kind.isTextual() ? null : kinds.get(kind.textValue());
    if (type == null) {
      throw DECLINED;
    }
    return record(type, node, RuleKinds.FIELD);
  }

  /** A record from an object's fields; {@code ignored} is a field that is not a component (or null). */
  private static Object record(Class<?> type, JsonNode node, String ignored) throws Declined {
    if (!node.isObject()) {
      throw DECLINED;
    }
    RecordShape shape = RecordShape.of(type);
    Object[] args = new Object[shape.size()];
    boolean[] given = new boolean[args.length];
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      int i = shape.index(field.getKey());
      if (i < 0) {
        if (field.getKey().equals(ignored)) {
          continue;
        }
        throw DECLINED; // Jackson refuses an unknown field
      }
      args[i] = value(shape.type(i), field.getValue());
      given[i] = true;
    }
    for (int i = 0; i < args.length; i++) {
      if (!given[i]) {
        args[i] = absent(shape.type(i));
      }
    }
    try {
      return shape.newInstance(args);
    } catch (InvocationTargetException e) {
      throw DECLINED; // the record refused its values: Jackson words it with the value's path
    } catch (ReflectiveOperationException e) {
      throw DECLINED;
    }
  }

  /** What Jackson passes for a component the document leaves out: null (a number or flag is left to it). */
  private static Object absent(Type type) throws Declined {
    if (type instanceof Class<?> c && c.isPrimitive()) {
      throw DECLINED;
    }
    return null;
  }

  @SuppressWarnings("unchecked") // every value was bound as a Double (or null)
  private static SortedMap<FinancialYear, Double> numbersByYear(JsonNode node) throws Declined {
    return (SortedMap<FinancialYear, Double>) (SortedMap<FinancialYear, ?>) byYear(Double.class, node);
  }

  private static List<Object> list(Type element, JsonNode node) throws Declined {
    if (!node.isArray()) {
      throw DECLINED; // Jackson does not take a single value as a list here
    }
    List<Object> out = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      out.add(value(element, item));
    }
    return out;
  }

  private static SortedMap<FinancialYear, Object> byYear(Type valueType, JsonNode node) throws Declined {
    if (!node.isObject()) {
      throw DECLINED;
    }
    SortedMap<FinancialYear, Object> out = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (out.put(FinancialYear.parse(e.getKey()), value(valueType, e.getValue())) != null) {
        throw DECLINED; // two spellings of one year
      }
    }
    return out;
  }

  private static Map<String, Object> byCode(Type valueType, JsonNode node) throws Declined {
    if (!node.isObject()) {
      throw DECLINED;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), value(valueType, e.getValue()));
    }
    return out;
  }
}
