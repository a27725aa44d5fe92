package org.stptoolkit.reports.workbook;

import java.util.List;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

/**
 * The version of the template layout. It is stamped in the workbook's custom document properties
 * ({@value #PROPERTY}) and on the Cover sheet; the reader accepts only the versions in
 * {@link #READABLE} and refuses any other with a finding. Bump {@link #CURRENT} whenever a sheet, table
 * or column changes, and keep reading older versions only when the reader still understands them.
 */
public final class TemplateVersion {
  /** The version this toolkit writes. */
  public static final String CURRENT = "STP-2016-1.3";
  /** The previous version, without the Risks sheet (its workbooks read with an empty key risk register). */
  public static final String WITHOUT_RISKS = "STP-2016-1.1";
  /** The versions this toolkit reads. */
  public static final List<String> READABLE = List.of(CURRENT, WITHOUT_RISKS);
  /** Name of the custom document property holding the version. */
  public static final String PROPERTY = "STPTemplateVersion";

  private TemplateVersion() {}

  /**
   * The input sheets a workbook of a readable version may lack because its version predates them; their
   * tables read as empty.
   *
   * @param version a readable version
   * @return the sheet names (empty for the current version)
   */
  public static java.util.Set<String> sheetsAddedSince(String version) {
    return WITHOUT_RISKS.equals(version) ? java.util.Set.of(TemplateLayout.RISKS) : java.util.Set.of();
  }
}
