package org.stptoolkit.reports.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.io.AtomicFile;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;
import org.stptoolkit.reports.internal.workbook.CellText;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.reports.internal.workbook.DeterministicZip;
import org.stptoolkit.reports.internal.workbook.Evaluation;
import org.stptoolkit.reports.internal.workbook.IndicatorAssessmentColumns;
import org.stptoolkit.reports.internal.workbook.InputSheetWriter;
import org.stptoolkit.reports.internal.workbook.Placements;
import org.stptoolkit.reports.internal.workbook.StreamedSheet;
import org.stptoolkit.reports.internal.workbook.Style;
import org.stptoolkit.reports.internal.workbook.Styles;

/**
 * Writes the submission template for a footprint: a Cover, the input sheets (light yellow, unlocked),
 * the workings (Do-nothing, Bridge), the Summary with a bridge chart, and a Checks sheet with a master
 * check, every calculated cell a live formula over the inputs with its value cached.
 *
 * <p>Given the engine's figures, the Bridge shows them beside the template's own do-something and the
 * Checks sheet reconciles the two. The bytes are deterministic: the same footprint and figures always give
 * the same .xlsx (fixed document dates, zip entry times and order).
 *
 * <p>Stateless and safe to share; use {@link #DEFAULT}.
 */
public final class TemplateWriter {

  /** The shared instance. */
  public static final TemplateWriter DEFAULT = new TemplateWriter();

  /** Document created and modified date: the final STP submission date. */
  public static final Instant FIXED_DATE = Instant.parse("2016-10-21T00:00:00Z");

  private TemplateWriter() {}

  /**
   * The template for {@code fp} without engine figures, as .xlsx bytes.
   *
   * @param fp the footprint
   * @return the template for {@code fp} without engine figures, as .xlsx bytes
   */
  public byte[] write(Footprint fp) {
    return write(fp, null);
  }

  /**
   * The template for {@code fp}, with the engine's figures when given (null for none), as .xlsx bytes.
   *
   * @param fp the footprint
   * @param engine the engine's figures, or {@code null}
   * @return the template for {@code fp}, with the engine's figures when given (null for none), as .xlsx
   *     bytes
   * @throws IllegalArgumentException when the footprint holds something the template cannot place (an
   *     amount for a year outside the plan, a comma inside a code of a list)
   */
  public byte[] write(Footprint fp, EngineFigures engine) {
    try {
      return bytes(evaluated(fp, engine, null)); // not closed: see DeterministicZip.of
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    return DeterministicZip.of(wb);
  }

  /**
   * Writes the template to {@code target} atomically (a temporary file moved into place), once its own
   * Checks sheet, evaluated with every other formula, has no check in ERROR.
   *
   * @param fp the footprint
   * @param engine the engine's figures, or {@code null}
   * @param target the file to write
   * @param replace whether an existing file may be replaced
   * @throws IOException when the file cannot be written (the previous file is then intact)
   * @throws WorkbookSelfCheck.Failed when a check is in ERROR: a bug in the toolkit; nothing is written
   */
  public void write(Footprint fp, EngineFigures engine, Path target, boolean replace) throws IOException {
    write(fp, engine, null, target, replace);
  }

  /**
   * Writes the template with the three-gaps summary's assessment of each indicator value beside the
   * Indicators sheet's values ({@link IndicatorAssessmentColumns}), atomically, once its own Checks
   * sheet, evaluated with every other formula, has no check in ERROR.
   *
   * @param fp the footprint
   * @param engine the engine's figures, or null
   * @param indicators the stp-metrics summary of the footprint's indicators, or null for none
   * @param target where to write
   * @param replace whether an existing file may be replaced
   * @throws IOException when the file cannot be written (the previous file is then intact)
   * @throws WorkbookSelfCheck.Failed when a check is in ERROR: a bug in the toolkit; nothing is written
   */
  public void write(Footprint fp, EngineFigures engine, ThreeGapsSummary indicators, Path target, boolean replace)
      throws IOException {
    XSSFWorkbook wb = evaluated(fp, engine, indicators); // not closed: see DeterministicZip.of
    List<WorkbookSelfCheck.Failure> failures = WorkbookSelfCheck.evaluated(wb);
    if (!failures.isEmpty()) {
      throw new WorkbookSelfCheck.Failed("footprint " + fp.number() + " " + fp.name(), failures);
    }
    AtomicFile.write(target, replace, bytes(wb));
  }

  /** Rule: a text of the footprint that a workbook cell cannot hold. */
  public static final String WORKBOOK_TEXT = "WORKBOOK_TEXT";

  /** The most characters an Excel cell holds. */
  public static final int MAX_CELL_CHARS = 32_767;

  /**
   * What in {@code fp} a workbook cannot hold, as ERROR findings at the JSON path of each text: more than
   * {@value #MAX_CELL_CHARS} characters (Excel's limit for a cell), or a character XML cannot carry (a
   * control character other than tab and line breaks, an unpaired surrogate). Empty when the template
   * can be written; checked before writing, so such input is a finding, not a failure half way.
   *
   * @param fp the footprint
   * @return what in {@code fp} a workbook cannot hold, as ERROR findings at the JSON path of each text:
   *     more than {@value #MAX_CELL_CHARS} characters (Excel's limit for a cell), or a character XML cannot
   *     carry (a control character other than tab and line breaks, an unpaired surrogate)
   */
  public static List<ValidationFinding> findings(Footprint fp) {
    List<ValidationFinding> out = new ArrayList<>();
    org.stptoolkit.model.json.FootprintTexts.forEach(fp, (path, t) -> check(t, path, out));
    return out;
  }

  private static void check(String t, String path, List<ValidationFinding> out) {
    if (t.length() > MAX_CELL_CHARS) {
      out.add(ValidationFinding.error(WORKBOOK_TEXT, Location.of(path),
          "a text of at most " + MAX_CELL_CHARS + " characters (the most an Excel cell holds)",
          t.length() + " characters"));
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < t.length()
          && Character.isLowSurrogate(t.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(t.charAt(i - 1)));
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF' || lone) {
        out.add(ValidationFinding.error(WORKBOOK_TEXT, Location.of(path),
            "text without control characters (a workbook cannot hold them)",
            String.format(java.util.Locale.ROOT, "the character U+%04X at position %d", (int) c, i + 1)));
        break;
      }
    }
  }

