package org.stptoolkit.model.finance;

import org.stptoolkit.model.internal.Checks;

/**
 * One organisation's income and expenditure for one service line in the base year, in £'000.
 * Costs are positive numbers here (the seed prints them in brackets).
 *
 * <p>The same five measures serve every sector: for a provider, income is contract income; for a CCG,
 * income is its allocation, variable cost its healthcare spend and {@code continuingHealthcareGbpK} its
 * CHC spend; for a local authority, income is its social care funding and variable cost its
 * commissioned care.
 *
 * @param organisationCode the organisation this line belongs to
 * @param name service line, e.g. "Acute/A&amp;E", "Community Hospitals"
 * @param incomeGbpK income, £'000
 * @param staffCostsGbpK pay costs, £'000 (positive)
 * @param variableCostsGbpK non-pay costs that move with activity, £'000 (positive)
 * @param fixedCostsGbpK fixed costs (estate, depreciation, PDC), £'000 (positive)
 * @param continuingHealthcareGbpK continuing healthcare spend (commissioners), £'000 (positive)
 * @param reportedSurplusGbpK the surplus the source prints for this line, £'000, or {@code null} when not printed;
 *     validation compares it with income less costs
 */
public record ServiceLine(String organisationCode, String name, double incomeGbpK,
    double staffCostsGbpK, double variableCostsGbpK, double fixedCostsGbpK,
    double continuingHealthcareGbpK, Double reportedSurplusGbpK) {

  /** Validates that every amount is finite and costs are not negative. */
  public ServiceLine {
    organisationCode = Checks.notBlank(organisationCode, "service line organisation code");
    name = Checks.notBlank(name, "service line name for " + organisationCode);
    String where = organisationCode + " " + name;
    Checks.finite(incomeGbpK, "income of " + where);
    Checks.nonNegative(staffCostsGbpK, "staff costs of " + where);
    Checks.nonNegative(variableCostsGbpK, "variable costs of " + where);
    Checks.nonNegative(fixedCostsGbpK, "fixed costs of " + where);
    Checks.nonNegative(continuingHealthcareGbpK, "continuing healthcare spend of " + where);
    if (reportedSurplusGbpK != null) {
      Checks.finite(reportedSurplusGbpK, "reported surplus of " + where);
    }
  }

  /** Total expenditure: staff + variable + fixed + continuing healthcare, £'000. */
  public double expenditureGbpK() {
    return staffCostsGbpK + variableCostsGbpK + fixedCostsGbpK + continuingHealthcareGbpK;
  }

  /** Income less expenditure, £'000 (negative is a deficit). */
  public double computedSurplusGbpK() {
    return incomeGbpK - expenditureGbpK();
  }
}
