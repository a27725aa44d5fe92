package org.stptoolkit.reports.workbook;

import static org.stptoolkit.reports.internal.workbook.ImportRules.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.io.InputFiles;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;
import org.stptoolkit.reports.internal.workbook.InputSheetReader;

/**
 * Reads a filled-in submission template back into a footprint, treating the file as untrusted.
 *
 * <ol>
 *   <li>Files over {@link ImportLimits#maxFileBytes()} are refused before they are read.</li>
 *   <li>{@link PackageGate} inspects the zip in one streaming pass: truncation, duplicate entries, zip
 *       bombs, DOCTYPE/ENTITY declarations (XXE), macros, external links, sheets with too many rows.</li>
 *   <li>POI opens the workbook with its own zip-bomb limits and hardened XML parsers left on.</li>
 *   <li>The template version (custom document property and Cover) must be one in
 *       {@link TemplateVersion#READABLE}.</li>
 *   <li>The input sheets are read by the same layout the writer used; input cells are never evaluated,
 *       the cached values of input cells are used with a WARNING when an input cell holds a formula.</li>
 *   <li>The footprint is re-validated with {@link FootprintValidator#DEFAULT}.</li>
 *   <li>The workbook's Checks sheet is recalculated from its inputs by POI's evaluator
 *       ({@link WorkbookSelfCheck}); each check in ERROR is an ERROR finding at its row.</li>
 * </ol>
 *
 * <p>Every import runs within {@link ImportLimits#timeout()}. Every failure ends in findings (file,
 * place, expected, found), never an exception. Safe to share between threads.
 */
public final class TemplateReader {

