package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;

/**
 * The plan's key risks as the pack prints them: each risk's words from the footprint, and for a risk
 * linked to solutions or drivers the engine's figures for the final plan year.
 *
 * @param finalYear the final plan year, e.g. "2020/21"
 * @param rows the risks in the register's order (may be empty: the page is then left out)
 * @param monteCarloRun true when a Monte Carlo was run, so spread shares are given
 * @param note how the figures are read (the maturity haircut, the variance share)
 */
public record KeyRisksView(String finalYear, List<Row> rows, boolean monteCarloRun, String note) {

  /**
   * Validates and copies.
   *
   * @param finalYear the final plan year, e.g. "2020/21"
   * @param rows the risks in the register's order (may be empty: the page is then left out)
   * @param monteCarloRun true when a Monte Carlo was run, so spread shares are given
   * @param note how the figures are read (the maturity haircut, the variance share)
   */
  public KeyRisksView {
    Objects.requireNonNull(finalYear, "final year");
    rows = rows == null ? List.of() : List.copyOf(rows);
    note = note == null ? "" : note.strip();
  }

  /**
   * No key risks.
   *
   * @return an empty view
   */
  public static KeyRisksView none() {
    return new KeyRisksView("", List.of(), false, "");
  }

  /**
   * One risk.
   *
   * @param number its place in the register, from 1
   * @param title the headline
   * @param description what the plan says beyond the headline, or empty
   * @param mitigatingActions the mitigating actions, or empty
   * @param externalDependencies the external dependencies, or empty
   * @param owner the owner, or empty
   * @param likelihood 1 to 5, or {@code null} when not scored
   * @param impact 1 to 5, or {@code null} when not scored
   * @param solutions labels of the linked solutions ("2 CIP/Workforce")
   * @param drivers labels of the linked drivers
   * @param netFinalYear the linked solutions' final-year net saving, £'000 (0 when none is linked)
   * @param haircutFinalYear what the maturity realisation factors already take off it, £'000
   * @param riskAdjustedFinalYear the linked solutions' final-year net after the haircut, £'000
   * @param spreadShare share (0 to 1) of the Monte Carlo's final-year variance the linked inputs drive, or
   *     {@code null} when no Monte Carlo was run
   */
  public record Row(int number, String title, String description, String mitigatingActions,
      String externalDependencies, String owner, Integer likelihood, Integer impact, List<String> solutions,
      List<String> drivers, double netFinalYear, double haircutFinalYear, double riskAdjustedFinalYear,
      Double spreadShare) {

    /**
     * Validates and copies.
     *
     * @param number its place in the register, from 1
     * @param title the headline
     * @param description what the plan says beyond the headline, or empty
     * @param mitigatingActions the mitigating actions, or empty
     * @param externalDependencies the external dependencies, or empty
     * @param owner the owner, or empty
     * @param likelihood 1 to 5, or {@code null} when not scored
     * @param impact 1 to 5, or {@code null} when not scored
     * @param solutions labels of the linked solutions ("2 CIP/Workforce")
     * @param drivers labels of the linked drivers
     * @param netFinalYear the linked solutions' final-year net saving, £'000 (0 when none is linked)
     * @param haircutFinalYear what the maturity realisation factors already take off it, £'000
     * @param riskAdjustedFinalYear the linked solutions' final-year net after the haircut, £'000
     * @param spreadShare share (0 to 1) of the Monte Carlo's final-year variance the linked inputs drive,
     *     or {@code null} when no Monte Carlo was run
     */
    public Row {
      Objects.requireNonNull(title, "title");
      description = description == null ? "" : description;
      mitigatingActions = mitigatingActions == null ? "" : mitigatingActions;
      externalDependencies = externalDependencies == null ? "" : externalDependencies;
      owner = owner == null ? "" : owner;
      solutions = List.copyOf(solutions);
      drivers = List.copyOf(drivers);
    }

    /**
     * True when both likelihood and impact are given.
     *
     * @return true when both likelihood and impact are given
     */
    public boolean scored() {
      return likelihood != null && impact != null;
    }

    /**
     * True when linked to a solution or a driver.
     *
     * @return true when linked to a solution or a driver
     */
    public boolean linked() {
      return !solutions.isEmpty() || !drivers.isEmpty();
    }
  }
}
