package org.stptoolkit.reports.pdf;

/**
 * The colour a judgement is printed in, the way Fingertips and RAG tables colour them. The words come
 * from stp-metrics; the mark only chooses the colour.
 */
public enum Mark {
  /** Better than the benchmark, or meets the standard. */
  GREEN,
  /** Similar, or straddles the standard. */
  AMBER,
  /** Worse than the benchmark, or misses the standard. */
  RED,
  /** Higher or lower with no judgement. */
  BLUE,
  /** Not compared or not assessed. */
  NONE
}
