package org.stptoolkit.reports.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.reports.internal.workbook.Refs;

/**
 * A template's own Checks sheet, recalculated and read: every check row in ERROR, with its difference.
 *
 * <p>The toolkit runs it on every workbook it writes ({@link TemplateWriter#write(org.stptoolkit.model.Footprint,
 * EngineFigures, java.nio.file.Path, boolean)}, which {@code stp template}, {@code stp national} and
 * {@code stp collect} call): a check in ERROR on a workbook the toolkit wrote is a bug in the toolkit, so
 * the writer refuses to move it into place ({@link Failed}). {@link TemplateReader} runs it on every
 * filled-in workbook it imports, where an ERROR is what the analyst's edits broke.
 *
 * <p>A WARNING (for instance the seed's SSSFT surplus printed 180 away from its income less costs) is
 * a fault of the input data that the sheet shows on purpose and is not returned; the master check counts
 * ERRORs only, in the same way. Stateless.
 */
public final class WorkbookSelfCheck {

  /** First 0-based row of the Checks sheet that holds a check (below its header). */
  private static final int FIRST_CHECK_ROW = 6;
  /** The prefix of the checks that compare with the engine's figures written beside the formulas. */
  public static final String ENGINE_CHECK = "Reconciles to the engine";

  private WorkbookSelfCheck() {}

  /**
   * One check in ERROR.
   *
   * @param check the check's name as the sheet prints it, e.g. "Bridge conserves money: HEALTH"
   * @param difference its difference, £'000 (a count for the bridge-row check)
   * @param row the 0-based row on the Checks sheet
   */
  public record Failure(String check, double difference, int row) {
    /**
     * Where the check's status is, e.g. {@code 'Checks'!D14}.
     *
     * @return where the check's status is, e.g
     */
    public String place() {
      return Refs.place(Workings.CHECKS, row, 3);
    }

    /**
     * The difference as the sheets print it: whole £'000, grouped, negative in brackets.
     *
     * @return the difference as the sheets print it: whole £'000, grouped, negative in brackets
     */
    public String differenceText() {
      return Double.isNaN(difference) ? "a value that is not a number" : RoundingPolicy.formatGbpK(difference);
    }
  }

  /**
   * A workbook the toolkit wrote failed one of its own checks: a bug in the toolkit. The message is one
   * line naming the footprint, the check and the difference.
   */
  public static final class Failed extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    /** The checks in ERROR. */
    private final transient List<Failure> failures;

    /**
     * @param footprint the footprint, e.g. "footprint 3 Synthetic footprint 03 (North)"
     * @param failures the checks in ERROR (at least one)
     */
    public Failed(String footprint, List<Failure> failures) {
      super("the workbook for " + footprint + " fails its own check '" + failures.get(0).check() + "' by "
          + failures.get(0).differenceText() + " (" + failures.get(0).place() + ")"
          + (failures.size() > 1 ? " and " + (failures.size() - 1) + " more" : "")
          + "; this is a bug in the toolkit, and nothing was written for this footprint");
      this.failures = List.copyOf(failures);
    }

    /**
     * The checks in ERROR.
     *
     * @return the checks in ERROR
     */
    public List<Failure> failures() {
      return failures;
    }
  }

  /**
   * Recalculates the Checks sheet with a new POI evaluator (every formula the checks depend on is
   * computed again from the inputs; no cached value is read) and returns the checks in ERROR.
   *
   * @param wb a submission template
   * @param withEngine whether to include the checks against the engine's figures written with the
   *     template (left out on import: after the analyst's edits those figures are out of date by design)
   * @return the checks in ERROR, empty when every check is OK
   */
  public static List<Failure> evaluate(Workbook wb, boolean withEngine) {
    FormulaEvaluator ev = wb instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook x
        ? org.stptoolkit.reports.internal.workbook.Evaluation.evaluator(x) : wb.getCreationHelper().createFormulaEvaluator();
    ev.clearAllCachedResultValues();
    return read(wb, withEngine, c -> c.getCellType() == CellType.FORMULA ? ev.evaluate(c) : null);
  }

  /**
   * The checks in ERROR as the workbook's last evaluation left them (the values {@link TemplateWriter}
   * has just computed with POI's evaluator for every formula of the workbook it is about to write).
   *
   * @param wb a submission template
   * @return the checks in ERROR as the workbook's last evaluation left them (the values {@link
   *     TemplateWriter} has just computed with POI's evaluator for every formula of the workbook it is
   *     about to write)
   */
  public static List<Failure> evaluated(Workbook wb) {
    Sheet checks = wb.getSheet(Workings.CHECKS);
    if (checks instanceof org.stptoolkit.reports.internal.workbook.StreamedSheet kept && kept.lastKeptRow() >= 0) {
      // the cells are kept by the sheet, not POI's: read there, as the same cells through POI would read
      return read(new Checks() {
        @Override
        public int lastRow() {
          return kept.lastKeptRow();
        }

        @Override
        public String name(int row) {
          return kept.textAt(row, 0);
        }

        @Override
        public CellValue value(int row, int column) {
          CellValue v = kept.formulaValueAt(row, column);
          return v == null || v.getCellType() == CellType.NUMERIC || v.getCellType() == CellType.STRING ? v
              : new CellValue("#ERROR");
        }
      }, true);
    }
    return read(wb, true, c -> {
      if (c.getCellType() != CellType.FORMULA) {
        return null;
      }
      return switch (c.getCachedFormulaResultType()) {
        case NUMERIC -> new CellValue(c.getNumericCellValue());
        case STRING -> new CellValue(c.getStringCellValue());
        default -> new CellValue("#ERROR");
      };
    });
  }

  /** The Checks sheet as a check reads it. */
  private interface Checks {
    /** The last row, 0-based (-1 for none). */
    int lastRow();

    /** The check's name in column A of the row: its text, or null when the cell is not a text. */
    String name(int row);

    /** A formula cell's value, or null for any other cell. */
    CellValue value(int row, int column);
  }

  private static List<Failure> read(Workbook wb, boolean withEngine, Function<Cell, CellValue> value) {
    Sheet s = wb.getSheet(Workings.CHECKS);
    if (s == null) {
      throw new IllegalArgumentException("the workbook has no " + Workings.CHECKS + " sheet");
    }
    return read(new Checks() {
      @Override
      public int lastRow() {
        return s.getLastRowNum();
      }

      @Override
      public String name(int row) {
        Row r = s.getRow(row);
        Cell name = r == null ? null : r.getCell(0);
        return name == null || name.getCellType() != CellType.STRING ? null : name.getStringCellValue();
      }

      @Override
      public CellValue value(int row, int column) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(column);
        return c == null ? null : value.apply(c);
      }
    }, withEngine);
  }

  private static List<Failure> read(Checks s, boolean withEngine) {
    List<Failure> out = new ArrayList<>();
    for (int r = FIRST_CHECK_ROW; r <= s.lastRow(); r++) {
      String check = s.name(r);
      if (check == null) {
        continue;
      }
      if (!withEngine && check.startsWith(ENGINE_CHECK)) {
        continue;
      }
      CellValue v = s.value(r, 3);
      if (v == null) {
        continue;
      }
      boolean error = v.getCellType() != CellType.STRING || v.getStringValue().equals("ERROR");
      if (error) {
        CellValue dv = s.value(r, 2);
        double diff = dv != null && dv.getCellType() == CellType.NUMERIC ? dv.getNumberValue() : Double.NaN;
        out.add(new Failure(check, diff, r));
      }
    }
    return List.copyOf(out);
  }
}