  /**
   * Builds the workbook in memory with every formula evaluated (for tests and callers that add sheets).
   *
   * @param fp the footprint
   * @param engine the engine's figures, or {@code null}
   * @return the workbook, formulas evaluated
   */
  public XSSFWorkbook build(Footprint fp, EngineFigures engine) {
    return build(fp, engine, null);
  }

  /**
   * Builds the workbook in memory with every formula evaluated, with the indicators' assessment when given.
   *
   * @param fp the footprint
   * @param engine the engine's figures, or null
   * @param indicators the stp-metrics summary of the footprint's indicators, or null for none
   * @return the workbook
   */
  public XSSFWorkbook build(Footprint fp, EngineFigures engine, ThreeGapsSummary indicators) {
    Workings[] workings = new Workings[1];
    XSSFWorkbook wb = keptCells(fp, engine, indicators, workings);
    throughPoi(wb, workings[0]);
    return wb;
  }

  /**
   * Copies the kept cells into POI's and evaluates every formula once; the bridge chart is drawn afterwards
   * from the same evaluator, whose values it then reads instead of evaluating the bridge a second time.
   */
  private static void throughPoi(XSSFWorkbook wb, Workings workings) {
    StreamedSheet.materialize(wb);
    org.apache.poi.ss.usermodel.FormulaEvaluator ev = Evaluation.evaluator(wb);
    ev.evaluateAll();
    workings.drawCharts(ev);
  }

  /**
   * The workbook as {@link #build} makes it, but with its cells kept by its sheets ({@link StreamedSheet})
   * and written as XML by them, never through POI's XML tree: the toolkit's interpreter evaluates them there
   * and the chart and the checks read them there. Where the interpreter leaves a workbook to POI, its cells
   * are copied into POI's and it is evaluated as {@link #build} evaluates it. Either way the bytes are
   * {@link #build}'s.
   */
  private XSSFWorkbook evaluated(Footprint fp, EngineFigures engine, ThreeGapsSummary indicators) {
    Workings[] workings = new Workings[1];
    XSSFWorkbook wb = keptCells(fp, engine, indicators, workings);
    if (Evaluation.interpretKept(wb)) {
      workings[0].drawCharts((s, row, column) -> ((StreamedSheet) s).valueAt(row, column));
    } else {
      throughPoi(wb, workings[0]);
    }
    return wb;
  }

