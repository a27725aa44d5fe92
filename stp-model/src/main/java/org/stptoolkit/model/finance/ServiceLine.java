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

  /**
   * Validates that every amount is finite and costs are not negative.
   *
   * @param organisationCode the organisation this line belongs to
   * @param name service line, e.g. "Acute/A&amp;E", "Community Hospitals"
   * @param incomeGbpK income, £'000
   * @param staffCostsGbpK pay costs, £'000 (positive)
   * @param variableCostsGbpK non-pay costs that move with activity, £'000 (positive)
   * @param fixedCostsGbpK fixed costs (estate, depreciation, PDC), £'000 (positive)
   * @param continuingHealthcareGbpK continuing healthcare spend (commissioners), £'000 (positive)
   * @param reportedSurplusGbpK the surplus the source prints for this line, £'000, or {@code null} when not
   *     printed; validation compares it with income less costs
   */
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

  /**
   * A builder that takes each amount by name, so that six numbers in a row cannot be swapped by position:
   *
   * <pre>
   * ServiceLine acute = ServiceLine.builder("NEH", "Acute")
   *     .incomeGbpK(310_000).staffCostsGbpK(195_000).variableCostsGbpK(72_000).fixedCostsGbpK(55_000)
   *     .build();
   * </pre>
   *
   * Amounts not set are zero; the reported surplus is absent until set. The record's constructor checks
   * the amounts when {@link Builder#build()} is called.
   *
   * @param organisationCode the organisation the line belongs to
   * @param name the service line's name, e.g. "Acute"
   * @return a builder with every amount zero
   */
  public static Builder builder(String organisationCode, String name) {
    return new Builder(organisationCode, name);
  }

  /**
   * A builder holding this line's fields, to change some of them.
   *
   * @return a builder with every field of this line
   */
  public Builder toBuilder() {
    return new Builder(organisationCode, name).incomeGbpK(incomeGbpK).staffCostsGbpK(staffCostsGbpK)
        .variableCostsGbpK(variableCostsGbpK).fixedCostsGbpK(fixedCostsGbpK)
        .continuingHealthcareGbpK(continuingHealthcareGbpK).reportedSurplusGbpK(reportedSurplusGbpK);
  }

  /** Collects a service line's amounts by name; not thread-safe, each {@link #build()} gives a new line. */
  public static final class Builder {
    private String organisationCode;
    private String name;
    private double incomeGbpK;
    private double staffCostsGbpK;
    private double variableCostsGbpK;
    private double fixedCostsGbpK;
    private double continuingHealthcareGbpK;
    private Double reportedSurplusGbpK;

    private Builder(String organisationCode, String name) {
      this.organisationCode = organisationCode;
      this.name = name;
    }

    /**
     * Sets the organisation.
     *
     * @param code the organisation's code
     * @return this builder
     */
    public Builder organisationCode(String code) {
      this.organisationCode = code;
      return this;
    }

    /**
     * Sets the line's name.
     *
     * @param lineName e.g. "Community Hospitals"
     * @return this builder
     */
    public Builder name(String lineName) {
      this.name = lineName;
      return this;
    }

    /**
     * Sets the income.
     *
     * @param gbpK income (a commissioner's allocation, a council's social care funding), £'000
     * @return this builder
     */
    public Builder incomeGbpK(double gbpK) {
      this.incomeGbpK = gbpK;
      return this;
    }

    /**
     * Sets the pay costs.
     *
     * @param gbpK pay costs, £'000, positive
     * @return this builder
     */
    public Builder staffCostsGbpK(double gbpK) {
      this.staffCostsGbpK = gbpK;
      return this;
    }

    /**
     * Sets the non-pay costs that move with activity.
     *
     * @param gbpK variable costs (a commissioner's healthcare spend, a council's commissioned care), £'000, positive
     * @return this builder
     */
    public Builder variableCostsGbpK(double gbpK) {
      this.variableCostsGbpK = gbpK;
      return this;
    }

    /**
     * Sets the fixed costs.
     *
     * @param gbpK fixed costs (estate, depreciation, PDC), £'000, positive
     * @return this builder
     */
    public Builder fixedCostsGbpK(double gbpK) {
      this.fixedCostsGbpK = gbpK;
      return this;
    }

    /**
     * Sets the continuing healthcare spend (commissioners).
     *
     * @param gbpK continuing healthcare spend, £'000, positive
     * @return this builder
     */
    public Builder continuingHealthcareGbpK(double gbpK) {
      this.continuingHealthcareGbpK = gbpK;
      return this;
    }

    /**
     * Sets the surplus the source prints for this line (validation compares it with income less costs).
     *
     * @param gbpK the printed surplus, £'000, or {@code null} when the source prints none
     * @return this builder
     */
    public Builder reportedSurplusGbpK(Double gbpK) {
      this.reportedSurplusGbpK = gbpK;
      return this;
    }

    /**
     * The service line.
     *
     * @return a new line
     * @throws IllegalArgumentException naming the line and the amount when an amount is not finite or a
     *     cost is negative, or when the organisation code or name is missing
     */
    public ServiceLine build() {
      return new ServiceLine(organisationCode, name, incomeGbpK, staffCostsGbpK, variableCostsGbpK,
          fixedCostsGbpK, continuingHealthcareGbpK, reportedSurplusGbpK);
    }
  }

  /**
   * Total expenditure: staff + variable + fixed + continuing healthcare, £'000.
   *
   * @return total expenditure: staff + variable + fixed + continuing healthcare, £'000
   */
  public double expenditureGbpK() {
    return staffCostsGbpK + variableCostsGbpK + fixedCostsGbpK + continuingHealthcareGbpK;
  }

  /**
   * Income less expenditure, £'000 (negative is a deficit).
   *
   * @return income less expenditure, £'000 (negative is a deficit)
   */
  public double computedSurplusGbpK() {
    return incomeGbpK - expenditureGbpK();
  }
}
