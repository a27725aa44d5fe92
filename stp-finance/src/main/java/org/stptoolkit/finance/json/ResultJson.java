package org.stptoolkit.finance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.projection.SystemView;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.bridge.FundingApplied;
import org.stptoolkit.finance.projection.ActivityResult;
import org.stptoolkit.finance.projection.OrganisationResult;
import org.stptoolkit.finance.risk.RiskResult;
import org.stptoolkit.finance.sensitivity.SensitivityImpact;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.io.AtomicFile;
import org.stptoolkit.model.io.InputFiles;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.json.JsonSchemas;
import org.stptoolkit.model.json.StpJson;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Writes a {@link FootprintResult} as the JSON document that
 * {@code result.schema.json} describes ({@link JsonSchemas#RESULT_RESOURCE}). Every "by year" value is
 * an array aligned with {@code years}; money is in £'000, kept to three decimals (£1) so that output is
 * stable and readers can round with the toolkit's policy. Field order is fixed, so the same result gives
 * the same bytes.
 */
public final class ResultJson {

  /**
   * The version of the result document's layout, "major.minor", written first as {@code schemaVersion};
   * {@link #read} reads every 1.x document and one without the field as 1.0.
   */
  public static final String SCHEMA_VERSION = "1.0";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ResultJson() {}

  /**
   * The result as a JSON tree.
   *
   * @param r the footprint's result
   * @return the result as a JSON tree
   */
  public static ObjectNode toTree(FootprintResult r) {
    return toTree(r, null);
  }

  /**
   * The result with the {@code monteCarlo} section when {@code mc} is not null.
   *
   * @param r the footprint's result
   * @param mc the Monte Carlo result, or {@code null}
   * @return the result with the {@code monteCarlo} section when {@code mc} is not null
   */
  public static ObjectNode toTree(FootprintResult r, org.stptoolkit.finance.montecarlo.MonteCarloResult mc) {
    ObjectNode root = F.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("units", "GBP thousands");
    ObjectNode fp = root.putObject("footprint");
    fp.put("number", r.footprintNumber());
    fp.put("name", r.footprintName());
    fp.put("region", r.region().name());
    root.put("baseYear", r.period().baseYear().toString());
    ArrayNode years = root.putArray("years");
    r.years().forEach(years::add);

    ObjectNode baseline = root.putObject("baseline");
    baseline.put("normalisedSurplus", money(r.normalisedHealthSurplus()));
    ArrayNode bOrgs = baseline.putArray("organisations");
    for (OrganisationResult o : r.organisations()) {
      ObjectNode n = bOrgs.addObject();
      n.put("code", o.code());
      n.put("normalisedSurplus", money(o.normalisedSurplus()));
    }

    BridgeResult h = r.health();
    ObjectNode dn = root.putObject("doNothing");
    dn.put("source", h.doNothingSource().name());
    dn.set("surplus", arr(h.doNothing()));
    dn.set("driversBased", arr(h.driversDoNothing()));
    if (h.publishedDoNothing() != null) {
      dn.set("published", arr(h.publishedDoNothing()));
    }
    dn.set("publishedLessDrivers", arr(h.publishedLessDrivers()));

    ArrayNode orgs = root.putArray("organisations");
    for (OrganisationResult o : r.organisations()) {
      ObjectNode n = orgs.addObject();
      n.put("code", o.code());
      n.put("name", o.name());
      n.put("type", o.type().name());
      if (o.localPlan() != null) {
        n.put("localPlan", o.localPlan());
      }
      n.set("surplus", arr(o.surplus()));
      n.set("income", arr(o.income()));
      n.set("expenditure", arr(o.expenditure()));
    }

    root.set("solutions", solutions(r.solutions()));
    root.set("funding", funding(h.funding()));
    root.set("totalSolutionValue", arr(h.totalSolutionValue()));
    if (h.publishedTotalSolutionValue() != null) {
      root.set("publishedTotalSolutionValue", arr(h.publishedTotalSolutionValue()));
    }
    ObjectNode ds = root.putObject("doSomething");
    ds.set("surplus", arr(h.doSomething()));
    if (h.publishedDoSomething() != null) {
      ds.set("published", arr(h.publishedDoSomething()));
    }
    ObjectNode cum = root.putObject("cumulative");
    cum.put("doNothing", money(h.cumulativeDoNothing()));
    cum.put("doSomething", money(h.cumulativeDoSomething()));
    cum.put("committedNonRecurrentFunding", money(h.committedNonRecurrentFunding()));
    cum.put("deficitFundingRequirement", money(h.deficitFundingRequirement()));

    ArrayNode sc = root.putArray("socialCare");
    for (BridgeResult b : r.socialCare()) {
      ObjectNode n = sc.addObject();
      n.put("scope", b.scope().code());
      n.put("source", b.doNothingSource().name());
      n.set("doNothing", arr(b.doNothing()));
      n.set("driversBased", arr(b.driversDoNothing()));
      n.set("solutions", arr(b.totalSolutions()));
      n.set("fundingApplied", arr(b.fundingApplied()));
      n.set("doSomething", arr(b.doSomething()));
      if (b.publishedTotalSolutionValue() != null) {
        n.set("publishedTotalSolutionValue", arr(b.publishedTotalSolutionValue()));
      }
      if (b.publishedDoSomething() != null) {
        n.set("publishedDoSomething", arr(b.publishedDoSomething()));
      }
    }

    ArrayNode sens = root.putArray("sensitivities");
    for (SensitivityImpact s : r.sensitivities().single()) {
      sens.add(sensitivity(s));
    }
    if (r.sensitivities().combined() != null) {
      root.set("sensitivitiesCombined", sensitivity(r.sensitivities().combined()));
    }
    ArrayNode tornado = root.putArray("tornado");
    r.sensitivities().tornado().forEach(tornado::add);

    ActivityResult a = r.activity();
    ObjectNode act = root.putObject("activity");
    act.put("baseCases", money(a.baseCases()));
    act.set("cases", arr(a.cases()));
    act.put("additionalCases", money(a.additionalCases()));
    ArrayNode pods = act.putArray("byPod");
    for (ActivityResult.PodSpells p : a.byPod()) {
      ObjectNode n = pods.addObject();
      n.put("pod", p.pod().name());
      n.put("baseSpells", money(p.baseSpells()));
      n.set("spells", arr(p.spells()));
    }
    ObjectNode beds = root.putObject("beds");
    beds.put("targetOccupancy", a.targetOccupancy());
    beds.put("base", money(a.baseBeds()));
    beds.set("beds", arr(a.beds()));
    beds.put("additional", money(a.additionalBeds()));
    ArrayNode wf = root.putArray("workforce");
    for (ActivityResult.WorkforceLine w : a.workforce()) {
      ObjectNode n = wf.addObject();
      n.put("name", w.name());
      n.put("baseWte", money(w.baseWte()));
      n.set("wte", arr(w.wte()));
      n.put("additional", money(w.additional()));
    }

    ObjectNode tc = root.putObject("transformation");
    tc.set("cumulative", arr(r.planCosts().transformationCumulative()));
    tc.set("inYear", arr(r.planCosts().transformationInYear()));
    root.set("capital", arr(r.planCosts().capital()));
    if (r.controlTotals() != null) {
      ObjectNode ct = root.putObject("controlTotals");
      ct.set("organisations", funding(r.controlTotals().organisations()));
      ct.set("sum", arr(r.controlTotals().sum()));
      ct.set("planLessControlTotals", arr(r.controlTotals().planLessControlTotals()));
    }
    SystemView sv = r.system();
    ObjectNode sys = root.putObject("system");
    sys.set("commissionerAllocation", arr(sv.commissionerAllocation()));
    sys.set("commissionerSpend", arr(sv.commissionerSpend()));
    sys.set("commissionerPosition", arr(sv.commissionerPosition()));
    sys.set("providerIncome", arr(sv.providerIncome()));
    sys.set("providerExpenditure", arr(sv.providerExpenditure()));
    sys.set("providerPosition", arr(sv.providerPosition()));
    sys.set("systemPosition", arr(sv.systemPosition()));
    sys.set("intraSystemFlowEstimate", arr(sv.intraSystemFlowEstimate()));

    root.set("risk", risk(r.risk()));
    if (mc != null) {
      root.set("monteCarlo", MonteCarloJson.toTree(mc));
    }

    ArrayNode findings = root.putArray("findings");
    for (ValidationFinding f : r.findings().all()) {
      ObjectNode n = findings.addObject();
      n.put("severity", f.severity().name());
      n.put("rule", f.rule());
      n.put("location", f.location().toString());
      n.put("expected", f.expected());
      n.put("found", f.found());
    }
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    return root;
  }

  private static ObjectNode sensitivity(SensitivityImpact s) {
    ObjectNode n = F.objectNode();
    n.put("name", s.name());
    n.put("kind", s.kind());
    n.set("impact", arr(s.nhsImpact()));
    n.set("socialCareImpact", arr(s.socialCareImpact()));
    if (s.publishedNhsFinalYear() != null) {
      n.put("publishedFinalYear", money(s.publishedNhsFinalYear()));
    }
    if (s.publishedSocialCareFinalYear() != null) {
      n.put("publishedSocialCareFinalYear", money(s.publishedSocialCareFinalYear()));
    }
    return n;
  }

  private static ArrayNode solutions(List<SolutionLine> lines) {
    ArrayNode out = F.arrayNode();
    for (SolutionLine s : lines) {
      ObjectNode n = out.addObject();
      n.put("number", s.number());
      n.put("name", s.name());
      n.put("scope", s.scope().code());
      n.put("category", s.category().name());
      n.put("maturity", s.maturity().name());
      n.put("basis", s.basis().name());
      n.set("gross", arr(s.gross()));
      n.set("doubleCount", arr(s.doubleCount()));
      n.set("net", arr(s.net()));
      if (s.ruleKind() != null) {
        ObjectNode rule = n.putObject("rule");
        rule.put("kind", s.ruleKind());
        if (s.ruleGross() != null) {
          rule.set("gross", arr(s.ruleGross()));
        }
        if (s.ruleDifference() != null) {
          rule.set("differenceFromPhased", arr(s.ruleDifference()));
        }
      }
    }
    return out;
  }

  private static ArrayNode funding(List<FundingApplied> lines) {
    ArrayNode out = F.arrayNode();
    for (FundingApplied f : lines) {
      ObjectNode n = out.addObject();
      n.put("name", f.name());
      n.put("scope", f.scope().code());
      n.put("committedNonRecurrent", f.committedNonRecurrent());
      n.set("amounts", arr(f.amounts()));
    }
    return out;
  }

  private static ObjectNode risk(RiskResult risk) {
    ObjectNode n = F.objectNode();
    ObjectNode factors = n.putObject("factors");
    risk.factors().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> factors.put(e.getKey().name(), e.getValue()));
    ArrayNode sols = n.putArray("solutions");
    for (RiskResult.AdjustedSolution s : risk.solutions()) {
      ObjectNode o = sols.addObject();
      o.put("label", s.label());
      o.put("maturity", s.maturity().name());
      o.put("factor", s.factor());
      o.set("net", arr(s.net()));
      o.set("riskAdjusted", arr(s.riskAdjusted()));
    }
    n.set("doSomething", arr(risk.doSomething()));
    n.set("riskAdjustedDoSomething", arr(risk.riskAdjustedDoSomething()));
    n.set("riskAdjustedGap", arr(risk.riskAdjustedGap()));
    n.put("cumulativeRiskAdjusted", money(risk.cumulativeRiskAdjusted()));
    return n;
  }

  /** A by-year series as a JSON array of £'000 to three decimals. */
  static ArrayNode arr(ByYear v) {
    ArrayNode a = F.arrayNode();
    for (int i = 0; i < v.size(); i++) {
      a.add(money(v.get(i)));
    }
    return a;
  }

  /** £'000 kept to three decimals (£1). */
  static double money(double gbpK) {
    double r = Math.round(gbpK * 1000.0) / 1000.0;
    return r == 0 ? 0.0 : r;
  }

  /**
   * The result as UTF-8 JSON bytes (two-space indent, "\n" line ends, trailing newline).
   *
   * @param r the footprint's result
   * @return the result as UTF-8 JSON bytes (two-space indent, "\n" line ends, trailing newline)
   */
  public static byte[] toBytes(FootprintResult r) {
    return toBytes(toTree(r));
  }

  /**
   * A JSON tree as UTF-8 bytes in the toolkit's stable layout.
   *
   * @param tree the JSON tree
   * @return a JSON tree as UTF-8 bytes in the toolkit's stable layout
   */
  public static byte[] toBytes(JsonNode tree) {
    try {
      return (StpJson.writer().writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("result could not be written as JSON", e);
    }
  }

  /**
   * Writes the result atomically to {@code file}.
   *
   * @param r the footprint's result
   * @param file the file to write
   * @param replace whether an existing file may be replaced
   * @throws IOException if the file cannot be written, or exists and may not be replaced
   */
  public static void write(FootprintResult r, Path file, boolean replace) throws IOException {
    AtomicFile.write(file, replace, toBytes(r));
  }

  /**
   * Writes the result with its Monte Carlo section atomically to {@code file}.
   *
   * @param r the footprint's result
   * @param mc the Monte Carlo result
   * @param file the file to write
   * @param replace whether an existing file may be replaced
   * @throws IOException if the file cannot be written, or exists and may not be replaced
   */
  public static void write(FootprintResult r, org.stptoolkit.finance.montecarlo.MonteCarloResult mc,
      Path file, boolean replace) throws IOException {
    AtomicFile.write(file, replace, toBytes(toTree(r, mc)));
  }

  /**
   * Schema violations of a result document (empty when valid).
   *
   * @param document the parsed document
   * @return ERROR findings, one per problem
   */
  public static List<ValidationFinding> check(JsonNode document) {
    return Schema.RESULT.check(document);
  }

  /** The result schema, loaded on first use. */
  private static final class Schema {
    static final JsonSchemas RESULT = JsonSchemas.load(JsonSchemas.RESULT_RESOURCE);
  }

  /** Largest result file read, in bytes (a national run's largest footprint result is well under 5 MB). */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  /**
   * Reads a result file back into Java: see {@link #read(String, byte[])}.
   *
   * @param file a file {@link #write} wrote (or {@code stp project})
   * @return the result, or findings naming the file and what is wrong
   */
  public static Parsed<FootprintResult> read(Path file) {
    String name = file.toString();
    java.util.Optional<String> problem = InputFiles.problem(file, null, MAX_BYTES);
    if (problem.isPresent()) {
      return Parsed.failed(List.of(ValidationFinding.error(FootprintJson.UNREADABLE, new Location(name, ""),
          "a readable result JSON file of at most " + MAX_BYTES / (1024 * 1024) + " MB", problem.get())));
    }
    try {
      return read(name, InputFiles.readBounded(file, MAX_BYTES));
    } catch (IOException e) {
      return Parsed.failed(List.of(ValidationFinding.error(FootprintJson.UNREADABLE, new Location(name, ""),
          "a readable result JSON file", "a file that could not be read")));
    }
  }

  /**
   * Reads a result document back into a {@link FootprintResult}: UTF-8 JSON, its format version read
   * tolerantly (a document without {@code schemaVersion} is 1.0; any 1.x is read), checked against the
   * result schema, then bound. Every figure is the document's as written (£'000 to three decimals, so
   * within £1 of the engine's); what the document does not carry is rebuilt from the rows it does or left
   * empty, as {@code ResultReader} lists; {@link #toBytes(FootprintResult)} of the result read gives the
   * document's bytes again (less any {@code monteCarlo} or {@code threeGaps} section, which a
   * {@link FootprintResult} does not hold). Never throws for bad content: every problem is an ERROR finding
   * naming the file and the JSON path.
   *
   * @param name the document's name, for findings
   * @param bytes the document
   * @return the result, or the findings that stopped it
   */
  public static Parsed<FootprintResult> read(String name, byte[] bytes) {
    JsonNode tree;
    try {
      String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      tree = StpJson.reader().readTree(text);
    } catch (java.nio.charset.CharacterCodingException e) {
      return Parsed.failed(List.of(ValidationFinding.error(FootprintJson.NOT_JSON, new Location(name, ""),
          "UTF-8 text", "bytes that are not UTF-8")));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation loc = e.getLocation();
      return Parsed.failed(List.of(ValidationFinding.error(FootprintJson.NOT_JSON, new Location(name,
          loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr()), "well-formed JSON",
          StpJson.describeWithoutContent(e))));
    }
    if (tree == null || !tree.isObject()) {
      return Parsed.failed(List.of(ValidationFinding.error(FootprintJson.NOT_JSON, new Location(name, "$"),
          "a JSON object describing a projection result", tree == null ? "an empty file" : "another kind of value")));
    }
    java.util.Optional<ValidationFinding> version = FootprintJson.versionProblem(tree, SCHEMA_VERSION,
        new Location(name, "$." + FootprintJson.SCHEMA_VERSION_FIELD));
    if (version.isPresent()) {
      return Parsed.failed(List.of(version.get()));
    }
    List<ValidationFinding> schema = check(tree).stream().map(f -> f.inFile(name)).toList();
    if (!schema.isEmpty()) {
      return Parsed.failed(schema);
    }
    try {
      FootprintResult r = ResultReader.read(tree);
      return Parsed.of(r, org.stptoolkit.model.validation.Findings.none());
    } catch (IllegalArgumentException e) {
      return Parsed.failed(List.of(ValidationFinding.error(FootprintJson.INVALID_VALUE, new Location(name, "$"),
          "a result the toolkit could have written", e.getMessage())));
    }
  }

  /**
   * The rounding statement the document carries in its notes.
   *
   * @return the rounding statement the document carries in its notes
   */
  public static String roundingStatement() {
    return RoundingPolicy.STATEMENT;
  }
}
