package org.stptoolkit.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.json.FootprintJson;

/**
 * The README's Java section "Building a footprint in code", compiled and run as written: its code block is
 * read from README.md, its {@code import} lines put at the top of a class and the rest made the body of a
 * method, compiled with the JDK's compiler against the toolkit's classes, and run. The footprint it builds
 * must be the walk-through's footprint, read from the README's own JSON; its figures are checked by hand.
 */
class ReadmeBuilderExampleTest {

  private static final String SECTION = "Building a footprint in code";
  private static final double TOLERANCE = 1e-6;

  @Test
  void readmeBuilderSnippetCompilesRunsAndBuildsTheWalkthroughsFootprint(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Object[] out = new Object[3];
    String printed = run(codeBlock(readme, SECTION, "```java"), dir, out);
    Footprint fp = (Footprint) out[0];
    FootprintResult result = (FootprintResult) out[1];
    FootprintResult withoutSecond = (FootprintResult) out[2];

    // the builders and the JSON reader agree, defaults included: the README's JSON is the same footprint
    Footprint fromJson = FootprintJson.read("figures.json",
        codeBlock(readme, "The minimal footprint the walk-through's figures make", "```json")
            .getBytes(StandardCharsets.UTF_8)).requireValid();
    assertThat(fp).isEqualTo(fromJson);
    assertThat(result).isEqualTo(StpEngine.DEFAULT.run(fromJson));
    assertThat(result.findings().hasErrors()).isFalse();

    // NEH 2016/17 by hand: activity g = 1.009 × 1.01 − 1; income and the normalisation adjustment (normalised
    // (18,000) less the line's (12,000) = (6,000)) grow with tariff and activity, staff and variable costs
    // with their inflation and activity, fixed costs with non-pay inflation only
    double g = 1.009 * 1.01 - 1;
    double neh2016 = (310_000 - 6_000) * 1.001 * (1 + g) - 195_000 * 1.01 * (1 + g) - 72_000 * 1.02 * (1 + g)
        - 55_000 * 1.02;
    assertThat(result.organisation("NEH").orElseThrow().surplus().get(0)).isCloseTo(neh2016, within(TOLERANCE));
    // do-something = do-nothing + solutions: 15,000 + 10,000 in 2020/21; without solution 2, 10,000 less
    assertThat(result.health().doSomething().last() - result.health().doNothing().last())
        .isCloseTo(25_000, within(TOLERANCE));
    assertThat(result.health().doSomething().last() - withoutSecond.health().doSomething().last())
        .isCloseTo(10_000, within(TOLERANCE));

    // the invalid copy was refused with its findings, the first error printed
    assertThat(printed).contains("ERROR ABSURD_VALUE NEH 2015/16 Acute income: expected income of zero or more, found (310,000)")
        .contains("10000.0");
  }

  /** The first fenced block of {@code fence} after the line holding {@code marker}. */
  static String codeBlock(String readme, String marker, String fence) {
    int at = readme.indexOf(marker);
    assertThat(at).as("README mentions " + marker).isNotNegative();
    int start = readme.indexOf(fence + "\n", at) + fence.length() + 1;
    int end = readme.indexOf("\n```", start);
    return readme.substring(start, end + 1);
  }

  /**
   * Compiles the snippet as the body of {@code Snippet.apply}, runs it and returns what it printed; the
   * snippet's {@code fp}, {@code result} and {@code withoutSecond} are handed back in {@code out}.
   */
  @SuppressWarnings("unchecked")
  private static String run(String snippet, Path dir, Object[] out) throws Exception {
    List<String> imports = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n")) {
      if (line.startsWith("import ")) {
        imports.add(line);
      } else {
        body.append("    ").append(line.replace("System.out", "out")).append('\n');
      }
    }
    String source = "package readme;\n\n" + String.join("\n", imports) + "\n\n"
        + "public final class Snippet implements java.util.function.Function<java.io.PrintStream, Object[]> {\n"
        + "  @Override\n  public Object[] apply(java.io.PrintStream out) {\n" + body
        + "    return new Object[] {fp, result, withoutSecond};\n  }\n}\n";
    Path file = dir.resolve("readme").resolve("Snippet.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    // the JDK's compiler (javax.tools), looked up at run time: the tests compile as part of the finance
    // module, which does not read java.compiler
    Object javac = Class.forName("javax.tools.ToolProvider").getMethod("getSystemJavaCompiler").invoke(null);
    Method tool = Class.forName("javax.tools.Tool").getMethod("run", InputStream.class, OutputStream.class,
        OutputStream.class, String[].class);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = (int) tool.invoke(javac, null, diagnostics, diagnostics, new String[] {"-classpath", classPath(),
        "-d", dir.toString(), "-proc:none", "-Xlint:all,-path,-processing", "-Werror", file.toString()});
    assertThat(status).as("the README snippet compiles:\n" + diagnostics.toString(StandardCharsets.UTF_8)
        + "\n" + source).isZero();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
        ReadmeBuilderExampleTest.class.getClassLoader());
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      Function<PrintStream, Object[]> snippetRun = (Function<PrintStream, Object[]>) loader
          .loadClass("readme.Snippet").getDeclaredConstructor().newInstance();
      System.arraycopy(snippetRun.apply(stream), 0, out, 0, out.length);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** The test's class path, and the folders or jars the model and finance classes were loaded from. */
  private static String classPath() throws Exception {
    Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    String modulePath = System.getProperty("jdk.module.path");
    if (modulePath != null) {
      entries.addAll(List.of(modulePath.split(File.pathSeparator)));
    }
    for (Class<?> c : List.of(Footprint.class, StpEngine.class)) {
      entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
