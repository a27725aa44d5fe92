package org.stptoolkit.reports.workbook.layout;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyRates;

/**
 * Writes a solution or sensitivity rule's parameters as one compact text cell and parses it back
 * strictly: {@code pool=provider-expenditure; sharePerYear=0.02; fromYear=2017/18; cumulative=true}.
 *
 * <p>The parameters are the rule record's components, in declaration order, so every kind of rule
 * round-trips without a hand-written codec. Parsing requires every parameter exactly once and no
 * unknown ones; numbers are plain decimals ("0.02", not "2%"), years are written like 2016/17, yes/no
 * as true/false, rates by year as {@code [2017/18:0.5, 2018/19:1]}. Every problem is an
 * {@link IllegalArgumentException} whose message names the parameter and shows what was found.
 *
 * @param <R> the sealed rule interface
 */
public final class RuleCodec<R> {

  private final Map<String, Class<?>> kinds = new LinkedHashMap<>();

  private RuleCodec(Class<R> sealed) {
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      String simple = c.getSimpleName();
      kinds.put(Character.toLowerCase(simple.charAt(0)) + simple.substring(1), c);
    }
  }

  /**
   * A codec for the permitted records of a sealed rule interface.
   *
   * @param <R> the sealed rule interface
   * @param sealed the sealed rule interface's class
   * @return a codec for the permitted records of a sealed rule interface
   */
  public static <R> RuleCodec<R> of(Class<R> sealed) {
    return new RuleCodec<>(sealed);
  }

  /**
   * The kind names, e.g. "percentOfPool".
   *
   * @return the kind names, e.g
   */
  public List<String> kinds() {
    return List.copyOf(kinds.keySet());
  }

  /**
   * The kind name of a rule.
   *
   * @param rule the rule
   * @return the kind name of a rule
   */
  public String kindOf(R rule) {
    String simple = rule.getClass().getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }

  /**
   * The parameters of {@code rule} as "name=value; ...".
   *
   * @param rule the rule
   * @return the parameters of {@code rule} as "name=value; ..."
   */
  public String format(R rule) {
    List<String> parts = new ArrayList<>();
    for (RecordComponent rc : rule.getClass().getRecordComponents()) {
      try {
        Object v = rc.getAccessor().invoke(rule);
        parts.add(rc.getName() + "=" + formatValue(v));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read rule parameter " + rc.getName(), e);
      }
    }
    return String.join("; ", parts);
  }

  private static String formatValue(Object v) {
    if (v instanceof Double d) {
      return plain(d);
    }
    if (v instanceof YearlyRates r) {
      List<String> ys = new ArrayList<>();
      r.fractions().forEach((y, f) -> ys.add(y + ":" + plain(f)));
      return "[" + String.join(", ", ys) + "]";
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    String s = String.valueOf(v);
    if (s.matches(".*[;=\\[\\]].*")) {
      throw new IllegalArgumentException("rule parameter value must not contain ; = [ or ], was \"" + s + "\"");
    }
    return s;
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * Parses a rule of {@code kind} from its parameters.
   *
   * @param kind the rule's kind name
   * @param parameters the parameters as "name=value; ..."
   * @return the rule
   * @throws IllegalArgumentException naming the unknown kind, the missing, unknown or repeated
   *     parameter, or the value that does not parse, or the rule's own validation message
   */
  @SuppressWarnings("unchecked")
  public R parse(String kind, String parameters) {
    Class<?> type = kinds.get(kind == null ? "" : kind.strip());
    if (type == null) {
      throw new IllegalArgumentException("rule kind must be one of " + kinds.keySet() + ", was \"" + kind + "\"");
    }
    Map<String, String> given = split(parameters == null ? "" : parameters);
    RecordComponent[] rcs = type.getRecordComponents();
    Object[] args = new Object[rcs.length];
    Class<?>[] types = new Class<?>[rcs.length];
    for (int i = 0; i < rcs.length; i++) {
      String name = rcs[i].getName();
      types[i] = rcs[i].getType();
      String text = given.remove(name);
      if (text == null) {
        throw new IllegalArgumentException(kind + " needs the parameter " + name);
      }
      args[i] = parseValue(name, text, types[i]);
    }
    if (!given.isEmpty()) {
      throw new IllegalArgumentException(kind + " has no parameter " + given.keySet().iterator().next());
    }
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      return (R) ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException(kind + " could not be built: " + e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build rule " + kind, e);
    }
  }

  private static Map<String, String> split(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    int depth = 0;
    int start = 0;
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == ';' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    for (String p : parts) {
      if (p.isBlank()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("rule parameter must be written name=value, was \"" + p.strip() + "\"");
      }
      String name = p.substring(0, eq).strip();
      if (out.put(name, p.substring(eq + 1).strip()) != null) {
        throw new IllegalArgumentException("rule parameter " + name + " is given twice");
      }
    }
    return out;
  }

  private static Object parseValue(String name, String text, Class<?> type) {
    try {
      if (type == double.class) {
        return parseNumber(text);
      }
      if (type == int.class) {
        return Integer.parseInt(text);
      }
      if (type == boolean.class) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")) {
          return true;
        }
        if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("no")) {
          return false;
        }
        throw new IllegalArgumentException();
      }
      if (type == String.class) {
        return text;
      }
      if (type == FinancialYear.class) {
        return FinancialYear.parse(text);
      }
      if (type.isEnum()) {
        for (Object c : type.getEnumConstants()) {
          if (((Enum<?>) c).name().equalsIgnoreCase(text)) {
            return c;
          }
        }
        throw new IllegalArgumentException();
      }
      if (type == YearlyRates.class) {
        return parseRates(text);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rule parameter " + name + " must be " + describe(type)
          + ", was \"" + text + "\"");
    }
    throw new IllegalStateException("unsupported rule parameter type " + type);
  }

  private static double parseNumber(String text) {
    double d = Double.parseDouble(text.strip());
    if (!Double.isFinite(d) || !text.strip().matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
      throw new IllegalArgumentException();
    }
    return d;
  }

  private static YearlyRates parseRates(String text) {
    String t = text.strip();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      throw new IllegalArgumentException();
    }
    TreeMap<FinancialYear, Double> m = new TreeMap<>();
    String body = t.substring(1, t.length() - 1).strip();
    if (!body.isEmpty()) {
      for (String p : body.split(",")) {
        int colon = p.lastIndexOf(':');
        if (colon <= 0) {
          throw new IllegalArgumentException();
        }
        FinancialYear y = FinancialYear.parse(p.substring(0, colon));
        if (m.put(y, parseNumber(p.substring(colon + 1))) != null) {
          throw new IllegalArgumentException();
        }
      }
    }
    return new YearlyRates(m);
  }

  private static String describe(Class<?> type) {
    if (type == double.class) {
      return "a plain decimal number such as 0.02";
    }
    if (type == int.class) {
      return "a whole number";
    }
    if (type == boolean.class) {
      return "true or false";
    }
    if (type == FinancialYear.class) {
      return "a financial year written like 2016/17";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        names.add(((Enum<?>) c).name());
      }
      return "one of " + names;
    }
    if (type == YearlyRates.class) {
      return "rates by year written like [2017/18:0.5, 2018/19:1]";
    }
    return type.getSimpleName().toLowerCase(Locale.ROOT);
  }
}
