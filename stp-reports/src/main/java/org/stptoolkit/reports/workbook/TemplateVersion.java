package org.stptoolkit.reports.workbook;

import java.util.List;

/**
 * The version of the template layout. It is stamped in the workbook's custom document properties
 * ({@value #PROPERTY}) and on the Cover sheet; the reader accepts only the versions in
 * {@link #READABLE} and refuses any other with a finding. Bump {@link #CURRENT} whenever a sheet, table
 * or column changes, and keep reading older versions only when the reader still understands them.
 */
public final class TemplateVersion {
  /** The version this toolkit writes. */
  public static final String CURRENT = "STP-2016-1.1";
  /** The versions this toolkit reads. */
  public static final List<String> READABLE = List.of(CURRENT);
  /** Name of the custom document property holding the version. */
  public static final String PROPERTY = "STPTemplateVersion";

  private TemplateVersion() {}
}
