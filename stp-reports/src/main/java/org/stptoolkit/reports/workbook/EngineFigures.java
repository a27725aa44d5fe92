package org.stptoolkit.reports.workbook;

import java.util.Map;
import java.util.TreeMap;
import org.stptoolkit.model.YearlyAmounts;

/**
 * The engine's figures that the workbook shows beside its own formulas and reconciles to on the
 * Checks sheet. Kept as a small record of plain amounts so the workbook does not depend on the shape of
 * the engine's result; an adapter from the engine's result type fills it.
 *
 * @param source a short description of where the figures come from, e.g. "stp-finance 0.1.0"
 * @param doNothing do-nothing surplus by scope ("HEALTH" or a local authority code), £'000 (deficit negative)
 * @param doSomething do-something surplus by scope, £'000
 * @param sensitivityNhsImpact computed NHS impact by sensitivity name, £'000 (saving positive)
 * @param sensitivitySocialCareImpact computed social care impact by sensitivity name, £'000
 */
public record EngineFigures(String source, Map<String, YearlyAmounts> doNothing,
    Map<String, YearlyAmounts> doSomething, Map<String, YearlyAmounts> sensitivityNhsImpact,
    Map<String, YearlyAmounts> sensitivitySocialCareImpact) {

  /** Copies the maps (sorted, so the workbook is written in a stable order). */
  public EngineFigures {
    source = source == null ? "" : source.strip();
    doNothing = copy(doNothing);
    doSomething = copy(doSomething);
    sensitivityNhsImpact = copy(sensitivityNhsImpact);
    sensitivitySocialCareImpact = copy(sensitivitySocialCareImpact);
  }

  private static Map<String, YearlyAmounts> copy(Map<String, YearlyAmounts> m) {
    return m == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }
}
