package org.stptoolkit.model.finance;

import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.YearlyAmounts;

/**
 * A capital scheme (the seed: two £10m schemes in 2017/18 and 2018/19).
 *
 * @param name as printed
 * @param amountsGbpK capital spend in each year, £'000
 */
public record CapitalScheme(String name, YearlyAmounts amountsGbpK) {
  /**
   * Validates the fields.
   *
   * @param name as printed
   * @param amountsGbpK capital spend in each year, £'000
   */
  public CapitalScheme {
    name = Checks.notBlank(name, "capital scheme name");
    Checks.notNull(amountsGbpK, "amounts of capital scheme " + name);
  }
}
