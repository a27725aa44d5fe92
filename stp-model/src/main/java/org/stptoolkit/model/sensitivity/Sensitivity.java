package org.stptoolkit.model.sensitivity;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * A named sensitivity with its rule and, where the plan printed it, the published impact.
 *
 * @param name as printed, e.g. "7 Day Working"
 * @param description the plan's description of the rule
 * @param rule how the engine computes it
 * @param publishedNhsImpactGbpK the plan's published impact on the NHS by year (saving positive, additional
 *     cost negative), £'000; usually only the final year is printed
 * @param publishedSocialCareImpactGbpK the same for social care
 */
public record Sensitivity(String name, String description, SensitivityRule rule,
    YearlyAmounts publishedNhsImpactGbpK, YearlyAmounts publishedSocialCareImpactGbpK) {

  /**
   * Validates the fields.
   *
   * @param name as printed, e.g. "7 Day Working"
   * @param description the plan's description of the rule
   * @param rule how the engine computes it
   * @param publishedNhsImpactGbpK the plan's published impact on the NHS by year (saving positive,
   *     additional cost negative), £'000; usually only the final year is printed
   * @param publishedSocialCareImpactGbpK the same for social care
   */
  public Sensitivity {
    name = Checks.notBlank(name, "sensitivity name");
    description = description == null ? "" : description.strip();
    Checks.notNull(rule, "rule of sensitivity " + name);
    publishedNhsImpactGbpK = publishedNhsImpactGbpK == null ? YearlyAmounts.empty() : publishedNhsImpactGbpK;
    publishedSocialCareImpactGbpK = publishedSocialCareImpactGbpK == null ? YearlyAmounts.empty() : publishedSocialCareImpactGbpK;
  }
}
