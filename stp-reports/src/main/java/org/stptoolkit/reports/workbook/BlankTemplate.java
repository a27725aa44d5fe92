package org.stptoolkit.reports.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.reports.workbook.layout.TableLayout;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;
import org.stptoolkit.reports.internal.workbook.DeterministicZip;

/**
 * The submission template for a new footprint, before any figure is known: the Cover holds the footprint,
 * its plan period and its organisations; the Baseline has one normalisation row and one service-line row
 * per organisation with only the organisation's code filled in; every driver has its row on Assumptions
 * with its rates empty. Every input cell is empty and yellow, and reading the workbook back lists each
 * cell still to fill at its cell ({@code 'Assumptions'!C7:G7: expected a percentage for every plan year
 * ... (enter 0% where there is none)}); the Checks sheet counts what is still missing.
 *
 * @param number the footprint number
 * @param name the footprint name
 * @param region the region
 * @param period the base year and plan years
 * @param organisations the footprint's organisations, at least one
 */
public record BlankTemplate(int number, String name, Region region, PlanPeriod period,
    List<Organisation> organisations) {

  /**
   * Validates the parts through the footprint they make.
   *
   * @param number the footprint number
   * @param name the footprint name
   * @param region the region
   * @param period the base year and plan years
   * @param organisations the footprint's organisations, at least one
   */
  public BlankTemplate {
    organisations = List.copyOf(organisations);
    footprint(number, name, region, period, organisations);
  }

  /**
   * The footprint the template stands for: organisations and period, no figures.
   *
   * @return the footprint the template stands for: organisations and period, no figures
   */
  public Footprint footprint() {
    return footprint(number, name, region, period, organisations);
  }

  private static Footprint footprint(int number, String name, Region region, PlanPeriod period,
      List<Organisation> organisations) {
    return new Footprint(number, name, region, "", period, organisations, List.of(),
        new Baseline(period.baseYear(), List.of(), List.of()), new Assumptions(DriverSet.none(), Map.of()),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        ActivityBaseline.empty(), List.of(), List.of(), List.of());
  }

  /**
   * The blank template as .xlsx bytes (the same bytes for the same footprint, organisations and period).
   *
   * @return the blank template as .xlsx bytes (the same bytes for the same footprint, organisations and
   *     period)
   */
  public byte[] write() {
    try {
      XSSFWorkbook wb = TemplateWriter.DEFAULT.build(footprint(), null); // not closed: see DeterministicZip.of
      Sheet baseline = wb.getSheet(TemplateLayout.BASELINE);
      List<String> codes = organisations.stream().map(Organisation::code).toList();
      prefill(baseline, TemplateLayout.NORMALISATION, codes);
      prefill(baseline, TemplateLayout.SERVICE_LINES, codes);
      org.stptoolkit.reports.internal.workbook.Evaluation.evaluateAll(wb);
      return DeterministicZip.of(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the codes into column A of the table's first rows (as many as it has spare rows). */
  private static void prefill(Sheet s, TableLayout<?> table, List<String> codes) {
    int title = -1;
    for (int r = 0; r <= s.getLastRowNum() && title < 0; r++) {
      Row row = s.getRow(r);
      Cell a = row == null ? null : row.getCell(0);
      if (a != null && a.getCellType() == CellType.STRING
          && a.getStringCellValue().strip().toLowerCase(Locale.ROOT).equals(table.title().toLowerCase(Locale.ROOT))) {
        title = r;
      }
    }
    if (title < 0) {
      throw new IllegalStateException("the template has no table titled " + table.title());
    }
    for (int i = 0; i < Math.min(codes.size(), table.spareRows()); i++) {
      Row row = s.getRow(title + 2 + i);
      Cell cell = row == null ? null : row.getCell(0);
      if (cell != null) {
        cell.setCellValue(codes.get(i));
      }
    }
  }
}
