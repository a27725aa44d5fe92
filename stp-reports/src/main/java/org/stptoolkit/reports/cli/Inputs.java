package org.stptoolkit.reports.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.io.InputFiles;
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
    requireReadable(file, Long.MAX_VALUE);
  }

  /**
   * The I/O gate of a file the user named ({@link InputFiles}): it must exist and be a regular file (a
   * device such as {@code /dev/zero}, a FIFO or a folder is refused before a byte is read) of at most
   * {@code maxBytes}.
   *
   * @throws NoSuchFileException naming the file and what it is instead (an I/O error, exit 3)
   */
  static void requireReadable(Path file, long maxBytes) throws NoSuchFileException {
    java.util.Optional<String> problem = InputFiles.problem(file, null, maxBytes);
    if (problem.isPresent()) {
      throw new NoSuchFileException(Messages.path(file), null, problem.get());
    }
  }

  /**
   * The folder of a command that reads many files: it must exist and be a folder.
   *
   * @throws NoSuchFileException when it is not (an I/O error, exit 3)
   */
  static void requireFolder(Path dir) throws NoSuchFileException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(Messages.path(dir), null,
          Files.exists(dir) ? "is not a folder; expected a folder of input files" : "is not a folder (no such folder)");
    }
  }

  /**
   * Reads a footprint that has no ERROR finding ({@link Parsed#requireValid()}).
   *
   * @throws org.stptoolkit.model.validation.InvalidInputException with every finding when it has errors (the
   *     command line prints them and exits 1)
   */
  static Footprint requireFootprint(Path file) throws NoSuchFileException {
    return readFootprint(file).requireValid();
  }
}
