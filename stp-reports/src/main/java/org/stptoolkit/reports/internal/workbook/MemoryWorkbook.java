package org.stptoolkit.reports.internal.workbook;

import java.io.IOException;
import java.util.HashSet;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook the toolkit makes in memory ({@link PlainStrings#newWorkbook}, {@link PlainStrings#newStreamedWorkbook}):
 * POI's own, which can also commit its parts' content to its package without POI then saving the package, so
 * that {@link PackageText} can write the package's own parts.
 */
final class MemoryWorkbook extends XSSFWorkbook {

  MemoryWorkbook(XSSFFactory factory) {
    super(factory);
  }

  /**
   * Commits every part's content to the package, and the extended and custom properties, exactly as POI's
   * {@code write} does before it saves the package (committing twice gives the same content).
   */
  void commitParts() throws IOException {
    onSave(new HashSet<>());
    getProperties().commit();
  }
}
