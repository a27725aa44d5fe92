package org.stptoolkit.reports.pdf;

/** How a row of money is printed: positions and totals in bold, items plain. */
public enum RowKind {
  /** A position: do-nothing, do-something (bold, ruled). */
  POSITION,
  /** An item: one solution. */
  ITEM,
  /** Funding applied. */
  FUNDING,
  /** A total of the rows above it (bold). */
  TOTAL
}
