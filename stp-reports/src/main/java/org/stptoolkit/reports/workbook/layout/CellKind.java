package org.stptoolkit.reports.workbook.layout;

/**
 * What one column of an input table holds, which decides how it is written (style, number format),
 * how a cell is read back and what a finding says was expected.
 */
public enum CellKind {
  /** Free text, written as text and neutralised when it starts with a formula character. */
  TEXT("text"),
  /** Codes separated by commas ("UHNM, BHFT"). */
  TEXT_LIST("codes separated by commas"),
  /** A whole number. */
  INTEGER("a whole number"),
  /** A number (counts, £ unit costs, multipliers). */
  NUMBER("a number"),
  /** Money in £'000. */
  GBPK("a number in £'000"),
  /** A rate as a decimal fraction shown as a percentage. */
  RATE("a percentage"),
  /** A financial year written like 2016/17. */
  YEAR("a financial year written like 2016/17"),
  /** Yes or No. */
  YES_NO("Yes or No"),
  /** One of a fixed list (a dropdown). */
  CHOICE("one of the listed values"),
  /** £'000 in each plan year, one column per year. */
  AMOUNTS_BY_YEAR("a number in £'000"),
  /** A rate in the base year and each plan year, one column per year. */
  RATES_BY_YEAR("a percentage"),
  /** A rule's parameters as "name=value; name=value" (see {@link RuleCodec}). */
  RULE_PARAMETERS("rule parameters written like name=value; name=value"),
  /** A calculated column (formula); written, never read. */
  CALCULATED("a formula");

  private final String expected;

  CellKind(String expected) {
    this.expected = expected;
  }

  /**
   * What a finding says was expected in a cell of this kind.
   *
   * @return what a finding says was expected in a cell of this kind
   */
  public String expected() {
    return expected;
  }

  /**
   * True for kinds that span one column per year.
   *
   * @return true for kinds that span one column per year
   */
  public boolean byYear() {
    return this == AMOUNTS_BY_YEAR || this == RATES_BY_YEAR;
  }

  /**
   * True for kinds that hold numbers.
   *
   * @return true for kinds that hold numbers
   */
  public boolean numeric() {
    return this == INTEGER || this == NUMBER || this == GBPK || this == RATE || byYear();
  }
}
