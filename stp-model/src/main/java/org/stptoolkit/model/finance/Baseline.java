package org.stptoolkit.model.finance;

import java.util.List;
import org.stptoolkit.model.internal.Checks;
import org.stptoolkit.model.basics.FinancialYear;

/**
 * The base year's financial position: the normalisation table and the income and expenditure by
 * organisation and service line.
 *
 * @param year the base year, e.g. 2015/16
 * @param normalisation one row per organisation in the financial template
 * @param serviceLines income and expenditure by organisation and service line
 */
public record Baseline(FinancialYear year, List<NormalisationEntry> normalisation,
    List<ServiceLine> serviceLines) {

  /**
   * Copies the lists.
   *
   * @param year the base year, e.g. 2015/16
   * @param normalisation one row per organisation in the financial template
   * @param serviceLines income and expenditure by organisation and service line
   */
  public Baseline {
    Checks.notNull(year, "baseline year");
    normalisation = Checks.copy(normalisation, "normalisation");
    serviceLines = Checks.copy(serviceLines, "service lines");
  }

  /**
   * The service lines of one organisation.
   *
   * @param organisationCode the organisation's code
   * @return the service lines of one organisation
   */
  public List<ServiceLine> serviceLinesOf(String organisationCode) {
    return serviceLines.stream().filter(l -> l.organisationCode().equals(organisationCode)).toList();
  }
}
