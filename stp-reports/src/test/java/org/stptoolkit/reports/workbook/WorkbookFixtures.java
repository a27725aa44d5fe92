package org.stptoolkit.reports.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;

/** Shared test data: the embedded example and its template, built once. */
final class WorkbookFixtures {
  private WorkbookFixtures() {}

  private static Footprint example;
  private static byte[] template;

  /** The Staffordshire and Stoke-on-Trent example. */
  static synchronized Footprint example() {
    if (example == null) {
      example = Examples.staffordshireAndStokeOnTrent();
    }
    return example;
  }

  /** Its template bytes. */
  static synchronized byte[] template() {
    if (template == null) {
      template = TemplateWriter.DEFAULT.write(example());
    }
    return template.clone();
  }

  /** Opens bytes as a workbook. */
  static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
