package org.stptoolkit.model.finance;

import org.stptoolkit.model.internal.Checks;

/**
 * One row of the base-year normalisation table: the reported surplus with non-recurrent items removed.
 * normalised = reported + net non-recurrent adjustment + impairments adjustment (signs as the seed
 * prints them: removing non-recurrent income is negative for providers, usually positive for CCGs).
 *
 * @param organisationCode the organisation
 * @param reportedSurplusGbpK reported surplus (deficit negative), £'000
 * @param netNonRecurrentGbpK net non-recurrent adjustment, £'000
 * @param impairmentsGbpK impairments adjustment, £'000
 * @param publishedNormalisedGbpK the normalised surplus the source prints, or {@code null}; validation
 *     compares it with the computed one
 */
public record NormalisationEntry(String organisationCode, double reportedSurplusGbpK,
    double netNonRecurrentGbpK, double impairmentsGbpK, Double publishedNormalisedGbpK) {

  /**
   * Validates that every amount is finite.
   *
   * @param organisationCode the organisation
   * @param reportedSurplusGbpK reported surplus (deficit negative), £'000
   * @param netNonRecurrentGbpK net non-recurrent adjustment, £'000
   * @param impairmentsGbpK impairments adjustment, £'000
   * @param publishedNormalisedGbpK the normalised surplus the source prints, or {@code null}; validation
   *     compares it with the computed one
   */
  public NormalisationEntry {
    organisationCode = Checks.notBlank(organisationCode, "normalisation organisation code");
    Checks.finite(reportedSurplusGbpK, "reported surplus of " + organisationCode);
    Checks.finite(netNonRecurrentGbpK, "net non-recurrent adjustment of " + organisationCode);
    Checks.finite(impairmentsGbpK, "impairments adjustment of " + organisationCode);
    if (publishedNormalisedGbpK != null) {
      Checks.finite(publishedNormalisedGbpK, "published normalised surplus of " + organisationCode);
    }
  }

  /**
   * reported + net non-recurrent + impairments, £'000.
   *
   * @return reported + net non-recurrent + impairments, £'000
   */
  public double normalisedSurplusGbpK() {
    return reportedSurplusGbpK + netNonRecurrentGbpK + impairmentsGbpK;
  }
}
