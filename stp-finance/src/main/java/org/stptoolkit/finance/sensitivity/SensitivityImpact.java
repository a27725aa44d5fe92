package org.stptoolkit.finance.sensitivity;

import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.internal.Checks;

/**
 * A sensitivity's effect on the do-nothing, £'000 by plan year: a saving positive, an additional cost
 * negative (so the sensitised position = do-nothing + impact).
 *
 * @param name as printed, or "Combined" for all sensitivities applied together
 * @param kind the rule's kind, or "combined"
 * @param nhsImpact impact on the NHS (providers and commissioners) by year
 * @param socialCareImpact impact on local authority social care by year
 * @param publishedNhsFinalYear the plan's printed NHS impact in the final year, or {@code null}
 * @param publishedSocialCareFinalYear the plan's printed social care impact in the final year, or {@code null}
 */
public record SensitivityImpact(String name, String kind, ByYear nhsImpact, ByYear socialCareImpact,
    Double publishedNhsFinalYear, Double publishedSocialCareFinalYear) {

  /**
   * Validates the fields.
   *
   * @param name as printed, or "Combined" for all sensitivities applied together
   * @param kind the rule's kind, or "combined"
   * @param nhsImpact impact on the NHS (providers and commissioners) by year
   * @param socialCareImpact impact on local authority social care by year
   * @param publishedNhsFinalYear the plan's printed NHS impact in the final year, or {@code null}
   * @param publishedSocialCareFinalYear the plan's printed social care impact in the final year, or {@code
   *     null}
   */
  public SensitivityImpact {
    Checks.notBlank(name, "sensitivity name");
    Checks.notNull(nhsImpact, "NHS impact of " + name);
    Checks.notNull(socialCareImpact, "social care impact of " + name);
  }

  /**
   * Final-year NHS plus social care impact, £'000; the tornado orders by its size.
   *
   * @return final-year NHS plus social care impact, £'000; the tornado orders by its size
   */
  public double finalYearTotal() {
    return nhsImpact.last() + socialCareImpact.last();
  }

  /**
   * Computed ÷ published final-year NHS impact, or NaN when none was published or it is zero.
   *
   * @return computed ÷ published final-year NHS impact, or NaN when none was published or it is zero
   */
  public double nhsRatioToPublished() {
    return publishedNhsFinalYear == null || publishedNhsFinalYear == 0 ? Double.NaN
        : nhsImpact.last() / publishedNhsFinalYear;
  }
}
