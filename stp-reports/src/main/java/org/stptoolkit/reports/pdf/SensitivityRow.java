package org.stptoolkit.reports.pdf;

import java.util.Objects;

/**
 * One sensitivity's impact on the do-nothing in the year reported (saving positive, additional cost
 * negative), £'000: the engine's modelled impact, and the plan's printed figure beside it where the
 * plan gives one. NaN means "not given" and prints blank.
 *
 * @param name e.g. "7 Day Working"
 * @param description the rule in words
 * @param nhsGbpK modelled impact on the NHS
 * @param socialCareGbpK modelled impact on social care
 * @param publishedNhsGbpK the plan's printed NHS impact, or NaN
 * @param publishedSocialCareGbpK the plan's printed social care impact, or NaN
 * @param basis how the row was obtained, e.g. "modelled" or "modelled, all together"
 */
public record SensitivityRow(String name, String description, double nhsGbpK, double socialCareGbpK,
    double publishedNhsGbpK, double publishedSocialCareGbpK, String basis) {

  /**
   * Validates the fields.
   *
   * @param name e.g. "7 Day Working"
   * @param description the rule in words
   * @param nhsGbpK modelled impact on the NHS
   * @param socialCareGbpK modelled impact on social care
   * @param publishedNhsGbpK the plan's printed NHS impact, or NaN
   * @param publishedSocialCareGbpK the plan's printed social care impact, or NaN
   * @param basis how the row was obtained, e.g. "modelled" or "modelled, all together"
   */
  public SensitivityRow {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description.strip();
    basis = basis == null ? "" : basis.strip();
  }

  /**
   * True when the plan printed a figure for this sensitivity.
   *
   * @return whether a published figure is present
   */
  public boolean hasPublished() {
    return !Double.isNaN(publishedNhsGbpK) || !Double.isNaN(publishedSocialCareGbpK);
  }
}
