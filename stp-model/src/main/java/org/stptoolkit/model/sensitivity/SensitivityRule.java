package org.stptoolkit.model.sensitivity;

/** How a sensitivity changes the do-nothing; each kind is a record in this package. */
public sealed interface SensitivityRule
    permits AdditionalCostShareOfIncome, SocialCareTransfer, GrowthRateChange, ActivityChange {

  /** The JSON and template name of this kind. */
  String kind();
}
