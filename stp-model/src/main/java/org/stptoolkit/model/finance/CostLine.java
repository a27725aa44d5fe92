package org.stptoolkit.model.finance;

/** A line of the income and expenditure account that a cost pool, a solution or a sensitivity acts on. */
public enum CostLine {
  /** Income (allocation for a CCG, funding for a local authority). */
  INCOME,
  /** Pay costs. */
  STAFF,
  /** Non-pay costs that move with activity. */
  VARIABLE,
  /** Fixed costs. */
  FIXED,
  /** Continuing healthcare spend. */
  CONTINUING_HEALTHCARE,
  /** All expenditure: staff + variable + fixed + continuing healthcare. */
  EXPENDITURE
}
