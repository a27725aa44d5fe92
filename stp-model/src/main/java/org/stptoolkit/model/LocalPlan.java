package org.stptoolkit.model;

/**
 * A place-based plan under a footprint, as Leeds sits under West Yorkshire. Organisations name the
 * local plan they belong to; aggregation runs organisation, local plan, footprint.
 *
 * @param code short code
 * @param name name, e.g. "Leeds"
 */
public record LocalPlan(String code, String name) {
  /** Validates code and name. */
  public LocalPlan {
    code = Checks.notBlank(code, "local plan code");
    name = Checks.notBlank(name, "name of local plan " + code);
  }
}
