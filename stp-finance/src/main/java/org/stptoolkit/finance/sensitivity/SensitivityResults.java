package org.stptoolkit.finance.sensitivity;

import java.util.List;

/**
 * Every sensitivity singly, all of them together, and the tornado order.
 *
 * @param single one impact per sensitivity, in the footprint's order
 * @param combined all applied at once (growth and activity overlays interact, so it need not equal the
 *     sum of the singles), or {@code null} when there are none
 * @param tornado the names of {@code single}, largest final-year |NHS + social care impact| first
 */
public record SensitivityResults(List<SensitivityImpact> single, SensitivityImpact combined,
    List<String> tornado) {

  /**
   * Copies the lists.
   *
   * @param single one impact per sensitivity, in the footprint's order
   * @param combined all applied at once (growth and activity overlays interact, so it need not equal the
   *     sum of the singles), or {@code null} when there are none
   * @param tornado the names of {@code single}, largest final-year |NHS + social care impact| first
   */
  public SensitivityResults {
    single = List.copyOf(single);
    tornado = List.copyOf(tornado);
  }
}