  /** A reader with {@link ImportLimits#DEFAULT}. */
  public static final TemplateReader DEFAULT = new TemplateReader(ImportLimits.DEFAULT);

  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "stp-workbook-import");
    t.setDaemon(true);
    return t;
  });

  private final ImportLimits limits;

  /**
   * A reader with the given limits.
   *
   * @param limits the limits on size, rows and time
   */
  public TemplateReader(ImportLimits limits) {
    if (limits == null) {
      throw new IllegalArgumentException("import limits are required");
    }
    this.limits = limits;
  }

  /**
   * The limits this reader applies.
   *
   * @return the limits this reader applies
   */
  public ImportLimits limits() {
    return limits;
  }

  /**
   * Reads the workbook at {@code file}; findings name the file by its file name.
   *
   * @param file the workbook to read
   * @return the footprint with its findings
   */
  public Parsed<Footprint> read(Path file) {
    return read(file, null);
  }

  /**
   * Reads the workbook at {@code file} listed from {@code folder} ({@code null} when the user named it):
   * the I/O gate ({@link InputFiles}) first, so a device, FIFO, folder, a file over the size limit or a
   * link out of the folder is refused before a byte is read.
   *
   * @param file the workbook to read
   * @param folder the folder the file was listed from, or {@code null} when the user named the file
   * @return the footprint with its findings
   */
  public Parsed<Footprint> read(Path file, Path folder) {
    String name = String.valueOf(file.getFileName());
    java.util.Optional<String> problem = InputFiles.problem(file, folder, limits.maxFileBytes());
    if (problem.isPresent()) {
      boolean tooLarge = problem.get().startsWith("has ");
      return Parsed.failed(List.of(ValidationFinding.error(tooLarge ? FILE_TOO_LARGE : UNREADABLE,
          new Location(name, ""), tooLarge ? "a file of at most " + limits.maxFileBytes() + " bytes"
              : "a readable workbook file", problem.get())));
    }
    try {
      return read(name, InputFiles.readBounded(file, limits.maxFileBytes()));
    } catch (IOException e) {
      return Parsed.failed(List.of(ValidationFinding.error(UNREADABLE, new Location(name, ""),
          "a readable file", "a file that could not be read to its end")));
    }
  }

  /**
   * Reads a workbook from its bytes; {@code fileName} is used in the findings.
   *
   * @param fileName the file's name for findings ("" when none)
   * @param bytes the workbook's bytes
   * @return the footprint with its findings
   */
  public Parsed<Footprint> read(String fileName, byte[] bytes) {
    Future<Parsed<Footprint>> f;
    try {
      f = WORKERS.submit(() -> readNow(fileName, bytes));
    } catch (RuntimeException e) {
      return fail(fileName, UNREADABLE, "", "an import worker", e.toString());
    }
    try {
      return f.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return fail(fileName, IMPORT_TIMEOUT, "", "an import within " + limits.timeout().toSeconds() + " s",
          "an import still running (abandoned)");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      return fail(fileName, UNREADABLE, "", "an import to finish", "the import was interrupted");
    } catch (ExecutionException e) {
      return fail(fileName, UNREADABLE, "", "a readable workbook", String.valueOf(e.getCause()));
    }
  }

  private Parsed<Footprint> readNow(String fileName, byte[] bytes) {
    try {
      List<ValidationFinding> gate = PackageGate.inspect(fileName, bytes, limits);
      if (gate.stream().anyMatch(ValidationFinding::isError)) {
        return Parsed.failed(gate);
      }
      List<ValidationFinding> findings = new ArrayList<>(gate);
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        Optional<ValidationFinding> version = checkVersion(fileName, wb);
        if (version.isPresent()) {
          findings.add(version.get());
          return Parsed.failed(findings);
        }
        InputSheetReader reader = new InputSheetReader(wb, fileName,
            TemplateVersion.sheetsAddedSince(versionOf(wb)));
        Optional<Footprint> fp = reader.read();
        findings.addAll(reader.findings());
        if (fp.isEmpty()) {
          return Parsed.failed(findings);
        }
        for (ValidationFinding v : FootprintValidator.DEFAULT.validate(fp.get()).all()) {
          if (v.rule().equals(FootprintValidator.MISSING_DRIVER) && v.location().place().startsWith("assumptions ")) {
            continue;   // a default driver's blank years are reported at their cells by the sheet reader
          }
          String cell = reader.placeOf(v.location().place());
          findings.add(cell == null ? v.inFile(fileName) : new ValidationFinding(v.severity(), v.rule(),
              new Location(fileName, cell + " (" + v.location().place() + ")"), v.expected(), v.found()));
        }
        findings.addAll(checks(fileName, wb));
        return new Parsed<>(fp, Findings.of(findings));
      }
    } catch (OutOfMemoryError e) {
      return fail(fileName, UNREADABLE, "", "a workbook that fits in memory", "out of memory while reading");
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
          + firstLine(e.getMessage());
      String rule = what.contains("DOCTYPE") || what.contains("DTD") ? XML_DOCTYPE
          : what.toLowerCase(java.util.Locale.ROOT).contains("zip bomb") ? ZIP_BOMB : UNREADABLE;
      return fail(fileName, rule, "", "a readable .xlsx submission template", what);
    }
  }

  /**
   * The workbook's Checks recalculated from its inputs ({@link WorkbookSelfCheck#evaluate}): each check
   * in ERROR is what the analyst's edits broke, reported at its row. The checks against the engine's
   * figures written with the template are left out (the edits make them out of date on purpose).
   */
  /** The start of the Checks row that counts solutions with no row on the Bridge sheet. */
  private static final String SOLUTION_WITHOUT_BRIDGE_ROW = "Every solution has a bridge row";

  private static List<ValidationFinding> checks(String fileName, XSSFWorkbook wb) {
    List<ValidationFinding> out = new ArrayList<>();
    try {
      for (WorkbookSelfCheck.Failure f : WorkbookSelfCheck.evaluate(wb, false)) {
        if (f.check().startsWith(SOLUTION_WITHOUT_BRIDGE_ROW)) {
          // Solutions typed into spare rows (a blank template is all spare rows) are read and counted by
          // the engine; only this workbook's own Bridge and Summary leave them out, so it is a warning.
          long n = Math.round(f.difference());
          out.add(ValidationFinding.warning(WORKBOOK_CHECK, new Location(fileName, f.place()),
              "a row on this workbook's Bridge for every solution on the Solutions sheet ('" + f.check() + "')",
              n > 0 ? n + " solution(s) without one: the import reads them and project and report count them, but"
                  + " this workbook's Bridge and Summary leave them out; 'stp template' on the imported footprint"
                  + " writes a workbook whose bridge shows them"
                  : -n + " bridge row(s) for solutions no longer on the Solutions sheet: the import reads only the"
                  + " solutions listed, but this workbook's Bridge and Summary still show the removed ones;"
                  + " 'stp template' on the imported footprint writes a workbook whose bridge matches"));
          continue;
        }
        if (Double.isNaN(f.difference())) {
          // A formula the check depends on no longer computes (a row it referred to was deleted, say): the
          // inputs are still read cell by cell above, so the workbook's own arithmetic is what is lost.
          out.add(ValidationFinding.warning(WORKBOOK_CHECK, new Location(fileName, f.place()),
              "the check '" + f.check() + "' computed from the inputs",
              "a check that no longer computes (a formula it depends on refers to a row or cell that was"
                  + " deleted or moved): the import reads the inputs and project and report compute the figures,"
                  + " but this workbook's own totals cannot be trusted; 'stp template' on the imported footprint"
                  + " writes a workbook whose formulas are whole again"));
          continue;
        }
        out.add(ValidationFinding.error(WORKBOOK_CHECK, new Location(fileName, f.place()),
            "the check '" + f.check() + "' OK once the workbook is recalculated from its inputs",
            "ERROR, difference " + f.differenceText()));
      }
    } catch (RuntimeException e) {
      out.add(ValidationFinding.warning(WORKBOOK_CHECK, new Location(fileName, "'" + Workings.CHECKS + "'"),
          "a Checks sheet that can be recalculated from the inputs",
          "one that cannot (" + firstLine(String.valueOf(e.getMessage())) + "); its checks were not run"));
    }
    return out;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** The version in the document properties (checked readable by {@link #checkVersion}). */
  private static String versionOf(XSSFWorkbook wb) {
    CTProperty p = wb.getProperties().getCustomProperties().getProperty(TemplateVersion.PROPERTY);
    return p != null && p.isSetLpwstr() ? p.getLpwstr() : TemplateVersion.CURRENT;
  }

  private static Optional<ValidationFinding> checkVersion(String file, XSSFWorkbook wb) {
    String property = null;
    CTProperty p = wb.getProperties().getCustomProperties().getProperty(TemplateVersion.PROPERTY);
    if (p != null && p.isSetLpwstr()) {
      property = p.getLpwstr();
    }
    String cover = coverVersion(wb);
    if (property == null || !TemplateVersion.READABLE.contains(property)) {
      return Optional.of(ValidationFinding.error(UNKNOWN_TEMPLATE_VERSION,
          new Location(file, "document properties: " + TemplateVersion.PROPERTY),
          "template version " + String.join(" or ", TemplateVersion.READABLE),
          property == null ? "no template version (not an STP template, or its properties were removed)"
              : "version \"" + property + "\""));
    }
    if (cover != null && !cover.equals(property)) {
      return Optional.of(ValidationFinding.error(UNKNOWN_TEMPLATE_VERSION,
          new Location(file, "'" + TemplateLayout.COVER + "'!B"),
          "template version " + property + " as in the document properties", "\"" + cover + "\" on the Cover"));
    }
    return Optional.empty();
  }

  private static String coverVersion(XSSFWorkbook wb) {
    Sheet s = wb.getSheet(TemplateLayout.COVER);
    if (s == null) {
      return null;
    }
    for (int r = 0; r <= Math.min(s.getLastRowNum(), 50); r++) {
      Row row = s.getRow(r);
      Cell a = row == null ? null : row.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING
          && a.getStringCellValue().strip().equalsIgnoreCase(TemplateLayout.VERSION_LABEL)) {
        Cell b = row.getCell(1);
        return b != null && b.getCellType() == CellType.STRING ? b.getStringCellValue().strip() : "";
      }
    }
    return null;
  }

  private static Parsed<Footprint> fail(String file, String rule, String place, String expected, String found) {
    return Parsed.failed(List.of(ValidationFinding.error(rule, new Location(file, place), expected, found)));
  }
}
