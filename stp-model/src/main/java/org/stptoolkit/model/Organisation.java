package org.stptoolkit.model;

import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.internal.Checks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A statutory organisation in a footprint.
 *
 * @param code short code used everywhere else in the footprint to refer to it (e.g. "UHNM")
 * @param name full name
 * @param type what kind of body it is
 * @param localPlan code of the local plan it sits under, or {@code null} when it sits directly under the footprint
 * @param inFinancialTemplate false for an organisation the plan models but whose income and expenditure
 *     the financial template leaves out (Royal Wolverhampton's Cannock hospital in the example)
 * @param areaCodes the ONS (GSS) and ODS codes under which published data report this organisation
 *     (a CCG's E38 code and its ODS code, a council's E06/E08/E09/E10 code), empty when none is known;
 *     indicator exports are matched to the footprint by them
 */
public record Organisation(String code, String name, OrganisationType type, String localPlan,
    boolean inFinancialTemplate, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> areaCodes) {

  /**
   * Validates code, name and type; area codes are stripped and each must be non-blank.
   *
   * @param code short code used everywhere else in the footprint to refer to it (e.g. "UHNM")
   * @param name full name
   * @param type what kind of body it is
   * @param localPlan code of the local plan it sits under, or {@code null} when it sits directly under the
   *     footprint
   * @param inFinancialTemplate false for an organisation the plan models but whose income and expenditure
   *     the financial template leaves out (Royal Wolverhampton's Cannock hospital in the example)
   * @param areaCodes the ONS (GSS) and ODS codes under which published data report this organisation (a
   *     CCG's E38 code and its ODS code, a council's E06/E08/E09/E10 code), empty when none is known;
   *     indicator exports are matched to the footprint by them
   */
  public Organisation {
    code = Checks.notBlank(code, "organisation code");
    name = Checks.notBlank(name, "name of organisation " + code);
    Checks.notNull(type, "type of organisation " + code);
    localPlan = localPlan == null || localPlan.isBlank() ? null : localPlan.strip();
    areaCodes = AreaCodeList.copy(areaCodes, "area codes of organisation " + code);
  }

  /**
   * An organisation without area codes.
   *
   * @param code short code
   * @param name full name
   * @param type what kind of body it is
   * @param localPlan code of its local plan, or {@code null}
   * @param inFinancialTemplate false when the financial template leaves it out
   */
  public Organisation(String code, String name, OrganisationType type, String localPlan, boolean inFinancialTemplate) {
    this(code, name, type, localPlan, inFinancialTemplate, List.of());
  }

  /**
   * A copy with other area codes (the rest unchanged).
   *
   * @param codes the organisation's area codes
   * @return a copy with other area codes (the rest unchanged)
   */
  public Organisation withAreaCodes(List<String> codes) {
    return new Organisation(code, name, type, localPlan, inFinancialTemplate, codes);
  }

  /**
   * An organisation in the financial template, directly under its footprint.
   *
   * @param code the organisation's short code
   * @param name the organisation's full name
   * @param type what kind of body it is
   * @return an organisation in the financial template, directly under its footprint
   */
  public static Organisation of(String code, String name, OrganisationType type) {
    return new Organisation(code, name, type, null, true);
  }
}