  /**
   * Builds the workbook in memory with its formulas written and not yet evaluated (no cached values), so
   * that a check can evaluate exactly the cells it reads.
   */
  XSSFWorkbook assemble(Footprint fp, EngineFigures engine) {
    return assemble(fp, engine, true);
  }

  /**
   * As {@link #assemble(Footprint, EngineFigures)}, with or without the bridge chart's series (every formula
   * is the same either way; drawing the series evaluates the bridge; without them the chart's frame and axes
   * are there and {@link Workings#drawCharts} would add them).
   */
  XSSFWorkbook assemble(Footprint fp, EngineFigures engine, boolean chart) {
    Workings[] workings = new Workings[1];
    XSSFWorkbook wb = keptCells(fp, engine, null, workings);
    StreamedSheet.materialize(wb);
    if (chart) {
      workings[0].drawCharts(Evaluation.evaluator(wb));
    }
    return wb;
  }

  /**
   * The workbook with its cells kept by its sheets ({@link StreamedSheet}), not evaluated, the bridge chart
   * without its series; its workings (for the series left to draw) put in {@code workings[0]}.
   */
  private XSSFWorkbook keptCells(Footprint fp, EngineFigures engine, ThreeGapsSummary indicators,
      Workings[] workings) {
    Skeleton skeleton = Skeleton.take();
    XSSFWorkbook wb = skeleton.wb();
    Styles styles = skeleton.styles();
    TemplateLayout layout = TemplateLayout.of(fp.period());
    Map<String, Map<String, Object>> extras = new LinkedHashMap<>();
    extras.put(TemplateLayout.COVER, Map.of(TemplateLayout.VERSION_LABEL, TemplateVersion.CURRENT));
    extras.put(TemplateLayout.ASSUMPTIONS, Map.of(Workings.TOLERANCE_LABEL, RoundingPolicy.TOLERANCE_GBPK));
    Placements placements = new InputSheetWriter(wb, styles, layout, extras).write(fp);
    workings[0] = new Workings(wb, styles, layout, placements, fp, engine);
    workings[0].write();
    if (indicators != null) {
      new IndicatorAssessmentColumns(wb, styles, placements, fp.indicators(), indicators).write();
    }
    cover(wb.getSheet(TemplateLayout.COVER), styles);
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet s = wb.getSheetAt(i);
      protect(s);
      print(s);
    }
    wb.setActiveSheet(0);
    wb.setForceFormulaRecalculation(true);
    properties(wb, fp);
    return wb;
  }

  /**
   * Builds, on the calling thread, the start of a template, which is the same for every footprint: a new
   * workbook, its styles and the Lists sheet's indicator catalogue (~0.2 s in a JVM that has written no
   * workbook yet, most of it initialising POI's XML types). The next template this JVM writes takes it
   * instead of building its own; its bytes are the same either way. For a spare thread while the footprint
   * is read (the command line's warm-up for {@code stp template}); it does nothing once a template has been
   * begun, or while one prepared start is not taken yet.
   */
  public static void prepare() {
    if (!Skeleton.begun) {
      prepareNext();
    }
  }

  /** As {@link #prepare()}, even once a template has been begun (for tests). */
  static void prepareNext() {
    Skeleton.prepare();
  }

  /** Whether a prepared start is waiting for the next template (for tests). */
  static boolean prepared() {
    return Skeleton.PREPARED.get() != null;
  }

  /**
   * The start of a template: a new workbook whose cells its sheets keep ({@link StreamedSheet}), its styles,
   * and the Lists sheet begun with the indicator catalogue (before the input sheets, whose formulas look
   * values up in it).
   */
  private record Skeleton(XSSFWorkbook wb, Styles styles) {

    /** The start {@link #prepare()} is building or has built, until a template takes it. */
    private static final AtomicReference<CompletableFuture<Skeleton>> PREPARED = new AtomicReference<>();
    /**
     * Whether a template has been begun in this JVM: a command line's warm-up that comes to {@link #prepare()}
     * after its one template has begun would build a start nobody takes.
     */
    private static volatile boolean begun;

    static Skeleton build() {
      XSSFWorkbook wb = org.stptoolkit.reports.internal.workbook.PlainStrings.newStreamedWorkbook();
      // The formulas are the toolkit's own and are all parsed when the workbook is evaluated (a bad one fails
      // there); parsing each again as it is set was a tenth of writing a template.
      wb.setCellFormulaValidation(false);
      Styles styles = new Styles(wb);
      Workings.catalogue(wb, styles);
      return new Skeleton(wb, styles);
    }

    static void prepare() {
      CompletableFuture<Skeleton> next = new CompletableFuture<>();
      if (!PREPARED.compareAndSet(null, next)) {
        return;
      }
      try {
        next.complete(build());
      } catch (RuntimeException | Error e) {
        next.completeExceptionally(e);
      }
    }

    /** The prepared start when there is one (waiting while it is being built), else a new one. */
    static Skeleton take() {
      begun = true;
      CompletableFuture<Skeleton> prepared = PREPARED.getAndSet(null);
      if (prepared != null) {
        try {
          return prepared.join();
        } catch (CompletionException | CancellationException e) {
          // it failed where it was built: build it here, where a failure is reported
        }
      }
      return build();
    }
  }

  private static void cover(XSSFSheet s, Styles styles) {
    int c = 6;
    put(s, 3, c, "Colour legend", Style.TABLE_TITLE, styles);
    put(s, 4, c, "Input", Style.INPUT_TEXT, styles);
    put(s, 4, c + 1, "light yellow, unlocked: type or paste here", Style.NOTE, styles);
    put(s, 5, c, "Calculation", Style.CALC_TEXT, styles);
    put(s, 5, c + 1, "blue, locked: a formula over the inputs", Style.NOTE, styles);
    put(s, 6, c, "Pre-populated", Style.PREPOP_TEXT, styles);
    put(s, 6, c + 1, "light green, locked: written by the toolkit", Style.NOTE, styles);
    put(s, 8, c, "Instructions", Style.TABLE_TITLE, styles);
    List<String> steps = List.of(
        "1. Fill in the yellow cells on Cover, Assumptions, Baseline, Solutions, Funding, Sensitivities,"
            + " Transformation, Capital, Indicators and Activity.",
        "2. Money is in £'000; negative numbers show in brackets; years are written like 2016/17.",
        "3. Add rows in the spare yellow rows under each table; do not rename sheets or move tables.",
        "4. Do-nothing and Bridge recalculate from your inputs; Summary shows the three gaps and the bridge.",
        "5. The Checks sheet must show OK in its master check before you submit.",
        "6. Sheets are protected against slips only (no password): Review > Unprotect sheet to change structure.");
    for (int i = 0; i < steps.size(); i++) {
      put(s, 9 + i, c, steps.get(i), Style.NOTE, styles);
    }
    s.setColumnWidth(c, 16 * 256);
    s.setColumnWidth(c + 1, 60 * 256);
  }

  private static void put(XSSFSheet s, int row, int col, String text, Style style, Styles styles) {
    CellText.write(InputSheetWriter.cell(s, row, col), text, styles, style, style);
  }

  private static void protect(XSSFSheet s) {
    s.enableLocking();
    s.lockSelectLockedCells(false);
    s.lockSelectUnlockedCells(false);
    s.lockFormatColumns(false);
    s.lockFormatRows(false);
  }

  private static void print(XSSFSheet s) {
    PrintSetup ps = s.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    s.setFitToPage(true);
    s.getHeader().setLeft(s.getSheetName());
    s.getFooter().setCenter("&A, page &P of &N");
  }

  private static void properties(XSSFWorkbook wb, Footprint fp) {
    POIXMLProperties props = wb.getProperties();
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setCreated(Optional.of(Date.from(FIXED_DATE)));
    core.setModified(Optional.of(Date.from(FIXED_DATE)));
    core.setCreator("STP toolkit");
    core.setTitle("STP submission template: " + fp.name());
    core.setSubjectProperty("Sustainability and Transformation Plan " + fp.period());
    props.getExtendedProperties().setApplication("STP toolkit");
    props.getCustomProperties().addProperty(TemplateVersion.PROPERTY, TemplateVersion.CURRENT);
  }
}
