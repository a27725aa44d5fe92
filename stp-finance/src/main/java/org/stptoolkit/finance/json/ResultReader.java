package org.stptoolkit.finance.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.bridge.ControlTotals;
import org.stptoolkit.finance.bridge.DoNothingSource;
import org.stptoolkit.finance.bridge.FundingApplied;
import org.stptoolkit.finance.bridge.PlanCosts;
import org.stptoolkit.finance.projection.ActivityResult;
import org.stptoolkit.finance.projection.OrganisationResult;
import org.stptoolkit.finance.projection.SystemView;
import org.stptoolkit.finance.risk.RiskResult;
import org.stptoolkit.finance.sensitivity.SensitivityImpact;
import org.stptoolkit.finance.sensitivity.SensitivityResults;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.activity.PointOfDelivery;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.solution.Maturity;
import org.stptoolkit.model.solution.SolutionCategory;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Binds a schema-checked result document (what {@link ResultJson#toTree} writes) back to a
 * {@link FootprintResult}. Every figure is the document's, as written (£'000 to three decimals); the few
 * parts the document does not carry are rebuilt from the rows it does (the health bridge's total of
 * solutions and funding applied, a social care bridge's cumulative figures) or left empty (the
 * transformation cost lines, a social care bridge's published do-nothing and funding lines). Writing the
 * result read gives the document's bytes again (without its {@code monteCarlo} and {@code threeGaps}
 * sections, which are not part of a {@link FootprintResult}).
 */
final class ResultReader {

  private ResultReader() {}

  /** The result the document describes; a value the records refuse throws IllegalArgumentException. */
  static FootprintResult read(JsonNode d) {
    List<String> years = texts(d.get("years"));
    PlanPeriod period = PlanPeriod.of(FinancialYear.parse(d.get("baseYear").asText()), years.size());
    if (!period.labels().equals(years)) {
      throw new IllegalArgumentException("the plan years " + years + " must follow the base year "
          + d.get("baseYear").asText() + " one after another");
    }
    JsonNode fp = d.get("footprint");
    Map<String, Double> normalised = new java.util.HashMap<>();
    for (JsonNode o : d.path("baseline").path("organisations")) {
      normalised.put(o.get("code").asText(), o.get("normalisedSurplus").asDouble());
    }
    List<OrganisationResult> organisations = new ArrayList<>();
    for (JsonNode o : d.get("organisations")) {
      String code = o.get("code").asText();
      organisations.add(new OrganisationResult(code, o.get("name").asText(),
          OrganisationType.valueOf(o.get("type").asText()), o.has("localPlan") ? o.get("localPlan").asText() : null,
          normalised.getOrDefault(code, 0.0), series(o.get("surplus")), series(o.get("income")),
          series(o.get("expenditure"))));
    }
    List<SolutionLine> solutions = new ArrayList<>();
    int index = 0;
    for (JsonNode s : d.get("solutions")) {
      JsonNode rule = s.get("rule");
      solutions.add(new SolutionLine(index++, s.get("number").asInt(), s.get("name").asText(),
          Scope.of(s.get("scope").asText()), SolutionCategory.valueOf(s.get("category").asText()),
          Maturity.valueOf(s.get("maturity").asText()), SolutionLine.Basis.valueOf(s.get("basis").asText()),
          series(s.get("gross")), series(s.get("doubleCount")), series(s.get("net")),
          rule == null ? null : rule.get("kind").asText(), rule == null ? null : optionalSeries(rule.get("gross")),
          rule == null ? null : optionalSeries(rule.get("differenceFromPhased"))));
    }
    BridgeResult health = health(d, period, solutions);
    List<BridgeResult> socialCare = new ArrayList<>();
    for (JsonNode b : d.get("socialCare")) {
      socialCare.add(socialCare(b, solutions));
    }
    List<SensitivityImpact> single = new ArrayList<>();
    for (JsonNode s : d.get("sensitivities")) {
      single.add(sensitivity(s));
    }
    SensitivityResults sensitivities = new SensitivityResults(single,
        d.has("sensitivitiesCombined") ? sensitivity(d.get("sensitivitiesCombined")) : null, texts(d.get("tornado")));
    ControlTotals controlTotals = null;
    if (d.has("controlTotals")) {
      JsonNode c = d.get("controlTotals");
      controlTotals = new ControlTotals(funding(c.get("organisations")), series(c.get("sum")),
          series(c.get("planLessControlTotals")));
    }
    JsonNode sys = d.get("system");
    SystemView system = new SystemView(series(sys.get("commissionerAllocation")),
        series(sys.get("commissionerSpend")), series(sys.get("commissionerPosition")),
        series(sys.get("providerIncome")), series(sys.get("providerExpenditure")),
        series(sys.get("providerPosition")), series(sys.get("systemPosition")),
        series(sys.get("intraSystemFlowEstimate")));
    List<ValidationFinding> findings = new ArrayList<>();
    for (JsonNode f : d.get("findings")) {
      findings.add(new ValidationFinding(Severity.valueOf(f.get("severity").asText()), f.get("rule").asText(),
          Location.of(f.get("location").asText()), f.get("expected").asText(), f.get("found").asText()));
    }
    return new FootprintResult(fp.get("number").asInt(), fp.get("name").asText(),
        Region.valueOf(fp.get("region").asText()), period, d.path("baseline").get("normalisedSurplus").asDouble(),
        organisations, health, socialCare, solutions, sensitivities, activity(d),
        new PlanCosts(series(d.path("transformation").get("cumulative")),
            series(d.path("transformation").get("inYear")), List.of(), series(d.get("capital"))),
        controlTotals, system, risk(d.get("risk"), solutions), Findings.of(findings), texts(d.get("notes")));
  }

  private static BridgeResult health(JsonNode d, PlanPeriod period, List<SolutionLine> all) {
    JsonNode dn = d.get("doNothing");
    List<SolutionLine> own = all.stream().filter(s -> s.scope().isHealth()).toList();
    List<FundingApplied> funding = funding(d.get("funding"));
    double[] applied = new double[period.size()];
    for (FundingApplied f : funding) {
      if (!f.committedNonRecurrent()) {
        for (int y = 0; y < applied.length; y++) {
          applied[y] += f.amounts().get(y);
        }
      }
    }
    ByYear fundingApplied = ByYear.of(applied);
    ByYear totalSolutionValue = series(d.get("totalSolutionValue"));
    JsonNode ds = d.get("doSomething");
    JsonNode cum = d.get("cumulative");
    return new BridgeResult(Scope.health(), DoNothingSource.valueOf(dn.get("source").asText()),
        series(dn.get("surplus")), series(dn.get("driversBased")), optionalSeries(dn.get("published")), own,
        funding, totalSolutionValue.minus(fundingApplied), fundingApplied, totalSolutionValue,
        series(ds.get("surplus")), optionalSeries(d.get("publishedTotalSolutionValue")),
        optionalSeries(ds.get("published")), cum.get("doNothing").asDouble(), cum.get("doSomething").asDouble(),
        cum.get("committedNonRecurrentFunding").asDouble(), cum.get("deficitFundingRequirement").asDouble());
  }

  private static BridgeResult socialCare(JsonNode b, List<SolutionLine> all) {
    Scope scope = Scope.of(b.get("scope").asText());
    ByYear doNothing = series(b.get("doNothing"));
    ByYear solutions = series(b.get("solutions"));
    ByYear applied = series(b.get("fundingApplied"));
    ByYear doSomething = series(b.get("doSomething"));
    double cumulativeDoSomething = doSomething.sum();
    return new BridgeResult(scope, DoNothingSource.valueOf(b.get("source").asText()), doNothing,
        series(b.get("driversBased")), null, all.stream().filter(s -> s.scope().equals(scope)).toList(), List.of(),
        solutions, applied, solutions.plus(applied), doSomething,
        optionalSeries(b.get("publishedTotalSolutionValue")), optionalSeries(b.get("publishedDoSomething")),
        doNothing.sum(), cumulativeDoSomething, 0, Math.max(0, -cumulativeDoSomething));
  }

  private static SensitivityImpact sensitivity(JsonNode s) {
    return new SensitivityImpact(s.get("name").asText(), s.get("kind").asText(), series(s.get("impact")),
        series(s.get("socialCareImpact")),
        s.has("publishedFinalYear") ? s.get("publishedFinalYear").asDouble() : null,
        s.has("publishedSocialCareFinalYear") ? s.get("publishedSocialCareFinalYear").asDouble() : null);
  }

  private static ActivityResult activity(JsonNode d) {
    JsonNode a = d.get("activity");
    List<ActivityResult.PodSpells> pods = new ArrayList<>();
    for (JsonNode p : a.get("byPod")) {
      pods.add(new ActivityResult.PodSpells(PointOfDelivery.valueOf(p.get("pod").asText()),
          p.get("baseSpells").asDouble(), series(p.get("spells"))));
    }
    List<ActivityResult.WorkforceLine> workforce = new ArrayList<>();
    for (JsonNode w : d.get("workforce")) {
      workforce.add(new ActivityResult.WorkforceLine(w.get("name").asText(), w.get("baseWte").asDouble(),
          series(w.get("wte"))));
    }
    JsonNode beds = d.get("beds");
    return new ActivityResult(pods, a.get("baseCases").asDouble(), series(a.get("cases")),
        beds.get("base").asDouble(), series(beds.get("beds")), workforce, beds.get("targetOccupancy").asDouble());
  }

  private static RiskResult risk(JsonNode r, List<SolutionLine> solutions) {
    Map<Maturity, Double> factors = new EnumMap<>(Maturity.class);
    r.get("factors").fields().forEachRemaining(e -> factors.put(Maturity.valueOf(e.getKey()),
        e.getValue().asDouble()));
    List<RiskResult.AdjustedSolution> adjusted = new ArrayList<>();
    int position = 0;
    for (JsonNode s : r.get("solutions")) {
      String label = s.get("label").asText();
      int at = position;
      for (int i = position; i < solutions.size(); i++) {
        if (solutions.get(i).label().equals(label)) {
          at = i;
          break;
        }
      }
      adjusted.add(new RiskResult.AdjustedSolution(at, label, Maturity.valueOf(s.get("maturity").asText()),
          s.get("factor").asDouble(), series(s.get("net")), series(s.get("riskAdjusted"))));
      position = at + 1;
    }
    return new RiskResult(factors, adjusted, series(r.get("doSomething")), series(r.get("riskAdjustedDoSomething")),
        series(r.get("riskAdjustedGap")), r.get("cumulativeRiskAdjusted").asDouble());
  }

  private static List<FundingApplied> funding(JsonNode lines) {
    List<FundingApplied> out = new ArrayList<>();
    for (JsonNode f : lines) {
      out.add(new FundingApplied(f.get("name").asText(), Scope.of(f.get("scope").asText()),
          series(f.get("amounts")), f.get("committedNonRecurrent").asBoolean()));
    }
    return out;
  }

  private static ByYear series(JsonNode a) {
    if (a == null || !a.isArray()) {
      throw new IllegalArgumentException("a by-year list of numbers is missing");
    }
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = a.get(i).asDouble();
    }
    return ByYear.ofOwned(v);
  }

  private static ByYear optionalSeries(JsonNode a) {
    return a == null ? null : series(a);
  }

  private static List<String> texts(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(n -> out.add(n.asText()));
    return out;
  }
}
