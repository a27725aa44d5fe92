package org.stptoolkit.reports.pdf;

import java.util.Objects;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * One solution as the solutions table prints it: what it is, its gross effect, the double count
 * removed and its net effect by year, as the engine gives them.
 *
 * @param number the template's number
 * @param name the name
 * @param category the category label
 * @param maturity the maturity label
 * @param netGbpK net effect by year (saving positive)
 * @param grossGbpK gross effect by year, or empty
 * @param doubleCountGbpK double count removed by year, or empty
 * @param basis where the gross came from ("PHASED" or "RULE"), or empty
 * @param ruleDifferenceGbpK the engine's rule less the plan's phasing by year, or empty when the
 *     solution has no rule
 */
public record SolutionRow(int number, String name, String category, String maturity,
    YearlyAmounts netGbpK, YearlyAmounts grossGbpK, YearlyAmounts doubleCountGbpK, String basis,
    YearlyAmounts ruleDifferenceGbpK) {

  /**
   * Validates the fields.
   *
   * @param number the template's number
   * @param name the name
   * @param category the category label
   * @param maturity the maturity label
   * @param netGbpK net effect by year (saving positive)
   * @param grossGbpK gross effect by year, or empty
   * @param doubleCountGbpK double count removed by year, or empty
   * @param basis where the gross came from ("PHASED" or "RULE"), or empty
   * @param ruleDifferenceGbpK the engine's rule less the plan's phasing by year, or empty when the solution
   *     has no rule
   */
  public SolutionRow {
    Objects.requireNonNull(name, "name");
    category = category == null ? "" : category;
    maturity = maturity == null ? "" : maturity;
    netGbpK = netGbpK == null ? YearlyAmounts.empty() : netGbpK;
    grossGbpK = grossGbpK == null ? YearlyAmounts.empty() : grossGbpK;
    doubleCountGbpK = doubleCountGbpK == null ? YearlyAmounts.empty() : doubleCountGbpK;
    basis = basis == null ? "" : basis;
    ruleDifferenceGbpK = ruleDifferenceGbpK == null ? YearlyAmounts.empty() : ruleDifferenceGbpK;
  }
}
