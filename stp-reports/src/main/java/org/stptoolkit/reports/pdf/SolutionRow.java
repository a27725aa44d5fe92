package org.stptoolkit.reports.pdf;

import java.util.Objects;
import org.stptoolkit.model.YearlyAmounts;

/**
 * One solution as the solutions table prints it: what it is and its net effect by year, with the gross
 * effect and the double count removed when the result provides them.
 *
 * @param number the template's number
 * @param name the name
 * @param category the category label
 * @param maturity the maturity label
 * @param netGbpK net effect by year (saving positive)
 * @param grossGbpK gross effect by year, or empty
 * @param doubleCountGbpK double count removed by year, or empty
 */
public record SolutionRow(int number, String name, String category, String maturity,
    YearlyAmounts netGbpK, YearlyAmounts grossGbpK, YearlyAmounts doubleCountGbpK) {

  /** Validates the fields. */
  public SolutionRow {
    Objects.requireNonNull(name, "name");
    category = category == null ? "" : category;
    maturity = maturity == null ? "" : maturity;
    netGbpK = netGbpK == null ? YearlyAmounts.empty() : netGbpK;
    grossGbpK = grossGbpK == null ? YearlyAmounts.empty() : grossGbpK;
    doubleCountGbpK = doubleCountGbpK == null ? YearlyAmounts.empty() : doubleCountGbpK;
  }
}
