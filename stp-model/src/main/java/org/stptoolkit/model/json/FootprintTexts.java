package org.stptoolkit.model.json;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;

/**
 * Every text of a footprint at its JSON path ({@code $.organisations[2].name}), in the order the
 * footprint's JSON ({@link FootprintJson#toJson}) has them: for checks of what a document can hold, which
 * name the place of each text as a reader of the JSON file finds it.
 *
 * <p>The texts are those of the JSON: names, codes and other text fields, the choices (enums) by name,
 * financial years as "2016/17", each rule's kind, and the format version; numbers and flags are not texts.
 * Found from the records themselves (their components, as the direct binding reads them), without writing
 * the JSON (which in a cold JVM first builds a Jackson serialiser for each of the model's ~40 record types
 * by introspection); {@code FootprintTextsTest} checks that the list is the JSON's.
 */
public final class FootprintTexts {

  private FootprintTexts() {}

  /**
   * Hands each non-empty text of {@code fp} with its JSON path to {@code action}, in the JSON's order.
   *
   * @param fp the footprint
   * @param action given the JSON path ({@code $.name}, {@code $.organisations[0].code}) and the text
   */
  public static void forEach(Footprint fp, BiConsumer<String, String> action) {
    action.accept("$." + FootprintJson.SCHEMA_VERSION_FIELD, FootprintJson.SCHEMA_VERSION);
    walk(fp, "$", action);
  }

  private static void walk(Object value, String path, BiConsumer<String, String> action) {
    if (value == null || value instanceof Number || value instanceof Boolean || value instanceof YearlyAmounts
        || value instanceof YearlyRates) {
      return; // numbers, flags, and series of numbers by year
    }
    if (value instanceof String s) {
      if (!s.isEmpty()) {
        action.accept(path, s);
      }
    } else if (value instanceof Enum<?> e) {
      action.accept(path, e.name());
    } else if (value instanceof FinancialYear y) {
      action.accept(path, y.toString());
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", action);
      }
    } else if (value instanceof Map<?, ?> map) {
      // the JSON has map entries in the order of their keys (StpJson's ORDER_MAP_ENTRIES_BY_KEYS)
      new TreeMap<>(map).forEach((k, v) -> walk(v, path + "." + k, action));
    } else if (value instanceof Record r) {
      String kind = RuleKinds.nameOf(r.getClass());
      if (kind != null) {
        action.accept(path + "." + RuleKinds.FIELD, kind); // the kind comes first, as Jackson writes it
      }
      RecordShape shape = RecordShape.of(r.getClass());
      for (int i = 0; i < shape.size(); i++) {
        walk(shape.get(i, r), path + "." + shape.name(i), action);
      }
    } else {
      throw new IllegalStateException("a part of a footprint of an unexpected kind at " + path);
    }
  }
}
