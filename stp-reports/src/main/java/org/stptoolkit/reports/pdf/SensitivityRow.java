package org.stptoolkit.reports.pdf;

import java.util.Objects;

/**
 * One sensitivity's impact on the do-nothing in the year reported (saving positive, additional cost
 * negative), £'000. NaN means "not given" and prints blank.
 *
 * @param name e.g. "7 Day Working"
 * @param description the rule in words
 * @param nhsGbpK impact on the NHS
 * @param socialCareGbpK impact on social care
 * @param basis "published" or "modelled"
 */
public record SensitivityRow(String name, String description, double nhsGbpK, double socialCareGbpK,
    String basis) {

  /** Validates the fields. */
  public SensitivityRow {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description.strip();
    basis = basis == null ? "" : basis.strip();
  }

  /**
   * The larger absolute impact, for ordering the tornado (NaN counts as zero).
   *
   * @return magnitude in £'000
   */
  public double magnitude() {
    return Math.max(Double.isNaN(nhsGbpK) ? 0 : Math.abs(nhsGbpK),
        Double.isNaN(socialCareGbpK) ? 0 : Math.abs(socialCareGbpK));
  }
}
