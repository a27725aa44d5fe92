package org.stptoolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.metrics.intervals.ConfidenceIntervals;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.reports.workbook.TemplateWriter;

/**
 * The build fails on a package cycle: jdeps (the JDK's own class dependency analyser, so no extra test
 * library) reads the bytecode of the four library modules, the package graph is built from its
 * class-to-class edges inside {@code org.stptoolkit}, and every strongly connected component with more
 * than one package is a cycle, reported with the classes that make each edge.
 *
 * <p>It also checks the module descriptors: the internals are not exported to everyone.
 */
class PackageCyclesTest {

  private static final List<Class<?>> MODULES =
      List.of(Footprint.class, StpEngine.class, ConfidenceIntervals.class, TemplateWriter.class);

  private static final Pattern EDGE =
      Pattern.compile("^\\s+(org\\.stptoolkit\\.[\\w.$]+)\\s+->\\s+(org\\.stptoolkit\\.[\\w.$]+)\\s");

  /** Package → package → the class edges that make it. */
  private static Map<String, Map<String, Set<String>>> graph;

  @BeforeAll
  static void readTheBytecode() throws URISyntaxException {
    graph = new TreeMap<>();
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    List<String> locations = new ArrayList<>();
    for (Class<?> c : MODULES) {
      locations.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    // The modules' own requirements (Jackson, POI, ...) are found where the tests found them.
    String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !locations.contains(p) && !p.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--module-path", modulePath,
        "-verbose:class", "-filter:none"));
    args.addAll(locations);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(rc).as("jdeps on %s: %s %s", locations, err, out).isZero();
    for (String line : out.toString().split("\\R")) {
      Matcher m = EDGE.matcher(line);
      if (m.find()) {
        String from = packageOf(m.group(1));
        String to = packageOf(m.group(2));
        if (!from.equals(to)) {
          graph.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>())
              .add(simple(m.group(1)) + " -> " + simple(m.group(2)));
        }
      }
    }
  }

  @Test
  void thereAreNoPackageCycles() {
    // The graph is the real one: dozens of packages, the engine's root package uses its sub-packages.
    assertThat(graph).hasSizeGreaterThan(30);
    assertThat(graph.get("org.stptoolkit.finance")).containsKey("org.stptoolkit.finance.bridge");
    List<Set<String>> cycles = cycles(graph);
    assertThat(cycles).as(describe(graph, cycles)).isEmpty();
  }

  @Test
  void theCycleFinderFindsACycle() {
    Map<String, Map<String, Set<String>>> g = new TreeMap<>();
    g.computeIfAbsent("a", k -> new TreeMap<>()).put("b", Set.of("A -> B"));
    g.computeIfAbsent("b", k -> new TreeMap<>()).put("c", Set.of("B -> C"));
    g.computeIfAbsent("c", k -> new TreeMap<>()).put("a", Set.of("C -> A"));
    g.computeIfAbsent("c", k -> new TreeMap<>()).put("d", Set.of("C -> D"));
    assertThat(cycles(g)).containsExactly(Set.of("a", "b", "c"));
    assertThat(describe(g, cycles(g))).contains("a -> b: A -> B");
    g.get("c").remove("a");
    assertThat(cycles(g)).isEmpty();
  }

  @Test
  void theInternalsAreNotExported() throws URISyntaxException {
    Set<String> toolkit = Set.of("org.stptoolkit.model", "org.stptoolkit.finance", "org.stptoolkit.metrics",
        "org.stptoolkit.reports");
    Map<String, ModuleDescriptor> modules = new TreeMap<>();
    for (Class<?> c : MODULES) {
      Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      ModuleDescriptor d = ModuleFinder.of(location).findAll().iterator().next().descriptor();
      assertThat(d.isAutomatic()).as("%s has a module-info", location).isFalse();
      modules.put(d.name(), d);
    }
    assertThat(modules.keySet()).isEqualTo(toolkit);
    for (ModuleDescriptor d : modules.values()) {
      for (ModuleDescriptor.Exports e : d.exports()) {
        if (e.source().contains(".internal") || e.source().endsWith(".cli")) {
          assertThat(e.isQualified()).as("%s exports %s to everyone", d.name(), e.source()).isTrue();
          assertThat(toolkit).as("%s exports %s", d.name(), e.source()).containsAll(e.targets());
        }
      }
      Set<String> hidden = new TreeSet<>(d.packages());
      d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> hidden.remove(e.source()));
      if (!d.name().equals("org.stptoolkit.metrics")) {   // every package of stp-metrics is its API
        assertThat(hidden).as("%s keeps its internals", d.name()).isNotEmpty();
      } else {
        assertThat(hidden).as("%s hides nothing", d.name()).isEmpty();
      }
    }
    assertThat(exported(modules.get("org.stptoolkit.finance")))
        .contains("org.stptoolkit.finance", "org.stptoolkit.finance.montecarlo")
        .doesNotContain("org.stptoolkit.finance.internal");
    assertThat(exported(modules.get("org.stptoolkit.model"))).doesNotContain("org.stptoolkit.model.internal");
    assertThat(exported(modules.get("org.stptoolkit.reports")))
        .doesNotContain("org.stptoolkit.reports.internal.workbook", "org.stptoolkit.reports.cli");
  }

  private static Set<String> exported(ModuleDescriptor d) {
    return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Strongly connected components of more than one package (Tarjan), each sorted. */
  static List<Set<String>> cycles(Map<String, Map<String, Set<String>>> g) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> found = new ArrayList<>();
    int[] next = {0};
    for (String v : g.keySet()) {
      if (!index.containsKey(v)) {
        strongConnect(v, g, index, low, stack, onStack, found, next);
      }
    }
    return found;
  }

  private static void strongConnect(String v, Map<String, Map<String, Set<String>>> g, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found, int[] next) {
    index.put(v, next[0]);
    low.put(v, next[0]);
    next[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : g.getOrDefault(v, Map.of()).keySet()) {
      if (!index.containsKey(w)) {
        strongConnect(w, g, index, low, stack, onStack, found, next);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }

  private static String describe(Map<String, Map<String, Set<String>>> g, List<Set<String>> cycles) {
    StringBuilder sb = new StringBuilder("package cycles:");
    for (Set<String> c : cycles) {
      sb.append("\n  ").append(c);
      for (String from : c) {
        for (Map.Entry<String, Set<String>> e : g.getOrDefault(from, Map.of()).entrySet()) {
          if (c.contains(e.getKey())) {
            sb.append("\n    ").append(from).append(" -> ").append(e.getKey()).append(": ")
                .append(String.join(", ", e.getValue()));
          }
        }
      }
    }
    return sb.toString();
  }

  private static String packageOf(String className) {
    return className.substring(0, className.lastIndexOf('.'));
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
