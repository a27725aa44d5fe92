package org.stptoolkit.finance.montecarlo;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.risk.KeyRisk;

/**
 * What one key risk of the register threatens, in the engine's figures for the final plan year (£'000,
 * saving positive).
 *
 * @param risk the risk as the footprint gives it
 * @param solutions labels of the linked solutions found in the result ("2 CIP/Workforce"), in bridge order
 * @param drivers labels of the linked drivers ("Non-demographic growth")
 * @param netFinalYear Σ of the linked solutions' net (after double count) in the final plan year: the
 *     money the risk threatens
 * @param haircutFinalYear Σ of (net − risk-adjusted net) of the linked health solutions in the final
 *     plan year: what the maturity realisation factors already take off (0 for social care solutions,
 *     which the risk adjustment does not cover)
 * @param spreadShare the share of the Monte Carlo's final-year do-something variance the linked inputs
 *     drive (their delivery factors and driver shifts), or {@code null} when no Monte Carlo was run
 */
public record KeyRiskExposure(KeyRisk risk, List<String> solutions, List<String> drivers,
    double netFinalYear, double haircutFinalYear, Double spreadShare) {

  /**
   * Validates and copies.
   *
   * @param risk the risk as the footprint gives it
   * @param solutions labels of the linked solutions found in the result ("2 CIP/Workforce"), in bridge
   *     order
   * @param drivers labels of the linked drivers ("Non-demographic growth")
   * @param netFinalYear Σ of the linked solutions' net (after double count) in the final plan year: the
   *     money the risk threatens
   * @param haircutFinalYear Σ of (net − risk-adjusted net) of the linked health solutions in the final plan
   *     year: what the maturity realisation factors already take off (0 for social care solutions, which
   *     the risk adjustment does not cover)
   * @param spreadShare the share of the Monte Carlo's final-year do-something variance the linked inputs
   *     drive (their delivery factors and driver shifts), or {@code null} when no Monte Carlo was run
   */
  public KeyRiskExposure {
    Objects.requireNonNull(risk, "risk");
    solutions = List.copyOf(solutions);
    drivers = List.copyOf(drivers);
    if (spreadShare != null && !(spreadShare >= 0 && spreadShare <= 1)) {
      throw new IllegalArgumentException("spread share of key risk \"" + risk.title()
          + "\" must be between 0 and 1, was " + spreadShare);
    }
  }

  /**
   * True when the risk is linked to at least one solution or driver of the result.
   *
   * @return true when the risk is linked to at least one solution or driver of the result
   */
  public boolean linked() {
    return !solutions.isEmpty() || !drivers.isEmpty();
  }

  /**
   * The linked solutions' final-year net after the maturity haircut: netFinalYear − haircutFinalYear.
   *
   * @return the linked solutions' final-year net after the maturity haircut: netFinalYear −
   *     haircutFinalYear
   */
  public double riskAdjustedFinalYear() {
    return netFinalYear - haircutFinalYear;
  }
}
