package org.stptoolkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json -rff FILE}) into the Markdown table of BENCHMARKS.md: one row
 * per benchmark and size with score ± error (99.9%), the time per footprint for runs over a nation, the
 * ratio engine ÷ floor of {@link ProjectionBenchmark} and the engine's share of the floor's draws per
 * second in {@link MonteCarloBenchmark}.
 *
 * <pre>
 * java -cp stp-bench/target/benchmarks.jar org.stptoolkit.bench.ResultsTable results.json [more.json ...]
 * </pre>
 */
public final class ResultsTable {

  private ResultsTable() {}

  /** One result row. */
  record Row(String benchmark, String method, String params, int footprints, String mode, double score,
      double error, String unit) {}

  /**
   * Prints the table for the given JMH JSON files.
   *
   * @param args JSON files
   * @throws IOException when a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String a : args) {
      rows.addAll(read(Path.of(a)));
    }
    print(rows, System.out);
  }

  static List<Row> read(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
      String full = n.get("benchmark").asText();
      String cls = full.substring(0, full.lastIndexOf('.'));
      String method = full.substring(full.lastIndexOf('.') + 1);
      Map<String, String> params = new LinkedHashMap<>();
      JsonNode p = n.get("params");
      if (p != null) {
        p.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      }
      int footprints = params.containsKey("footprints") ? Integer.parseInt(params.get("footprints")) : 0;
      JsonNode m = n.get("primaryMetric");
      out.add(new Row(cls.substring(cls.lastIndexOf('.') + 1), method, params.toString(), footprints,
          n.get("mode").asText(), m.get("score").asDouble(), m.get("scoreError").asDouble(),
          m.get("scoreUnit").asText()));
    }
    return out;
  }

  static void print(List<Row> rows, PrintStream out) {
    out.println("| benchmark | size | score ± error (99.9%) | unit | per footprint | engine ÷ floor |");
    out.println("| --- | ---: | ---: | --- | ---: | ---: |");
    for (Row r : rows) {
      String size = r.footprints() > 0 ? String.format(Locale.ROOT, "%,d", r.footprints())
          : r.params().equals("{}") ? "" : r.params();
      String per = "";
      if (r.footprints() > 1 && r.mode().equals("avgt") && !r.method().equals("footprintPack")) {
        per = String.format(Locale.ROOT, "%,.1f %s", r.score() / r.footprints(), r.unit().replace("/op", ""));
      }
      String ratio = "";
      if (r.benchmark().equals("ProjectionBenchmark") && !r.method().equals("floor")) {
        for (Row f : rows) {
          if (f.benchmark().equals(r.benchmark()) && f.method().equals("floor") && f.footprints() == r.footprints()) {
            ratio = String.format(Locale.ROOT, "%.1f", r.score() / f.score());
          }
        }
      }
      if (r.benchmark().equals("MonteCarloBenchmark") && r.method().equals("engine")) {
        for (Row f : rows) {
          if (f.benchmark().equals(r.benchmark()) && f.method().equals("floor") && f.footprints() == r.footprints()) {
            ratio = String.format(Locale.ROOT, "%.0f%% of the floor's draws/s", 100 * r.score() / f.score());
          }
        }
      }
      out.printf(Locale.ROOT, "| %s.%s | %s | %,.3f ± %,.3f | %s | %s | %s |%n", r.benchmark(), r.method(), size,
          r.score(), r.error(), r.unit(), per, ratio);
    }
  }
}
