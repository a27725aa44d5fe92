package org.stptoolkit.reports.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.reports.internal.workbook.Evaluation;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.bridge.FundingApplied;
import org.stptoolkit.finance.projection.OrganisationResult;
import org.stptoolkit.finance.solution.SolutionLine;

/**
 * Reads a template's Do-nothing, Bridge, Summary and Checks figures and compares each with the engine's
 * result for the same footprint: the test side of "the workbook agrees with the engine". The values come
 * either from POI's evaluator (every formula computed afresh, no cached value read) or from the cached
 * values another program (LibreOffice) wrote after recalculating.
 */
final class WorkbookFigures {

  /** £'000: a workbook figure agrees with the engine's within half a thousand pounds. */
  static final double TOLERANCE = 0.5;

  /** What was compared, and every disagreement in words. */
  record Comparison(int figures, double largestDifference, List<String> mismatches) {}

  private final Function<Cell, CellValue> values;
  private double largest;

  private WorkbookFigures(Function<Cell, CellValue> values) {
    this.values = values;
  }

  /**
   * Values computed by POI's evaluator; cached values are removed first, so none can be read. For an .xlsx
   * through the toolkit's parsed-once use of it ({@code Evaluation.evaluator}: POI's WorkbookEvaluator on
   * tokens parsed once, its values POI's own to the bit, ParsedOnceEvaluationTest), which evaluates every
   * formula cell of a template in about the time POI's own evaluator takes for the figures read here.
   */
  static WorkbookFigures evaluating(Workbook wb) {
    stripCachedValues(wb);
    FormulaEvaluator ev = wb instanceof XSSFWorkbook x ? Evaluation.evaluator(x)
        : wb.getCreationHelper().createFormulaEvaluator();
    return new WorkbookFigures(c -> c.getCellType() == CellType.FORMULA ? ev.evaluate(c) : plain(c));
  }

  /**
   * The value of a formula cell as these figures read it (for the comparison of every formula cell with the
   * toolkit's interpreter, after {@link #compare}: POI's evaluator keeps what it computed for the figures).
   */
  CellValue value(Cell c) {
    return values.apply(c);
  }

  /** Values as cached in the file (a workbook recalculated and saved by another program). */
  static WorkbookFigures cached() {
    return new WorkbookFigures(c -> {
      if (c.getCellType() != CellType.FORMULA) {
        return plain(c);
      }
      return switch (c.getCachedFormulaResultType()) {
        case NUMERIC -> new CellValue(c.getNumericCellValue());
        case STRING -> new CellValue(c.getStringCellValue());
        case BOOLEAN -> CellValue.valueOf(c.getBooleanCellValue());
        default -> new CellValue("#error");
      };
    });
  }

