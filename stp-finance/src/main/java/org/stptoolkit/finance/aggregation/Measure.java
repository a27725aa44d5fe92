package org.stptoolkit.finance.aggregation;

/**
 * The measures an {@link AggregateNode} carries, all £'000 by plan year. Organisation-level measures
 * are carried at every level (a parent's is the sum of its children's); the bridge measures start at
 * footprint level, where solutions and funding belong ({@link #footprintLevelOnly()}). The national JSON
 * names each by {@link #jsonName()}.
 */
public enum Measure {
  /**
   * Drivers-based do-nothing surplus of NHS bodies (commissioners and providers): the system position, in
   * which a pound a commissioner pays a provider counts once.
   */
  HEALTH_SURPLUS("healthSurplus", false),
  /** Drivers-based do-nothing surplus of local authorities' social care. */
  SOCIAL_CARE_SURPLUS("socialCareSurplus", false),
  /** Commissioners' spend: one side of the flows, never added to {@link #PROVIDER_INCOME}. */
  COMMISSIONER_SPEND("commissionerSpend", false),
  /** Providers' income: the other side of the same flows. */
  PROVIDER_INCOME("providerIncome", false),
  /** The health bridge's do-nothing position. */
  DO_NOTHING("doNothing", true),
  /** Σ solutions' net effect on the health bridge. */
  SOLUTIONS("solutions", true),
  /** Funding applied in the health bridge. */
  FUNDING_APPLIED("fundingApplied", true),
  /** The health bridge's do-something position. */
  DO_SOMETHING("doSomething", true),
  /** The do-something with each solution scaled by its maturity's realisation factor. */
  RISK_ADJUSTED_DO_SOMETHING("riskAdjustedDoSomething", true);

  private final String jsonName;
  private final boolean footprintLevelOnly;

  Measure(String jsonName, boolean footprintLevelOnly) {
    this.jsonName = jsonName;
    this.footprintLevelOnly = footprintLevelOnly;
  }

  /**
   * The measure's name in the national JSON.
   *
   * @return e.g. {@code "doSomething"}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Whether the measure starts at footprint level (a bridge measure: organisation and local plan nodes
   * do not carry it).
   *
   * @return true for the bridge measures
   */
  public boolean footprintLevelOnly() {
    return footprintLevelOnly;
  }

  /**
   * The measure the national JSON names {@code jsonName}.
   *
   * @param jsonName e.g. {@code "doSomething"}
   * @return the measure
   * @throws IllegalArgumentException when no measure has that name (the message lists them)
   */
  public static Measure ofJsonName(String jsonName) {
    for (Measure m : values()) {
      if (m.jsonName.equals(jsonName)) {
        return m;
      }
    }
    throw new IllegalArgumentException("expected a measure name such as doSomething ("
        + java.util.Arrays.stream(values()).map(Measure::jsonName).toList() + "), found \"" + jsonName + "\"");
  }
}
