package org.stptoolkit.reports.internal.workbook;

/**
 * The template's fixed set of named cell styles. {@link Styles} creates each once per workbook.
 * Inputs are light yellow and unlocked, calculations blue and locked, pre-populated values light green
 * and locked.
 */
public enum Style {
  /** Sheet title. */
  TITLE,
  /** Guidance line under the title. */
  GUIDANCE,
  /** Table title. */
  TABLE_TITLE,
  /** Column header. */
  HEADER,
  /** Row label. */
  LABEL,
  /** Input text. */
  INPUT_TEXT,
  /** Input text that starts with a formula character, shown as text (quote prefix). */
  INPUT_TEXT_QUOTED,
  /** Input money, £'000. */
  INPUT_GBPK,
  /** Input rate (percentage). */
  INPUT_RATE,
  /** Input number. */
  INPUT_NUMBER,
  /** Input whole number. */
  INPUT_INTEGER,
  /** Calculated money, £'000. */
  CALC_GBPK,
  /** Calculated text. */
  CALC_TEXT,
  /** Calculated number. */
  CALC_NUMBER,
  /** Total row, £'000 (calculated, bold). */
  TOTAL_GBPK,
  /** Pre-populated text (locked). */
  PREPOP_TEXT,
  /** Pre-populated text that starts with a formula character (quote prefix). */
  PREPOP_TEXT_QUOTED,
  /** Pre-populated money, £'000 (locked). */
  PREPOP_GBPK,
  /** Pre-populated number (locked). */
  PREPOP_NUMBER,
  /** Plain note text. */
  NOTE;

  /**
   * True for the unlocked input styles.
   *
   * @return true for the unlocked input styles
   */
  public boolean isInput() {
    return name().startsWith("INPUT_");
  }
}
