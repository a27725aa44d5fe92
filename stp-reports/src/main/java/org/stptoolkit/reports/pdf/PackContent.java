package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stptoolkit.model.FinancialYear;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Everything one footprint's pack prints, in print order. Built by {@link PackContents} from the
 * model, the engine's result and the findings; the renderer only lays it out.
 *
 * @param title document title, e.g. "Staffordshire &amp; Stoke-on-Trent STP: summary pack"
 * @param subject document subject
 * @param cover the cover page
 * @param gaps the three-gaps dashboard tiles
 * @param bridge the bridge (waterfall and table)
 * @param positions do-nothing against do-something by year
 * @param sensitivityYear the year the sensitivities are reported for
 * @param sensitivities the sensitivities, any order (the tornado sorts by size)
 * @param solutions the solutions table
 * @param indicators indicators against England and standards
 * @param risk risk and Monte Carlo percentiles, when the result has them
 * @param findings the validation findings
 * @param roundingStatement the rounding policy, printed with every money table
 */
public record PackContent(String title, String subject, Cover cover, List<GapTile> gaps,
    BridgeView bridge, PositionsView positions, FinancialYear sensitivityYear,
    List<SensitivityRow> sensitivities, List<SolutionRow> solutions, List<IndicatorRow> indicators,
    Optional<FanView> risk, List<ValidationFinding> findings, String roundingStatement) {

  /** Validates and copies. */
  public PackContent {
    Objects.requireNonNull(title, "title");
    subject = subject == null ? "" : subject;
    Objects.requireNonNull(cover, "cover");
    gaps = List.copyOf(gaps);
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(sensitivityYear, "sensitivity year");
    sensitivities = List.copyOf(sensitivities);
    solutions = List.copyOf(solutions);
    indicators = List.copyOf(indicators);
    risk = risk == null ? Optional.empty() : risk;
    findings = List.copyOf(findings);
    roundingStatement = roundingStatement == null ? "" : roundingStatement;
  }
}
