package org.stptoolkit.reports.pdf;

/** How a row of money is printed: positions and totals in bold, items plain, published rows grey. */
public enum RowKind {
  /** A position: do-nothing, do-something (bold, ruled). */
  POSITION,
  /** An item: one solution. */
  ITEM,
  /** Funding applied. */
  FUNDING,
  /** A total of the rows above it (bold). */
  TOTAL,
  /** A row as the plan prints it, beside the engine's row of the same name (grey). */
  PUBLISHED
}
