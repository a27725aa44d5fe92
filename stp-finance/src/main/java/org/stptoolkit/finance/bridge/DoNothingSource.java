package org.stptoolkit.finance.bridge;

/** Where a bridge's do-nothing position comes from; the result JSON writes the constant's name. */
public enum DoNothingSource {
  /** The drivers-based projection in every plan year (no published trajectory). */
  DRIVERS,
  /** The plan's published trajectory, which gives every plan year. */
  PUBLISHED,
  /** The published trajectory where it gives a year, the drivers-based projection in the others. */
  PUBLISHED_AND_DRIVERS
}
