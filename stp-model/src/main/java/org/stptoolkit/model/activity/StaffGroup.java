package org.stptoolkit.model.activity;

import org.stptoolkit.model.internal.Checks;

/**
 * Base-year workforce of one staff group, whole-time equivalents.
 *
 * @param name e.g. "Consultants", "All staff"
 * @param wte whole-time equivalents
 * @param activityLinked true when the group grows with activity (most do)
 */
public record StaffGroup(String name, double wte, boolean activityLinked) {
  /**
   * Validates the fields.
   *
   * @param name e.g. "Consultants", "All staff"
   * @param wte whole-time equivalents
   * @param activityLinked true when the group grows with activity (most do)
   */
  public StaffGroup {
    name = Checks.notBlank(name, "staff group name");
    Checks.nonNegative(wte, "WTE of " + name);
  }
}
