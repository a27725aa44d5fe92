package org.stptoolkit.finance.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloWords;
import org.stptoolkit.finance.montecarlo.Percentile;

/**
 * The {@code monteCarlo} section of the result JSON: draws, seed, threads, percentiles by year
 * ({@code p10}/{@code p50}/{@code p90}...), probability of balance, means, standard deviations, the
 * percentile error, the variance drivers (squared correlation and contribution, which adds to 1), the
 * headline in words ({@link MonteCarloWords}) and, for national runs, England and each region.
 */
public final class MonteCarloJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private MonteCarloJson() {}

  /**
   * The section as a JSON object.
   *
   * @param mc the Monte Carlo result
   * @return the section as a JSON object
   */
  public static ObjectNode toTree(MonteCarloResult mc) {
    ObjectNode n = F.objectNode();
    n.put("draws", mc.draws());
    n.put("seed", mc.seed());
    n.put("threads", mc.threads());
    writeNode(n, mc.headline());
    n.put("percentileError", mc.percentileError());
    ArrayNode vd = n.putArray("varianceDrivers");
    for (MonteCarloResult.VarianceDriver v : mc.varianceDrivers()) {
      ObjectNode o = vd.addObject();
      o.put("name", v.name());
      o.put("kind", v.kind() == MonteCarloResult.InputKind.ASSUMPTION ? "assumption" : "delivery");
      o.put("squaredCorrelation", Math.round(v.squaredCorrelation() * 1e6) / 1e6);
      o.put("contribution", Math.round(v.contribution() * 1e6) / 1e6);
    }
    ArrayNode words = n.putArray("inWords");
    MonteCarloWords.headline(mc, 0).forEach(words::add);
    if (mc.nodes().size() > 1) {
      ArrayNode nodes = n.putArray("nodes");
      for (MonteCarloResult.Node node : mc.nodes()) {
        ObjectNode o = nodes.addObject();
        o.put("name", node.name());
        writeNode(o, node);
      }
    }
    if (mc.kept() != null) {
      ObjectNode k = n.putObject("keptDraws");
      k.set("finalYearDoSomething", ResultJson.arr(mc.kept().finalYearDoSomething()));
      k.set("cumulativeDoSomething", ResultJson.arr(mc.kept().cumulativeDoSomething()));
    }
    return n;
  }

  private static void writeNode(ObjectNode n, MonteCarloResult.Node node) {
    n.set("doNothing", percentiles(node.doNothing().percentiles()));
    n.set("doSomething", percentiles(node.doSomething().percentiles()));
    ObjectNode cum = n.putObject("cumulativeDoSomething");
    node.cumulativeDoSomething().percentiles().forEach((k, v) -> cum.put(k.name(), ResultJson.money(v)));
    cum.put("mean", ResultJson.money(node.cumulativeDoSomething().mean()));
    cum.put("standardDeviation", ResultJson.money(node.cumulativeDoSomething().standardDeviation()));
    ArrayNode pb = n.putArray("probabilityOfBalance");
    for (int y = 0; y < node.probabilityOfBalance().size(); y++) {
      pb.add(node.probabilityOfBalance().get(y));
    }
    ObjectNode mean = n.putObject("mean");
    mean.set("doNothing", ResultJson.arr(node.doNothing().mean()));
    mean.set("doSomething", ResultJson.arr(node.doSomething().mean()));
    ObjectNode sd = n.putObject("standardDeviation");
    sd.set("doNothing", ResultJson.arr(node.doNothing().standardDeviation()));
    sd.set("doSomething", ResultJson.arr(node.doSomething().standardDeviation()));
  }

  private static ObjectNode percentiles(Map<Percentile, ByYear> ps) {
    ObjectNode o = F.objectNode();
    ps.forEach((k, v) -> o.set(k.name(), ResultJson.arr(v)));
    return o;
  }
}
