package org.stptoolkit.reports.workbook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.sensitivity.SensitivityImpact;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyAmounts;

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

  /**
   * Copies the maps (sorted, so the workbook is written in a stable order).
   *
   * @param source a short description of where the figures come from, e.g. "stp-finance 0.1.0"
   * @param doNothing do-nothing surplus by scope ("HEALTH" or a local authority code), £'000 (deficit
   *     negative)
   * @param doSomething do-something surplus by scope, £'000
   * @param sensitivityNhsImpact computed NHS impact by sensitivity name, £'000 (saving positive)
   * @param sensitivitySocialCareImpact computed social care impact by sensitivity name, £'000
   */
  public EngineFigures {
    source = source == null ? "" : source.strip();
    doNothing = copy(doNothing);
    doSomething = copy(doSomething);
    sensitivityNhsImpact = copy(sensitivityNhsImpact);
    sensitivitySocialCareImpact = copy(sensitivitySocialCareImpact);
  }

  /**
   * The figures of an engine run ({@code StpEngine.DEFAULT.run(footprint)}).
   *
   * @param r the engine's result for the footprint
   * @return the figures of an engine run ({@code StpEngine.DEFAULT.run(footprint)})
   */
  public static EngineFigures from(FootprintResult r) {
    Map<String, YearlyAmounts> dn = new LinkedHashMap<>();
    Map<String, YearlyAmounts> ds = new LinkedHashMap<>();
    PlanPeriod p = r.period();
    java.util.List<BridgeResult> bridges = new java.util.ArrayList<>();
    bridges.add(r.health());
    bridges.addAll(r.socialCare());
    for (BridgeResult b : bridges) {
      if (b != null) {
        dn.put(b.scope().code(), amounts(p, b.doNothing()));
        ds.put(b.scope().code(), amounts(p, b.doSomething()));
      }
    }
    Map<String, YearlyAmounts> nhs = new LinkedHashMap<>();
    Map<String, YearlyAmounts> sc = new LinkedHashMap<>();
    if (r.sensitivities() != null) {
      for (SensitivityImpact i : r.sensitivities().single()) {
        nhs.put(i.name(), amounts(p, i.nhsImpact()));
        sc.put(i.name(), amounts(p, i.socialCareImpact()));
      }
    }
    return new EngineFigures("stp-finance engine", dn, ds, nhs, sc);
  }

  private static YearlyAmounts amounts(PlanPeriod p, ByYear v) {
    return YearlyAmounts.of(p.firstYear(), v.toArray());
  }

  private static Map<String, YearlyAmounts> copy(Map<String, YearlyAmounts> m) {
    return m == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }
}
