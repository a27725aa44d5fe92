package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Everything one footprint's pack prints, in print order. Built by {@link PackContents} from the
 * engine's result, the model (names and descriptions only), the stp-metrics summary and the
 * findings; the renderer only lays it out.
 *
 * @param title document title, e.g. "Staffordshire &amp; Stoke-on-Trent STP: summary pack"
 * @param subject document subject
 * @param cover the cover page
 * @param gaps the three-gaps dashboard tiles
 * @param bridge the health bridge (waterfall and table)
 * @param socialCare one bridge per local authority with social care figures, may be empty
 * @param positions do-nothing against do-something by year
 * @param planCosts transformation costs and capital, kept apart from the bridge; may be empty
 * @param sensitivities the sensitivities (tornado order) and all of them together
 * @param solutions the solutions table
 * @param activity activity, beds and workforce, when the result has them
 * @param indicators indicators against England and standards
 * @param risk the risk-adjusted bridge, when the result has one
 * @param monteCarlo Monte Carlo percentiles, when a simulation was run
 * @param findings the validation findings
 * @param notes statements printed with the figures (the engine's notes: rounding, known puzzles)
 * @param roundingStatement the rounding policy, printed with every money table
 * @param keyRisks the plan's key risks tied to the money they threaten (no rows: no key risks page)
 */
public record PackContent(String title, String subject, Cover cover, List<GapTile> gaps,
    BridgeView bridge, List<BridgeView> socialCare, PositionsView positions, List<MoneyRow> planCosts,
    SensitivityView sensitivities, List<SolutionRow> solutions,
    Optional<ActivityView> activity, List<IndicatorRow> indicators, Optional<RiskView> risk,
    Optional<FanView> monteCarlo, List<ValidationFinding> findings, List<String> notes,
    String roundingStatement, KeyRisksView keyRisks) {

  /**
   * Validates and copies.
   *
   * @param title document title, e.g. "Staffordshire &amp; Stoke-on-Trent STP: summary pack"
   * @param subject document subject
   * @param cover the cover page
   * @param gaps the three-gaps dashboard tiles
   * @param bridge the health bridge (waterfall and table)
   * @param socialCare one bridge per local authority with social care figures, may be empty
   * @param positions do-nothing against do-something by year
   * @param planCosts transformation costs and capital, kept apart from the bridge; may be empty
   * @param sensitivities the sensitivities (tornado order) and all of them together
   * @param solutions the solutions table
   * @param activity activity, beds and workforce, when the result has them
   * @param indicators indicators against England and standards
   * @param risk the risk-adjusted bridge, when the result has one
   * @param monteCarlo Monte Carlo percentiles, when a simulation was run
   * @param findings the validation findings
   * @param notes statements printed with the figures (the engine's notes: rounding, known puzzles)
   * @param roundingStatement the rounding policy, printed with every money table
   * @param keyRisks the plan's key risks tied to the money they threaten (no rows: no key risks page)
   */
  public PackContent {
    Objects.requireNonNull(title, "title");
    subject = subject == null ? "" : subject;
    Objects.requireNonNull(cover, "cover");
    gaps = List.copyOf(gaps);
    Objects.requireNonNull(bridge, "bridge");
    socialCare = socialCare == null ? List.of() : List.copyOf(socialCare);
    Objects.requireNonNull(positions, "positions");
    planCosts = planCosts == null ? List.of() : List.copyOf(planCosts);
    Objects.requireNonNull(sensitivities, "sensitivities");
    solutions = List.copyOf(solutions);
    activity = activity == null ? Optional.empty() : activity;
    indicators = List.copyOf(indicators);
    risk = risk == null ? Optional.empty() : risk;
    monteCarlo = monteCarlo == null ? Optional.empty() : monteCarlo;
    findings = List.copyOf(findings);
    notes = notes == null ? List.of() : List.copyOf(notes);
    roundingStatement = roundingStatement == null ? "" : roundingStatement;
    keyRisks = keyRisks == null ? KeyRisksView.none() : keyRisks;
  }

  /**
   * Pack content without key risks (every other part as in the canonical constructor).
   *
   * @param title document title
   * @param subject document subject
   * @param cover the cover page
   * @param gaps the three-gaps dashboard tiles
   * @param bridge the health bridge
   * @param socialCare the social care bridges
   * @param positions do-nothing against do-something by year
   * @param planCosts transformation costs and capital
   * @param sensitivities the sensitivities
   * @param solutions the solutions table
   * @param activity activity, beds and workforce
   * @param indicators indicators against England and standards
   * @param risk the risk-adjusted bridge
   * @param monteCarlo Monte Carlo percentiles
   * @param findings the validation findings
   * @param notes statements printed with the figures
   * @param roundingStatement the rounding policy
   */
  public PackContent(String title, String subject, Cover cover, List<GapTile> gaps,
      BridgeView bridge, List<BridgeView> socialCare, PositionsView positions, List<MoneyRow> planCosts,
      SensitivityView sensitivities, List<SolutionRow> solutions,
      Optional<ActivityView> activity, List<IndicatorRow> indicators, Optional<RiskView> risk,
      Optional<FanView> monteCarlo, List<ValidationFinding> findings, List<String> notes,
      String roundingStatement) {
    this(title, subject, cover, gaps, bridge, socialCare, positions, planCosts, sensitivities, solutions,
        activity, indicators, risk, monteCarlo, findings, notes, roundingStatement, KeyRisksView.none());
  }

  /**
   * This content with a Monte Carlo fan chart.
   *
   * @param fan the percentiles ({@link MonteCarloFan#of})
   * @return the content
   */
  public PackContent withMonteCarlo(FanView fan) {
    return new PackContent(title, subject, cover, gaps, bridge, socialCare, positions, planCosts,
        sensitivities, solutions, activity, indicators, risk,
        Optional.of(Objects.requireNonNull(fan, "fan")), findings, notes, roundingStatement, keyRisks);
  }

  /**
   * This content with other key risks (e.g. with the Monte Carlo's spread shares, {@link PackContents#keyRisks}).
   *
   * @param view the key risks
   * @return the content
   */
  public PackContent withKeyRisks(KeyRisksView view) {
    return new PackContent(title, subject, cover, gaps, bridge, socialCare, positions, planCosts,
        sensitivities, solutions, activity, indicators, risk, monteCarlo, findings, notes, roundingStatement,
        Objects.requireNonNull(view, "key risks"));
  }
}
