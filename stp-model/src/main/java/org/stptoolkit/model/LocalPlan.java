package org.stptoolkit.model;

import org.stptoolkit.model.internal.Checks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A place-based plan under a footprint, as Leeds sits under West Yorkshire. Organisations name the
 * local plan they belong to; aggregation runs organisation, local plan, footprint.
 *
 * @param code short code
 * @param name name, e.g. "Leeds"
 * @param areaCodes the ONS (GSS) codes of the place (E08000035 for Leeds), empty when none is known;
 *     indicator exports are matched to the footprint by them
 */
public record LocalPlan(String code, String name, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> areaCodes) {
  /**
   * Validates code and name; area codes are stripped and each must be non-blank.
   *
   * @param code short code
   * @param name name, e.g. "Leeds"
   * @param areaCodes the ONS (GSS) codes of the place (E08000035 for Leeds), empty when none is known;
   *     indicator exports are matched to the footprint by them
   */
  public LocalPlan {
    code = Checks.notBlank(code, "local plan code");
    name = Checks.notBlank(name, "name of local plan " + code);
    areaCodes = AreaCodeList.copy(areaCodes, "area codes of local plan " + code);
  }

  /**
   * A local plan without area codes.
   *
   * @param code short code
   * @param name name
   */
  public LocalPlan(String code, String name) {
    this(code, name, List.of());
  }
}
