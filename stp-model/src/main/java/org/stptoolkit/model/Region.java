package org.stptoolkit.model;

/**
 * NHS England's four regions in 2016, to which the 44 footprints belonged. Aggregation runs
 * organisation, local plan, footprint, region, England.
 */
public enum Region {
  /** North of England. */
  NORTH("North"),
  /** Midlands and East of England. */
  MIDLANDS_AND_EAST("Midlands and East"),
  /** London. */
  LONDON("London"),
  /** South of England. */
  SOUTH("South");

  private final String label;

  Region(String label) {
    this.label = label;
  }

  /**
   * The name as NHS England wrote it, e.g. "Midlands and East".
   *
   * @return the name as NHS England wrote it, e.g
   */
  public String label() {
    return label;
  }

  /**
   * Parses either the constant name or the label, ignoring case.
   *
   * @param text the region's constant name or label
   * @return the region
   */
  public static Region parse(String text) {
    for (Region r : values()) {
      if (r.name().equalsIgnoreCase(text) || r.label.equalsIgnoreCase(text)) {
        return r;
      }
    }
    throw new IllegalArgumentException("region must be one of North, Midlands and East, London, South; was \"" + text + "\"");
  }
}
