package org.stptoolkit.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Mutation fuzzing of {@link FootprintJson#read(String, byte[])}: {@link #CASES} seeded mutations of the
 * embedded Staffordshire and Stoke-on-Trent example (fields deleted, duplicated and swapped, value types
 * swapped, extreme numbers, NaN and Infinity tokens, unknown enum values, wrongly written years, deep
 * nesting, truncation, byte flips, invalid UTF-8). Every case must end in a footprint or in ERROR
 * findings that each name a rule and the file, never in an exception; a footprint that is read must
 * write back to JSON that reads as the same footprint.
 *
 * <p>Case {@code i} uses seed {@code SEED + i}, so a failure names the one case to replay
 * ({@link #replay(int)}).
 */
class FootprintJsonFuzzTest {

  /**
   * Cases run: {@code -Dstp.fuzz.cases} (README "Tests": 1,000 in the default build, 10,000 with
   * {@code -Pthorough}); case {@code i} is the same in every run, so a smaller run is the start of a larger one.
   */
  static final int CASES = Integer.getInteger("stp.fuzz.cases", 1_000);
  static final long SEED = 0x5_7F_2016L;
  static final String NAME = "fuzz.json";
  static final SchemaConformance QUICK = JsonSchemas.footprint().conformance();
  /** Every how many cases the quick schema check is compared with the full validator, and the direct binding
   * with Jackson's: every second case in the default build (the comparisons parse, check and bind the
   * document again), every case with -Pthorough. */
  static final int QUICK_CHECK_STEP = Boolean.getBoolean("stp.thorough") ? 1 : 2;

  static final String EXAMPLE = FootprintJson.toJson(Examples.staffordshireAndStokeOnTrent());
  static final byte[] EXAMPLE_BYTES = EXAMPLE.getBytes(StandardCharsets.UTF_8);
  static final JsonNode TREE = FootprintJson.toTree(Examples.staffordshireAndStokeOnTrent());

  /** Values that replace a node: every JSON type and the awkward corners of each. */
  static final List<String> REPLACEMENTS = List.of("null", "true", "false", "0", "-0", "-0.0", "1",
      "-1", "1e308", "-1e308", "1e309", "1e-320", "4.9e-324", "2.5", "-2.5", "0.85", "100", "1000000000",
      "123456789012345678901234567890", "-9223372036854775809", "9223372036854775808", "2147483648",
      "1e400", "\"\"", "\" \"", "\"tbc\"", "\"2016/17\"", "\"NaN\"", "\"Infinity\"", "\"1,000\"", "\"£1m\"",
      "[]", "[null]", "[1,2,3]", "{}", "{\"x\":1}", "\"\\u0000\"", "\"\\ud800\"", "\"=cmd|' /C calc'!A0\"");

  /** Tokens that are not JSON numbers but look like them. */
  static final List<String> BAD_NUMBER_TOKENS = List.of("NaN", "Infinity", "-Infinity", "+1", "01",
      "1.", ".5", "0x10", "1e", "--1", "1_000", "١٢٣");

  static final List<String> BAD_ENUMS = List.of("NOT_A_KIND", "acute_trust", "Acute trust", "",
      "MIDLANDS", "North ", "UNKNOWN", "percentOfPool", "PRODUCTIVITY AND EFFICIENCY");

  static final List<String> BAD_YEARS = List.of("2016/18", "16/17", "2016-17", "2016/2017", "2016",
      "1947/48", "2200/01", "2016/17/18", "", " ", "FY2016", "2016\\/17", "17/16", "99/00", "2015/16 ");

  /** Byte sequences that are not UTF-8. */
  static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
          (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      new byte[] {(byte) 0xA3}, new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xFE, (byte) 0xFF},
      new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0});

  /** One mutation: a name for the report and what it does to the bytes. */
  record Mutation(String name, BiFunction<SplittableRandom, byte[], byte[]> apply) {}

  static final List<Mutation> MUTATIONS = List.of(
      tree("delete a field", FootprintJsonFuzzTest::deleteField),
      tree("swap two values", FootprintJsonFuzzTest::swapValues),
      tree("replace a value by another type", FootprintJsonFuzzTest::replaceValue),
      tree("unknown enum value", FootprintJsonFuzzTest::badEnum),
      tree("wrong year as a value", FootprintJsonFuzzTest::badYearValue),
      tree("wrong year as a key", FootprintJsonFuzzTest::badYearKey),
      tree("deep nesting", FootprintJsonFuzzTest::deepNesting),
      tree("unknown field", FootprintJsonFuzzTest::unknownField),
      tree("scale a number", FootprintJsonFuzzTest::scaleNumber),
      tree("empty a container", FootprintJsonFuzzTest::emptyContainer),
      tree("duplicate an array element", FootprintJsonFuzzTest::duplicateElement),
      new Mutation("duplicate a field line", (r, b) -> duplicateLine(r, b)),
      new Mutation("not-a-number token", (r, b) -> badNumberToken(r, b)),
      new Mutation("truncate", (r, b) -> java.util.Arrays.copyOf(b, r.nextInt(b.length))),
      new Mutation("flip bytes", FootprintJsonFuzzTest::flipBytes),
      new Mutation("insert invalid UTF-8", FootprintJsonFuzzTest::insertBadUtf8),
      new Mutation("delete a span", FootprintJsonFuzzTest::deleteSpan),
      new Mutation("repeat a span", FootprintJsonFuzzTest::repeatSpan));

  @Test
  void everyMutationEndsInAFootprintOrInErrorFindingsNeverAnException() {
    long start = System.nanoTime();
    // cases are independent and seeded by index, so they run on every core and still replay exactly
    List<Case> cases = IntStream.range(0, CASES).parallel().mapToObj(i -> {
      Case c = mutate(i);
      c.failure = check(c);
      return c;
    }).toList();
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<String, int[]> outcomes = new TreeMap<>();
    for (Case c : cases) {
      outcomes.computeIfAbsent(c.names.get(0), k -> new int[2])[c.accepted ? 0 : 1]++;
    }
    System.out.printf("FootprintJsonFuzzTest: %d cases in %d ms; accepted/refused by first mutation: %s%n",
        CASES, millis, summary(outcomes));
    assertThat(cases.stream().filter(c -> c.failure != null).limit(10)
        .map(c -> "case " + c.index + " (" + c.description() + "): " + c.failure).toList()).isEmpty();
    assertThat(outcomes.values().stream().mapToInt(v -> v[0]).sum())
        .as("some mutations leave a readable footprint, so the accepting path is fuzzed too").isGreaterThan(CASES / 20);
    // every kind of mutation was the first of some case (checked on this run's own cases, not on a second
    // mutation of the first cases, which cost as much again as fuzzing them)
    Map<SchemaConformance.Verdict, Long> quick = cases.stream().filter(c -> c.quick != null)
        .collect(java.util.stream.Collectors.groupingBy(c -> c.quick, java.util.stream.Collectors.counting()));
    System.out.printf("FootprintJsonFuzzTest: quick schema check verdicts %s%n", quick);
    assertThat(quick.getOrDefault(SchemaConformance.Verdict.CONFORMS, 0L))
        .as("the quick schema check accepts some mutated footprints itself").isGreaterThan(CASES / 40L);
    assertThat(quick.getOrDefault(SchemaConformance.Verdict.VIOLATES, 0L))
        .as("the quick schema check refuses some mutated footprints itself").isGreaterThan(CASES / 40L);
    Map<Binding, Long> binding = cases.stream().filter(c -> c.binding != null)
        .collect(java.util.stream.Collectors.groupingBy(c -> c.binding, java.util.stream.Collectors.counting()));
    System.out.printf("FootprintJsonFuzzTest: bindings of the cases the schema accepts %s%n", binding);
    assertThat(binding.getOrDefault(Binding.DIRECT, 0L))
        .as("the direct binding binds many mutated footprints itself").isGreaterThan(CASES / 40L);
    assertThat(binding.getOrDefault(Binding.LEFT_TO_JACKSON_REFUSED, 0L))
        .as("some schema-valid footprints are refused by a record, and the direct binding leaves them to Jackson")
        .isGreaterThan(0L);
    assertThat(outcomes.keySet()).as("every mutation kind exercised")
        .containsAll(MUTATIONS.stream().map(Mutation::name).toList());
  }

  @Test
  void theUnmutatedExampleIsReadBackUnchanged() {
    Parsed<Footprint> p = FootprintJson.read(NAME, EXAMPLE_BYTES);
    assertThat(p.value()).contains(Examples.staffordshireAndStokeOnTrent());
  }

  // ---- regressions: inputs the fuzz found that once threw, kept as plain examples

  @Test
  void anEmptyFieldNameIsAFindingNotASchemaValidatorCrash() {
    String json = EXAMPLE.replaceFirst("\"number\" : 10,", "\"number\" : 10, \"\" : 1,");
    Parsed<Footprint> p = FootprintJson.read(NAME, json.getBytes(StandardCharsets.UTF_8));
    assertThat(p.value()).isEmpty();
    assertThat(p.findings().all()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(FootprintJson.SCHEMA);
      assertThat(f.location().place()).isEqualTo("$");
      assertThat(f.found()).contains("a field named \"\"");
    });
  }

  @Test
  void aNumberBeyondDoubleRangeIsRefusedWithItsPath() {
    String json = EXAMPLE.replaceFirst("\"incomeGbpK\" : -?[0-9.]+", "\"incomeGbpK\" : 1e400");
    Parsed<Footprint> p = FootprintJson.read(NAME, json.getBytes(StandardCharsets.UTF_8));
    assertThat(p.value()).isEmpty();
    assertThat(p.findings().all()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(FootprintJson.INVALID_VALUE);
      assertThat(f.location().place()).isEqualTo("$.baseline.serviceLines[0].incomeGbpK");
    });
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithLineAndColumnNotReplaced() {
    // "Stök" typed in a Windows-1252 editor: 0xF6 alone is not UTF-8
    byte[] bytes = EXAMPLE.replaceFirst("\"lead\" : \"", "\"lead\" : \"St\u0001k ").getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bytes, (byte) 1, 0);
    bytes[at] = (byte) 0xF6;
    int line = 1 + (int) EXAMPLE.substring(0, EXAMPLE.indexOf("\"lead\"")).chars().filter(ch -> ch == '\n').count();
    Parsed<Footprint> p = FootprintJson.read(NAME, bytes);
    assertThat(p.value()).isEmpty();
    assertThat(p.findings().all()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(FootprintJson.NOT_JSON);
      assertThat(f.location().place()).startsWith("line " + line + ", column ");
      assertThat(f.found()).contains("0xF6").contains("Windows-1252");
    });
  }

  @Test
  void aTinyAmountBesideNormalOnesGivesAUnitWarningNotAFormattingCrash() {
    String json = EXAMPLE.replaceFirst("\"fixedCostsGbpK\" : -?[0-9.]+", "\"fixedCostsGbpK\" : 1e-320")
        .replaceFirst("\"variableCostsGbpK\" : -?[0-9.]+", "\"variableCostsGbpK\" : 4.9e-324");
    Parsed<Footprint> p = FootprintJson.read(NAME, json.getBytes(StandardCharsets.UTF_8));
    assertThat(p.findings().all()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("UNIT_CONFUSION"));
  }

  /** Replays one case, for debugging a failure reported by the fuzz test. */
  static String replay(int i) {
    Case c = mutate(i);
    Parsed<Footprint> p = FootprintJson.read(NAME, c.bytes);
    return c.description() + "\n" + new String(c.bytes, StandardCharsets.UTF_8) + "\n" + p.findings().all();
  }

  /** How a case that the schema accepts was bound. */
  enum Binding {
    /** {@link FootprintBinder} bound it, as Jackson does. */
    DIRECT,
    /** {@link FootprintBinder} left it to Jackson, which bound it. */
    LEFT_TO_JACKSON_BOUND,
    /** {@link FootprintBinder} left it to Jackson, which refused it. */
    LEFT_TO_JACKSON_REFUSED
  }

  /** One mutated input. */
  static final class Case {
    final List<String> names = new ArrayList<>();
    int index;
    String failure;
    byte[] bytes;
    boolean accepted;
    /** The quick schema check's verdict on the case's tree, or null when the bytes are not a JSON tree. */
    SchemaConformance.Verdict quick;
    /** How the footprint was bound, for a case the schema accepts (else null). */
    Binding binding;

    String description() {
      return String.join(" + ", names);
    }
  }

  static Case mutate(int i) {
    SplittableRandom r = new SplittableRandom(SEED + i);
    Case c = new Case();
    c.index = i;
    c.bytes = EXAMPLE_BYTES;
    int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    for (int k = 0; k < n; k++) {
      Mutation m = MUTATIONS.get(r.nextInt(MUTATIONS.size()));
      c.names.add(m.name());
      c.bytes = m.apply().apply(r, c.bytes);
    }
    return c;
  }

  /** Null when the case behaved; otherwise what went wrong. */
  static String check(Case c) {
    Parsed<Footprint> p;
    try {
      p = FootprintJson.read(NAME, c.bytes);
    } catch (Throwable t) {
      return "threw " + t + " at " + java.util.Arrays.stream(t.getStackTrace()).limit(8)
          .map(StackTraceElement::toString).toList();
    }
    if (p == null) {
      return "returned null";
    }
    if (p.value().isEmpty() && !p.findings().hasErrors()) {
      return "no footprint and no ERROR finding";
    }
    for (ValidationFinding f : p.findings().all()) {
      if (f.rule().isBlank()) {
        return "a finding without a rule: " + f;
      }
      if (!NAME.equals(f.location().file())) {
        return "a finding that does not name the file: " + f;
      }
      if (f.location().place().isBlank() && f.expected().isBlank() && f.found().isBlank()) {
        return "a finding that says nothing: " + f;
      }
    }
    String disagreement = quickCheckDisagreement(c);
    if (disagreement != null) {
      return disagreement;
    }
    disagreement = bindingDisagreement(c);
    if (disagreement != null) {
      return disagreement;
    }
    if (p.value().isPresent() && !isUtf8(c.bytes)) {
      return "accepted bytes that are not UTF-8 (characters silently replaced)";
    }
    if (p.value().isPresent()) {
      c.accepted = !p.findings().hasErrors();
      try {
        Footprint fp = p.value().get();
        String written = FootprintJson.toJson(fp);
        if (!StpJson.reader().forType(Footprint.class).readValue(written).equals(fp)) {
          return "a footprint that was read does not bind back the same after writing";
        }
        // every tenth one goes through read() again: the schema check and the validator too
        if (c.index % 10 == 0) {
          Parsed<Footprint> again = FootprintJson.read(NAME, written.getBytes(StandardCharsets.UTF_8));
          if (!again.value().equals(p.value()) || !JsonSchemas.footprint().check(FootprintJson.toTree(fp)).isEmpty()) {
            return "a footprint that was read does not read back the same after writing: " + again.findings().all();
          }
        }
      } catch (Throwable t) {
        return "writing back threw " + t;
      }
    }
    return null;
  }

  /**
   * Null when the quick schema check agrees with the full validator on the case (or the case is not a
   * schema-checkable tree): what it accepts the validator accepts, what it refuses the validator refuses.
   */
  static String quickCheckDisagreement(Case c) {
    if (c.index % QUICK_CHECK_STEP != 0) {
      return null;
    }
    JsonNode tree;
    try {
      tree = StpJson.reader().readTree(c.bytes);
    } catch (Exception notJson) {
      return null;
    }
    if (tree == null || tree.isMissingNode()) {
      return null;
    }
    boolean refused;
    try {
      refused = !JsonSchemas.footprint().fullCheck(tree).isEmpty();
    } catch (RuntimeException e) {
      return null; // a tree FootprintJson refuses before the schema (an empty field name): not comparable
    }
    c.quick = QUICK.check(tree);
    if (c.quick == SchemaConformance.Verdict.CONFORMS && refused
        || c.quick == SchemaConformance.Verdict.VIOLATES && !refused) {
      return "the quick schema check says " + c.quick + ", the full validator " + (refused ? "refuses" : "accepts");
    }
    return null;
  }

  /**
   * Null when the direct binding agrees with Jackson on the case (or the schema refuses it): what it binds,
   * Jackson binds to an equal footprint; what Jackson refuses, it leaves to Jackson.
   */
  static String bindingDisagreement(Case c) {
    if (c.index % QUICK_CHECK_STEP != 0) {
      return null; // the same cases as the quick schema check's comparison (every case with -Pthorough)
    }
    JsonNode complete;
    try {
      JsonNode tree = StpJson.reader().readTree(c.bytes);
      if (tree == null || !tree.isObject() || !JsonSchemas.footprint().check(tree).isEmpty()) {
        return null;
      }
      complete = JsonSchemas.footprint().withDefaults(tree);
    } catch (Exception notCheckable) {
      return null;
    }
    java.util.Optional<Footprint> direct = FootprintBinder.bind(complete);
    Footprint jackson;
    try {
      jackson = StpJson.reader().treeToValue(complete, Footprint.class);
    } catch (Exception refused) {
      c.binding = Binding.LEFT_TO_JACKSON_REFUSED;
      return direct.isPresent() ? "bound directly a document that Jackson refuses: " + refused.getMessage() : null;
    }
    if (direct.isEmpty()) {
      c.binding = Binding.LEFT_TO_JACKSON_BOUND;
      return null;
    }
    c.binding = Binding.DIRECT;
    return direct.get().equals(jackson) ? null : "bound directly to another footprint than Jackson binds";
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  static String summary(Map<String, int[]> outcomes) {
    StringBuilder sb = new StringBuilder();
    outcomes.forEach((k, v) -> sb.append(k).append(' ').append(v[0]).append('/').append(v[1]).append("; "));
    return sb.toString();
  }

  // ---- tree mutations: parse the (possibly already mutated) bytes; if they are no longer JSON, pass through.

  interface TreeEdit {
    void edit(SplittableRandom r, ObjectNode root);
  }

  static Mutation tree(String name, TreeEdit edit) {
    return new Mutation(name, (r, bytes) -> {
      JsonNode root;
      try {
        root = bytes == EXAMPLE_BYTES ? TREE.deepCopy() : StpJson.reader().readTree(bytes);
      } catch (Exception e) {
        return flipBytes(r, bytes);
      }
      if (!(root instanceof ObjectNode obj)) {
        return flipBytes(r, bytes);
      }
      edit.edit(r, obj);
      return expandDeep(root.toPrettyString()).getBytes(StandardCharsets.UTF_8);
    });
  }

  /** A slot in the tree: a container and a field name or array index. */
  record Slot(ContainerNode<?> parent, String field, int index) {
    JsonNode get() {
      return parent instanceof ObjectNode o ? o.get(field) : ((ArrayNode) parent).get(index);
    }

    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  static List<Slot> slots(JsonNode node) {
    List<Slot> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(new Slot(o, e.getKey(), -1));
        collect(e.getValue(), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i));
        collect(a.get(i), out);
      }
    }
  }

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  static Slot pickSlot(SplittableRandom r, ObjectNode root, java.util.function.Predicate<JsonNode> which) {
    List<Slot> all = slots(root).stream().filter(s -> which.test(s.get())).toList();
    return all.isEmpty() ? null : pick(r, all);
  }

  static JsonNode json(String text) {
    try {
      return StpJson.reader().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(text, e);
    }
  }

  static void deleteField(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, n -> true);
    if (s != null) {
      s.remove();
    }
  }

  static void swapValues(SplittableRandom r, ObjectNode root) {
    List<Slot> all = slots(root);
    Slot a = pick(r, all);
    Slot b = r.nextBoolean() ? pick(r, all) : siblingOf(r, a);
    JsonNode va = a.get().deepCopy();
    JsonNode vb = b.get().deepCopy();
    a.set(vb);
    if (b.get() != null) {
      b.set(va);
    }
  }

  private static Slot siblingOf(SplittableRandom r, Slot s) {
    List<Slot> siblings = new ArrayList<>();
    if (s.parent() instanceof ObjectNode o) {
      o.fieldNames().forEachRemaining(f -> siblings.add(new Slot(o, f, -1)));
    } else {
      ArrayNode a = (ArrayNode) s.parent();
      for (int i = 0; i < a.size(); i++) {
        siblings.add(new Slot(a, null, i));
      }
    }
    return pick(r, siblings);
  }

  static void replaceValue(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, n -> true);
    if (s != null) {
      s.set(json(pick(r, REPLACEMENTS)));
    }
  }

  static void badEnum(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, n -> n.isTextual() && n.asText().matches("[A-Z_]+"));
    if (s != null) {
      s.set(JsonNodeFactory.instance.textNode(pick(r, BAD_ENUMS)));
    }
  }

  static void badYearValue(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, n -> n.isTextual() && n.asText().matches("\\d{4}/\\d{2}"));
    if (s != null) {
      s.set(JsonNodeFactory.instance.textNode(pick(r, BAD_YEARS)));
    }
  }

  static void badYearKey(SplittableRandom r, ObjectNode root) {
    List<ObjectNode> byYear = new ArrayList<>();
    for (Slot s : slots(root)) {
      if (s.get() instanceof ObjectNode o && o.size() > 0 && o.fieldNames().next().matches("\\d{4}/\\d{2}")) {
        byYear.add(o);
      }
    }
    if (byYear.isEmpty()) {
      return;
    }
    ObjectNode o = pick(r, byYear);
    List<String> keys = new ArrayList<>();
    o.fieldNames().forEachRemaining(keys::add);
    String key = pick(r, keys);
    JsonNode v = o.remove(key);
    o.set(pick(r, BAD_YEARS), v);
  }

  /** Marks a slot to be replaced, after writing, by a nesting too deep to build as a tree. */
  static void deepNesting(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, n -> true);
    if (s != null) {
      s.set(JsonNodeFactory.instance.textNode("@@DEEP:" + (10 + r.nextInt(3000)) + ":" + r.nextBoolean() + "@@"));
    }
  }

  static String expandDeep(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"@@DEEP:(\\d+):(true|false)@@\"").matcher(text);
    if (!m.find()) {
      return text;
    }
    int depth = Integer.parseInt(m.group(1));
    boolean arrays = Boolean.parseBoolean(m.group(2));
    String nested = arrays ? "[".repeat(depth) + "1" + "]".repeat(depth)
        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    return text.substring(0, m.start()) + nested + text.substring(m.end());
  }

  static void unknownField(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, JsonNode::isObject);
    ObjectNode target = s == null ? root : (ObjectNode) s.get();
    target.set(pick(r, List.of("colour", "__proto__", "@type", "kind", "", "number", "gbpK")),
        json(pick(r, REPLACEMENTS)));
  }

  static void scaleNumber(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, JsonNode::isNumber);
    if (s != null) {
      double f = pick(r, List.of(1000.0, 0.001, -1.0, 100.0, 0.01, 1e6, 0.0));
      s.set(JsonNodeFactory.instance.numberNode(s.get().asDouble() * f));
    }
  }

  static void emptyContainer(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, JsonNode::isContainerNode);
    if (s != null) {
      s.set(s.get().isArray() ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode());
    }
  }

  static void duplicateElement(SplittableRandom r, ObjectNode root) {
    Slot s = pickSlot(r, root, n -> n.isArray() && n.size() > 0);
    if (s != null) {
      ArrayNode a = (ArrayNode) s.get();
      a.add(a.get(r.nextInt(a.size())).deepCopy());
    }
  }

  // ---- text and byte mutations

  static byte[] duplicateLine(SplittableRandom r, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    List<Integer> fieldLines = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().startsWith("\"") && lines[i].contains(" : ")) {
        fieldLines.add(i);
      }
    }
    if (fieldLines.isEmpty()) {
      return flipBytes(r, bytes);
    }
    int i = pick(r, fieldLines);
    String line = lines[i].endsWith(",") ? lines[i] : lines[i] + ",";
    lines[i] = line + "\n" + lines[i];
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] badNumberToken(SplittableRandom r, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(": (-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?)").matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
    if (spans.isEmpty()) {
      return flipBytes(r, bytes);
    }
    int[] s = pick(r, spans);
    return (text.substring(0, s[0]) + pick(r, BAD_NUMBER_TOKENS) + text.substring(s[1]))
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] flipBytes(SplittableRandom r, byte[] bytes) {
    if (bytes.length == 0) {
      return new byte[] {(byte) r.nextInt(256)};
    }
    byte[] out = bytes.clone();
    int n = 1 + r.nextInt(5);
    for (int k = 0; k < n; k++) {
      int at = r.nextInt(out.length);
      out[at] = r.nextBoolean() ? (byte) (out[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
    }
    return out;
  }

  static byte[] insertBadUtf8(SplittableRandom r, byte[] bytes) {
    byte[] bad = pick(r, BAD_UTF8);
    int at = bytes.length == 0 ? 0 : r.nextInt(bytes.length + 1);
    if (r.nextInt(4) == 0) {
      // inside a string value, where a decoder that replaces would hide it
      int q = indexOf(bytes, (byte) '"', at);
      at = q < 0 ? at : q + 1;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bad.length);
    out.write(bytes, 0, at);
    out.write(bad, 0, bad.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static byte[] deleteSpan(SplittableRandom r, byte[] bytes) {
    if (bytes.length < 2) {
      return new byte[0];
    }
    int from = r.nextInt(bytes.length);
    int len = 1 + r.nextInt(Math.min(64, bytes.length - from));
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    out.write(bytes, 0, from);
    out.write(bytes, from + len, bytes.length - from - len);
    return out.toByteArray();
  }

  static byte[] repeatSpan(SplittableRandom r, byte[] bytes) {
    if (bytes.length < 2) {
      return bytes;
    }
    int from = r.nextInt(bytes.length);
    int len = 1 + r.nextInt(Math.min(200, bytes.length - from));
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + len);
    out.write(bytes, 0, from + len);
    out.write(bytes, from, bytes.length - from);
    return out.toByteArray();
  }
}