  /** Removes every formula cell's cached value. */
  static void stripCachedValues(Workbook wb) {
    for (Sheet s : wb) {
      for (Row r : s) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA && c instanceof XSSFCell x && x.getCTCell().isSetV()) {
            x.getCTCell().unsetV();
          }
        }
      }
    }
  }

  private static CellValue plain(Cell c) {
    return switch (c.getCellType()) {
      case NUMERIC -> new CellValue(c.getNumericCellValue());
      case STRING -> new CellValue(c.getStringCellValue());
      case BOOLEAN -> CellValue.valueOf(c.getBooleanCellValue());
      default -> new CellValue("");
    };
  }

  private String text(Row r, int col) {
    Cell c = r == null ? null : r.getCell(col);
    if (c == null) {
      return "";
    }
    CellValue v = values.apply(c);
    return v.getCellType() == CellType.STRING ? v.getStringValue() : "";
  }

  private double number(Row r, int col) {
    Cell c = r == null ? null : r.getCell(col);
    if (c == null) {
      return 0;
    }
    CellValue v = values.apply(c);
    return v.getCellType() == CellType.NUMERIC ? v.getNumberValue() : Double.NaN;
  }

  /** Compares every Do-nothing, Bridge and Summary figure and the Checks sheet with {@code engine}. */
  Comparison compare(Workbook wb, FootprintResult engine) {
    largest = 0;
    List<String> out = new ArrayList<>();
    int[] count = {0};
    int years = engine.period().size();
    Sheet dn = wb.getSheet(Workings.DO_NOTHING);
    for (Row r : dn) {
      String measure = text(r, 2);
      String scope = text(r, 3);
      if (measure.equals("Do-nothing used in the bridge")) {
        bridge(engine, scope).ifPresent(b -> series(out, count, dn, r, 5, b.doNothing(), "do-nothing " + scope));
      } else if (measure.equals("Projected surplus")) {
        bridge(engine, scope).ifPresent(b -> series(out, count, dn, r, 5, b.driversDoNothing(), "projected " + scope));
      } else if (measure.equals(Workings.ORGANISATION_SURPLUS)) {
        String code = text(r, 0);
        Optional<OrganisationResult> o = engine.organisation(code);
        if (o.isEmpty()) {
          out.add("Do-nothing: organisation " + code + " has no engine result");
        } else {
          series(out, count, dn, r, 5, o.get().surplus(), "organisation " + code);
        }
      }
    }
    Sheet br = wb.getSheet(Workings.BRIDGE);
    int blocks = 0;
    for (Row r : br) {
      Row dnRow = br.getRow(r.getRowNum() + 2);
      if (dnRow != null && text(dnRow, 0).equals("Do-nothing deficit") && !text(r, 1).isEmpty()) {
        String scope = text(r, 1);
        Optional<BridgeResult> b = bridge(engine, scope);
        if (b.isPresent()) {
          blocks++;
          bridgeRows(out, count, br, r.getRowNum() + 2, b.get(), "Bridge " + scope);
        }
      }
    }
    if (blocks == 0) {
      out.add("Bridge: no block found for the engine's bridges");
    }
    Sheet su = wb.getSheet(Workings.SUMMARY);
    String last = engine.period().lastYear().toString();
    BridgeResult h = engine.health();
    for (Row r : su) {
      String label = text(r, 1);
      if (label.equals("Health do-nothing deficit " + last)) {
        one(out, count, su, r, 2, h.doNothing().last(), label);
      } else if (label.equals("Health do-something position " + last)) {
        one(out, count, su, r, 2, h.doSomething().last(), label);
      } else if (label.equals("Cumulative health do-nothing deficit")) {
        one(out, count, su, r, 2, h.cumulativeDoNothing(), label);
      } else if (label.equals("Cumulative health do-something deficit")) {
        one(out, count, su, r, 2, h.cumulativeDoSomething(), label);
      } else if (label.equals("Social care do-nothing gap " + last)) {
        one(out, count, su, r, 2, engine.socialCare().stream().mapToDouble(b -> b.doNothing().last()).sum(), label);
      }
      if (text(r, 0).equals("Phased financial bridge, do-something whole system")) {
        bridgeRows(out, count, su, r.getRowNum() + 2, h, "Summary bridge");
      }
    }
    Sheet checks = wb.getSheet(Workings.CHECKS);
    for (Row r : checks) {
      String status = text(r, 3);
      if (r.getRowNum() == 3 && !status.equals("OK")) {
        out.add("Checks: master check " + status);
      } else if (r.getRowNum() > 5 && status.equals("ERROR")) {
        out.add("Checks: " + text(r, 0) + " " + number(r, 2) + " " + status);
      }
    }
    return new Comparison(count[0], largest, out);
  }

  private static Optional<BridgeResult> bridge(FootprintResult r, String scope) {
    return scope.equals("HEALTH") ? Optional.ofNullable(r.health())
        : r.socialCare(org.stptoolkit.model.finance.Scope.council(scope));
  }

  /** The do-nothing row at {@code first}, then solutions, funding applied, total and do-something. */
  private void bridgeRows(List<String> out, int[] count, Sheet s, int first, BridgeResult b, String where) {
    int r = first;
    series(out, count, s, s.getRow(r++), 1, b.doNothing(), where + " do-nothing");
    for (SolutionLine l : b.solutions()) {
      series(out, count, s, s.getRow(r++), 1, l.net(), where + " " + l.name());
    }
    int funded = 0;
    for (FundingApplied f : b.funding()) {
      if (!f.committedNonRecurrent()) {
        series(out, count, s, s.getRow(r++), 1, f.amounts(), where + " " + f.name());
        funded++;
      }
    }
    if (b.solutions().isEmpty() && funded == 0) {
      r++; // "(no solutions)"
    }
    if (!text(s.getRow(r), 0).equals("Total solution value")) {
      out.add(where + ": expected the total solution value at row " + (r + 1) + ", found " + text(s.getRow(r), 0));
      return;
    }
    series(out, count, s, s.getRow(r), 1, b.totalSolutionValue(), where + " total");
    while (s.getRow(r) != null && !text(s.getRow(r), 0).startsWith("Do-something")) {
      r++;
    }
    series(out, count, s, s.getRow(r), 1, b.doSomething(), where + " do-something");
  }

  private void series(List<String> out, int[] count, Sheet s, Row r, int col, ByYear expected, String what) {
    for (int y = 0; y < expected.size(); y++) {
      one(out, count, s, r, col + y, expected.get(y), what + " year " + (y + 1));
    }
  }

  private void one(List<String> out, int[] count, Sheet s, Row r, int col, double expected, String what) {
    double v = number(r, col);
    count[0]++;
    largest = Double.isNaN(v) ? Double.POSITIVE_INFINITY : Math.max(largest, Math.abs(v - expected));
    if (!(Math.abs(v - expected) <= TOLERANCE)) {
      out.add(String.format(Locale.ROOT, "%s!%s%d %s: workbook %.3f, engine %.3f", s.getSheetName(),
          org.apache.poi.ss.util.CellReference.convertNumToColString(col), r == null ? -1 : r.getRowNum() + 1, what, v,
          expected));
    }
  }
}
