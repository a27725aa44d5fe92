package org.stptoolkit.model.finance;

import java.util.List;
import org.stptoolkit.model.internal.Checks;

/**
 * A pot of spend that solutions act on, e.g. "total provider expenditure". Solutions acting on the same
 * pool are applied in order, each on what the earlier ones left, so that no pound is saved twice.
 *
 * @param id identifier solutions refer to
 * @param name readable name
 * @param organisationCodes the organisations whose spend makes up the pool
 * @param line which line of their accounts
 * @param serviceLine restrict to one service line name, or {@code null} for all of the organisations' lines
 */
public record CostPool(String id, String name, List<String> organisationCodes, CostLine line,
    String serviceLine) {

  /**
   * Validates the fields.
   *
   * @param id identifier solutions refer to
   * @param name readable name
   * @param organisationCodes the organisations whose spend makes up the pool
   * @param line which line of their accounts
   * @param serviceLine restrict to one service line name, or {@code null} for all of the organisations'
   *     lines
   */
  public CostPool {
    id = Checks.notBlank(id, "cost pool id");
    name = Checks.notBlank(name, "name of cost pool " + id);
    organisationCodes = Checks.copy(organisationCodes, "organisations of cost pool " + id);
    if (organisationCodes.isEmpty()) {
      throw new IllegalArgumentException("cost pool " + id + " must name at least one organisation");
    }
    Checks.notNull(line, "cost line of cost pool " + id);
    serviceLine = serviceLine == null || serviceLine.isBlank() ? null : serviceLine.strip();
  }
}
