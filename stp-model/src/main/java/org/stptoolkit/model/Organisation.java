package org.stptoolkit.model;

/**
 * A statutory organisation in a footprint.
 *
 * @param code short code used everywhere else in the footprint to refer to it (e.g. "UHNM")
 * @param name full name
 * @param type what kind of body it is
 * @param localPlan code of the local plan it sits under, or {@code null} when it sits directly under the footprint
 * @param inFinancialTemplate false for an organisation the plan models but whose income and expenditure
 *     the financial template leaves out (Royal Wolverhampton's Cannock hospital in the example)
 */
public record Organisation(String code, String name, OrganisationType type, String localPlan,
    boolean inFinancialTemplate) {

  /** Validates code, name and type. */
  public Organisation {
    code = Checks.notBlank(code, "organisation code");
    name = Checks.notBlank(name, "name of organisation " + code);
    Checks.notNull(type, "type of organisation " + code);
    localPlan = localPlan == null || localPlan.isBlank() ? null : localPlan.strip();
  }

  /** An organisation in the financial template, directly under its footprint. */
  public static Organisation of(String code, String name, OrganisationType type) {
    return new Organisation(code, name, type, null, true);
  }
}
