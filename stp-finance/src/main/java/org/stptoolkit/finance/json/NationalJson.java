package org.stptoolkit.finance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.finance.aggregation.Measure;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.io.AtomicFile;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * The result of a national (or collected) run as JSON: the aggregation tree England → regions →
 * footprints → local plans → organisations with every measure by year (£'000), each footprint's full
 * result as {@link ResultJson} writes it, the inputs that could not be run with their findings, and the
 * national Monte Carlo section when one was run. Same stable layout as {@link ResultJson}.
 */
public final class NationalJson {

  /** Version of this document's layout. */
  public static final String SCHEMA_VERSION = "1.0";

  private NationalJson() {}

  /** An input that could not be run: its name and why. */
  public record Failure(String input, List<ValidationFinding> findings) {
    /**
     * Copies the findings.
     *
     * @param input the input that could not be run (a file name or footprint)
     * @param findings why it could not be run
     */
    public Failure {
      findings = List.copyOf(findings);
    }
  }

  /**
   * The document.
   *
   * @param results the footprints that ran, in order (at least one)
   * @param failures the inputs that could not be run
   * @param mc the national Monte Carlo, or {@code null}
   * @return the document
   */
  public static ObjectNode toTree(List<FootprintResult> results, List<Failure> failures, MonteCarloResult mc) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("units", "GBP thousands");
    root.put("rounding", RoundingPolicy.STATEMENT);
    ArrayNode years = root.putArray("years");
    results.get(0).period().labels().forEach(years::add);
    root.put("footprintCount", results.size());
    root.set("england", node(Aggregation.england(results)));
    ArrayNode fps = root.putArray("footprints");
    results.forEach(r -> fps.add(ResultJson.toTree(r)));
    ArrayNode failed = root.putArray("failed");
    for (Failure x : failures) {
      ObjectNode o = failed.addObject();
      o.put("input", x.input());
      ArrayNode fs = o.putArray("findings");
      x.findings().forEach(v -> fs.add(v.toString()));
    }
    if (mc != null) {
      root.set("monteCarlo", MonteCarloJson.toTree(mc));
    }
    return root;
  }

  /**
   * One aggregation node with its children.
   *
   * @param n the aggregation node
   * @return the node and its children as a JSON object
   */
  public static ObjectNode node(AggregateNode n) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("level", n.level().name());
    o.put("code", n.code());
    o.put("name", n.name());
    ObjectNode measures = o.putObject("measures");
    List<Map.Entry<Measure, ByYear>> sorted = new java.util.ArrayList<>(n.measures().entrySet());
    sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Measure::jsonName)));
    for (Map.Entry<Measure, ByYear> e : sorted) {
      ArrayNode a = measures.putArray(e.getKey().jsonName());
      for (double v : e.getValue().toArray()) {
        a.add(v);
      }
    }
    if (!n.children().isEmpty()) {
      ArrayNode children = o.putArray("children");
      n.children().forEach(c -> children.add(node(c)));
    }
    return o;
  }

  /**
   * Writes the document atomically.
   *
   * @param results the footprints that ran, in order (at least one)
   * @param failures the inputs that could not be run
   * @param mc the national Monte Carlo, or {@code null}
   * @param file the file to write
   * @param replace whether an existing file may be replaced
   * @throws IOException if the file cannot be written, or exists and may not be replaced
   */
  public static void write(List<FootprintResult> results, List<Failure> failures, MonteCarloResult mc,
      Path file, boolean replace) throws IOException {
    AtomicFile.write(file, replace, ResultJson.toBytes(toTree(results, failures, mc)));
  }
}
