package org.stptoolkit.reports.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.reports.workbook.TemplateReader;

/** Reads the command line's inputs by their kind. */
final class Inputs {
  private Inputs() {}

  /**
   * Reads a footprint from JSON, or from a filled-in template when the name ends in .xlsx.
   *
   * @throws NoSuchFileException when the file does not exist (an I/O error, exit 3, not a finding)
   */
  static Parsed<Footprint> readFootprint(Path file) throws NoSuchFileException {
    requireExists(file);
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return TemplateReader.DEFAULT.read(file);
    }
    return FootprintJson.read(file);
  }

  /**
   * Throws {@link NoSuchFileException} when {@code file} does not exist, or when it is a folder where a
   * file is expected (both I/O errors, exit 3).
   */
  static void requireExists(Path file) throws NoSuchFileException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    if (Files.isDirectory(file)) {
      throw new NoSuchFileException(file.toString(), null, "is a folder; expected a file");
    }
  }

  /** Reads a footprint, or throws {@link InvalidInputException} with its findings when it has errors. */
  static Footprint requireFootprint(Path file) throws NoSuchFileException {
    Parsed<Footprint> parsed = readFootprint(file);
    if (!parsed.isValid()) {
      throw new InvalidInputException(parsed.findings().all());
    }
    return parsed.orElseThrow();
  }
}
