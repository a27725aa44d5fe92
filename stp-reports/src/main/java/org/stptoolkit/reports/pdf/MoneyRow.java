package org.stptoolkit.reports.pdf;

import java.util.Objects;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * One printed row of money by year, in £'000 as the result holds it (unrounded; the renderer rounds
 * with {@link org.stptoolkit.model.basics.RoundingPolicy}). A year absent from {@code gbpK} prints blank,
 * the way the seed leaves STF funding blank before 2020/21.
 *
 * @param label row label, e.g. "2 CIP/Workforce"
 * @param kind how the row is printed
 * @param gbpK amounts by year
 */
public record MoneyRow(String label, RowKind kind, YearlyAmounts gbpK) {

  /**
   * Validates the fields.
   *
   * @param label row label, e.g. "2 CIP/Workforce"
   * @param kind how the row is printed
   * @param gbpK amounts by year
   */
  public MoneyRow {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind of row " + label);
    gbpK = gbpK == null ? YearlyAmounts.empty() : gbpK;
  }

  /**
   * A row.
   *
   * @param label label
   * @param kind kind
   * @param gbpK amounts
   * @return the row
   */
  public static MoneyRow of(String label, RowKind kind, YearlyAmounts gbpK) {
    return new MoneyRow(label, kind, gbpK);
  }

  /**
   * The amount in {@code year}, or NaN when the row has none (printed blank).
   *
   * @param year the year
   * @return amount in £'000 or NaN
   */
  public double valueOrNaN(FinancialYear year) {
    return gbpK.has(year) ? gbpK.get(year) : Double.NaN;
  }
}
