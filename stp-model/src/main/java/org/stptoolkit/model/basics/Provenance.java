package org.stptoolkit.model.basics;

/** Where a figure in a footprint came from: analysts must know which numbers are published and which were chosen. */
public enum Provenance {
  /** Printed in the source document. */
  PUBLISHED,
  /** Derived from published figures by a stated calculation. */
  DERIVED,
  /** An assumption chosen to make the model work where the source is silent. */
  ILLUSTRATIVE
}
