package org.stptoolkit.model.validation;

/** How serious a finding is. Any ERROR makes the input invalid (the CLI exits 1). */
public enum Severity {
  /** The input cannot be used as it is. */
  ERROR,
  /** The input can be used, but a person should look (e.g. the seed's SSSFT 180 difference). */
  WARNING,
  /** For information: a difference within the rounding tolerance. */
  INFO
}
