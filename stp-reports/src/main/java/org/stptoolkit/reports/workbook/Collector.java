package org.stptoolkit.reports.workbook;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Imports every workbook in a folder, one at a time with the same {@link TemplateReader}: one bad file
 * gives findings for that file and does not stop the rest. Aggregation and writing of outputs belong to
 * the caller (the CLI, with the engine's aggregation).
 */
public final class Collector {

  /** One file's outcome. */
  public record Collected(Path file, Parsed<Footprint> parsed) {}

  /**
   * The outcome of a folder.
   *
   * @param folder the folder read
   * @param files one entry per workbook, in file-name order
   * @param folderFindings problems with the folder itself (unreadable, no workbooks)
   */
  public record Collection(Path folder, List<Collected> files, Findings folderFindings) {
    /**
     * Copies the list.
     *
     * @param folder the folder read
     * @param files one entry per workbook, in file-name order
     * @param folderFindings problems with the folder itself (unreadable, no workbooks)
     */
    public Collection {
      files = List.copyOf(files);
    }

    /**
     * The footprints that were read without an ERROR.
     *
     * @return the footprints that were read without an ERROR
     */
    public List<Footprint> valid() {
      return files.stream().filter(c -> c.parsed().isValid()).map(c -> c.parsed().value().orElseThrow()).toList();
    }

    /**
     * Every finding: the folder's, then each file's, in file order.
     *
     * @return every finding: the folder's, then each file's, in file order
     */
    public Findings allFindings() {
      List<ValidationFinding> all = new ArrayList<>(folderFindings.all());
      files.forEach(c -> all.addAll(c.parsed().findings().all()));
      return Findings.of(all);
    }

    /**
     * True when the folder and every file read without an ERROR.
     *
     * @return true when the folder and every file read without an ERROR
     */
    public boolean allValid() {
      return !folderFindings.hasErrors() && files.stream().allMatch(c -> c.parsed().isValid());
    }
  }

  /** Rule: the folder cannot be read or holds no workbook. */
  public static final String NO_WORKBOOKS = "NO_WORKBOOKS";

  private final TemplateReader reader;

  /**
   * A collector using {@code reader}.
   *
   * @param reader the reader for each workbook
   */
  public Collector(TemplateReader reader) {
    this.reader = reader;
  }

  /**
   * A collector with the default reader.
   *
   * @return a collector with the default reader
   */
  public static Collector withDefaults() {
    return new Collector(TemplateReader.DEFAULT);
  }

  /**
   * Reads every {@code .xlsx} and {@code .xlsm} file directly in {@code folder} (not sub-folders, not
   * hidden or Office lock files "~$..."), in file-name order. Macro-enabled files are read so they are
   * reported, not silently skipped; so is a name that is not a regular file (a folder, a FIFO, a device)
   * or a link to a file outside the folder, each with a finding of its own.
   *
   * @param folder the folder to read
   * @return the footprints read, with each file's findings
   */
  public Collection collect(Path folder) {
    List<Path> files = new ArrayList<>();
    List<ValidationFinding> folderFindings = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
      for (Path p : ds) {
        String n = p.getFileName().toString();
        String l = n.toLowerCase(Locale.ROOT);
        if ((l.endsWith(".xlsx") || l.endsWith(".xlsm")) && !n.startsWith("~$") && !n.startsWith(".")) {
          files.add(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      folderFindings.add(ValidationFinding.error(NO_WORKBOOKS, new Location(String.valueOf(folder), ""),
          "a readable folder of .xlsx workbooks", "a folder that could not be listed"));
      return new Collection(folder, List.of(), Findings.of(folderFindings));
    }
    files.sort(null);
    if (files.isEmpty()) {
      folderFindings.add(ValidationFinding.error(NO_WORKBOOKS, new Location(String.valueOf(folder), ""),
          "at least one .xlsx workbook", "none"));
    }
    List<Collected> out = new ArrayList<>();
    for (Path p : files) {
      out.add(new Collected(p, reader.read(p, folder)));
    }
    return new Collection(folder, out, Findings.of(folderFindings));
  }
}
