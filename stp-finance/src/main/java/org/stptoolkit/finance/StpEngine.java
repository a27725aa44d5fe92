package org.stptoolkit.finance;

import org.stptoolkit.finance.basics.ByYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stptoolkit.finance.projection.SystemView;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.bridge.ControlTotals;
import org.stptoolkit.finance.internal.FinancialBridge;
import org.stptoolkit.finance.bridge.FundingApplied;
import org.stptoolkit.finance.bridge.PlanCosts;
import org.stptoolkit.finance.internal.ActivityProjection;
import org.stptoolkit.finance.projection.ActivityResult;
import org.stptoolkit.finance.internal.DoNothingProjection;
import org.stptoolkit.finance.projection.OrganisationResult;
import org.stptoolkit.finance.internal.Projection;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.finance.risk.RealisationFactors;
import org.stptoolkit.finance.risk.RiskAdjustment;
import org.stptoolkit.finance.risk.RiskResult;
import org.stptoolkit.finance.internal.SensitivityEngine;
import org.stptoolkit.finance.sensitivity.SensitivityResults;
import org.stptoolkit.finance.internal.SolutionEngine;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.finance.CapitalScheme;
import org.stptoolkit.model.finance.ControlTotal;
import org.stptoolkit.model.finance.TransformationCost;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.model.validation.InvalidInputException;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * The finance engine: footprint in, {@link FootprintResult} out.
 *
 * <pre>
 * FootprintResult result = StpEngine.DEFAULT.run(footprint);   // refuses a footprint with ERROR findings
 * result.health().doSomething();            // £'000 by plan year
 * ResultJson.write(result, path, true);     // org.stptoolkit.finance.json
 * </pre>
 *
 * <h2>Invalid input cannot be missed: two entry points, chosen by the caller</h2>
 * Validation ({@code FootprintValidator}) reports problems as findings rather than exceptions, so that one
 * problem does not hide the others. A result computed from a footprint with ERROR findings still has
 * figures (a negative income projects like any other number), so the caller must say which of two things
 * it wants:
 * <ul>
 *   <li>{@link #run(Footprint)}: the figures, only from valid input. When the footprint has an ERROR
 *       finding the run stops before any calculation and throws {@link InvalidInputException}; when a step
 *       of the engine fails ({@value #STEP_FAILED}) it throws the same exception once the run is over. The
 *       exception carries every finding (errors, warnings, notes) and its message is the first error. A
 *       result handed out by {@code run} never has an ERROR among its findings; warnings and notes are in
 *       {@link FootprintResult#findings()}.</li>
 *   <li>{@link #runAllowingErrors(Footprint)}: a result whatever the findings, with the errors among
 *       {@link FootprintResult#findings()} and any step that could not be computed left empty. For tools
 *       whose job is to show every finding, or a national run that lists the footprints in error beside
 *       the others: the caller takes on checking {@code result.findings().hasErrors()} before using a
 *       figure.</li>
 * </ul>
 * Reading a file makes the same choice: {@code Parsed.requireValid()} gives a footprint only when it has no
 * ERROR. Both entry points refuse a missing ({@code null}) footprint with an {@link IllegalArgumentException}
 * that names it.
 *
 * <p>Stateless and thread-safe: one instance may run many footprints at once. The steps: validate,
 * resolve once into arrays ({@link ResolvedFootprint}), project the do-nothing, compute solutions with
 * double-count removal, the bridges, sensitivities, activity, plan costs, control totals and the
 * risk-adjusted bridge. A step that fails for one footprint gives an ERROR finding
 * ({@value #STEP_FAILED}) and an empty part, never an unexpected exception out of the engine.
 */
public final class StpEngine {

  /** Finding rule: a step of the engine could not be computed. */
  public static final String STEP_FAILED = "ENGINE_STEP_FAILED";

  /** The engine with the default realisation factors (95/75/50/25%). */
  public static final StpEngine DEFAULT = new StpEngine(RealisationFactors.DEFAULT);

  private final RealisationFactors realisation;

  private StpEngine(RealisationFactors realisation) {
    this.realisation = realisation;
  }

  /**
   * An engine with other maturity realisation factors for the risk-adjusted bridge.
   *
   * @param factors the realisation factor for each maturity
   * @return an engine with other maturity realisation factors for the risk-adjusted bridge
   */
  public static StpEngine withRealisationFactors(RealisationFactors factors) {
    return new StpEngine(Checks.notNull(factors, "realisation factors"));
  }

  /**
   * The realisation factors this engine uses.
   *
   * @return the realisation factors this engine uses
   */
  public RealisationFactors realisationFactors() {
    return realisation;
  }

  /**
   * Resolves the footprint (the arrays every calculation runs over).
   *
   * <p>For the toolkit's own modules: {@code ResolvedFootprint} lives in the non-exported
   * {@code org.stptoolkit.finance.internal}, so other modules use the {@code Footprint} overloads.
   *
   * @param footprint the footprint
   * @return its resolved form
   * @throws IllegalArgumentException when {@code footprint} is missing
   */
  @SuppressWarnings("exports")
  public ResolvedFootprint resolve(Footprint footprint) {
    return ResolvedFootprint.of(Checks.notNull(footprint, "footprint"));
  }

  /**
   * Runs every step for one valid footprint: the entry point for figures (see the class description).
   *
   * @param footprint the footprint
   * @return the result, whose findings hold no ERROR
   * @throws InvalidInputException when the footprint has ERROR findings (nothing is computed) or a step of
   *     the engine failed; it carries every finding
   * @throws IllegalArgumentException when {@code footprint} is missing
   */
  public FootprintResult run(Footprint footprint) {
    return run(resolve(Checks.notNull(footprint, "footprint")));
  }

  /**
   * Runs every step on an already resolved footprint, refusing invalid input as {@link #run(Footprint)} does.
   *
   * <p>For the toolkit's own modules: {@code ResolvedFootprint} lives in the non-exported
   * {@code org.stptoolkit.finance.internal}, so other modules use the {@code Footprint} overloads.
   *
   * @param r the resolved footprint
   * @return the result, whose findings hold no ERROR
   * @throws InvalidInputException when the footprint has ERROR findings or a step of the engine failed
   * @throws IllegalArgumentException when {@code r} is missing
   */
  @SuppressWarnings("exports")
  public FootprintResult run(ResolvedFootprint r) {
    FootprintResult result = compute(Checks.notNull(r, "resolved footprint"), false);
    if (result.findings().hasErrors()) {
      throw new InvalidInputException(result.findings());
    }
    return result;
  }

  /**
   * Runs every step for one footprint whatever its findings: ERROR findings (invalid input, a step that
   * could not be computed) are in {@link FootprintResult#findings()} and the caller must check
   * {@code result.findings().hasErrors()} before using a figure (see the class description).
   *
   * @param footprint the footprint, valid or not
   * @return the result with every finding
   * @throws IllegalArgumentException when {@code footprint} is missing
   */
  public FootprintResult runAllowingErrors(Footprint footprint) {
    return runAllowingErrors(resolve(Checks.notNull(footprint, "footprint")));
  }

  /**
   * Runs every step on an already resolved footprint whatever its findings, as
   * {@link #runAllowingErrors(Footprint)} does.
   *
   * <p>For the toolkit's own modules: {@code ResolvedFootprint} lives in the non-exported
   * {@code org.stptoolkit.finance.internal}, so other modules use the {@code Footprint} overloads.
   *
   * @param r the resolved footprint, valid or not
   * @return the result with every finding
   * @throws IllegalArgumentException when {@code r} is missing
   */
  @SuppressWarnings("exports")
  public FootprintResult runAllowingErrors(ResolvedFootprint r) {
    return compute(Checks.notNull(r, "resolved footprint"), true);
  }

  /** Validates, then (unless refusing ERRORs and there are some) computes every step. */
  private FootprintResult compute(ResolvedFootprint r, boolean allowErrors) {
    Footprint fp = r.footprint();
    List<ValidationFinding> findings = new ArrayList<>(FootprintValidator.DEFAULT.validate(fp).all());
    findings.addAll(r.findings());
    if (!allowErrors && findings.stream().anyMatch(ValidationFinding::isError)) {
      throw new InvalidInputException(Findings.of(findings));
    }
    PlanPeriod period = r.period();
    int years = period.size();

    Projection doNothing = DoNothingProjection.run(r);
    List<OrganisationResult> orgs = organisations(r, doNothing);

    List<SolutionLine> solutions = List.of();
    try {
      solutions = SolutionEngine.compute(doNothing, findings);
    } catch (RuntimeException e) {
      findings.add(failed("solutions", e));
    }
    List<BridgeResult> bridges;
    try {
      bridges = FinancialBridge.compute(doNothing, solutions, findings);
    } catch (RuntimeException e) {
      findings.add(failed("bridge", e));
      bridges = List.of(FinancialBridge.bridge(period, org.stptoolkit.model.finance.Scope.health(), doNothing.health(),
          java.util.Optional.empty(), List.of(), List.of(), findings));
    }
    BridgeResult health = bridges.get(0);
    SensitivityResults sens;
    try {
      sens = SensitivityEngine.compute(doNothing);
    } catch (RuntimeException e) {
      findings.add(failed("sensitivities", e));
      sens = new SensitivityResults(List.of(), null, List.of());
    }
    ActivityResult activity;
    try {
      activity = ActivityProjection.run(r);
    } catch (RuntimeException e) {
      findings.add(failed("activity", e));
      activity = new ActivityResult(List.of(), 0, ByYear.zeros(years), 0, ByYear.zeros(years), List.of(), 0.85);
    }
    RiskResult risk = RiskAdjustment.adjust(bridges, realisation);
    List<String> notes = new ArrayList<>();
    notes.add(RoundingPolicy.STATEMENT);
    notes.add(String.format(Locale.ROOT, "Deficit funding requirement = cumulative do-something deficit %s"
        + " less committed non-recurrent funding %s = %s (£'000).",
        RoundingPolicy.formatGbpK(-health.cumulativeDoSomething()),
        RoundingPolicy.formatGbpK(health.committedNonRecurrentFunding()),
        RoundingPolicy.formatGbpK(health.deficitFundingRequirement())));
    fp.notes().forEach(n -> notes.add("Footprint note: " + n));
    return new FootprintResult(fp.number(), fp.name(), fp.region(), period,
        doNothing.healthBase(), orgs, health, bridges.subList(1, bridges.size()), solutions, sens,
        activity, planCosts(fp, period), controlTotals(fp, period, health), system(doNothing), risk,
        Findings.of(findings), notes);
  }

  private static ValidationFinding failed(String step, RuntimeException e) {
    return ValidationFinding.error(STEP_FAILED, Location.of(step), "the " + step + " to be computed",
        e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private static List<OrganisationResult> organisations(ResolvedFootprint r, Projection p) {
    List<OrganisationResult> out = new ArrayList<>();
    for (int o = 0; o < r.organisationCount(); o++) {
      Organisation org = r.footprint().organisations().get(o);
      out.add(new OrganisationResult(org.code(), org.name(), org.type(), org.localPlan(),
          p.organisationBaseSurplus(o), p.organisationSurplus(o),
          p.organisationMeasure(o, ResolvedFootprint.INCOME), p.organisationExpenditure(o)));
    }
    return out;
  }

  private static PlanCosts planCosts(Footprint fp, PlanPeriod period) {
    int years = period.size();
    double[] cum = new double[years];
    List<PlanCosts.Line> lines = new ArrayList<>();
    for (TransformationCost t : fp.transformationCosts()) {
      double[] a = t.cumulativeGbpK().toArray(period);
      lines.add(new PlanCosts.Line(t.name(), ByYear.of(a)));
      for (int y = 0; y < years; y++) {
        cum[y] += a[y];
      }
    }
    double[] inYear = new double[years];
    for (int y = 0; y < years; y++) {
      inYear[y] = cum[y] - (y == 0 ? 0 : cum[y - 1]);
    }
    double[] capital = new double[years];
    for (CapitalScheme c : fp.capital()) {
      double[] a = c.amountsGbpK().toArray(period);
      for (int y = 0; y < years; y++) {
        capital[y] += a[y];
      }
    }
    return new PlanCosts(ByYear.of(cum), ByYear.of(inYear), lines, ByYear.of(capital));
  }

  private static ControlTotals controlTotals(Footprint fp, PlanPeriod period, BridgeResult health) {
    if (fp.controlTotals().isEmpty()) {
      return null;
    }
    List<FundingApplied> orgs = new ArrayList<>();
    ByYear sum = ByYear.zeros(period.size());
    for (ControlTotal c : fp.controlTotals()) {
      ByYear a = ByYear.of(c.surplusGbpK().toArray(period));
      orgs.add(new FundingApplied(c.organisationCode(), org.stptoolkit.model.finance.Scope.of(c.organisationCode()), a, false));
      sum = sum.plus(a);
    }
    return new ControlTotals(orgs, sum, health.doSomething().minus(sum));
  }

  private static SystemView system(Projection p) {
    int c = ResolvedFootprint.COMMISSIONER;
    int pr = ResolvedFootprint.PROVIDER;
    ByYear cAlloc = p.sectorMeasure(c, ResolvedFootprint.INCOME);
    ByYear cSpend = expenditure(p, c);
    ByYear pInc = p.sectorMeasure(pr, ResolvedFootprint.INCOME);
    ByYear pExp = expenditure(p, pr);
    ResolvedFootprint r = p.resolved();
    ByYear cPos = ByYear.zeros(r.planYears());
    ByYear pPos = ByYear.zeros(r.planYears());
    for (int o = 0; o < r.organisationCount(); o++) {
      if (r.sector(o) == c) {
        cPos = cPos.plus(p.organisationSurplus(o));
      } else if (r.sector(o) == pr) {
        pPos = pPos.plus(p.organisationSurplus(o));
      }
    }
    ByYear hc = p.sectorMeasure(c, ResolvedFootprint.VARIABLE);
    double[] flow = new double[r.planYears()];
    for (int y = 0; y < flow.length; y++) {
      flow[y] = Math.max(0, Math.min(hc.get(y), pInc.get(y)));
    }
    return new SystemView(cAlloc, cSpend, cPos, pInc, pExp, pPos, cPos.plus(pPos), ByYear.of(flow));
  }

  private static ByYear expenditure(Projection p, int sector) {
    return p.sectorMeasure(sector, ResolvedFootprint.STAFF)
        .plus(p.sectorMeasure(sector, ResolvedFootprint.VARIABLE))
        .plus(p.sectorMeasure(sector, ResolvedFootprint.FIXED))
        .plus(p.sectorMeasure(sector, ResolvedFootprint.CHC));
  }
}
