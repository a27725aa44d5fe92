package org.stptoolkit.reports.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

/**
 * The mistakes analysts really make, each made with POI in the template of the walk-through's
 * three-organisation footprint (Northfield and Eastmoor, not the example), before LibreOffice saves the
 * file: {@code AnalystMistakesTest#regenerateLibreOfficeFixturesWhenAsked} writes these, converts each with
 * {@code soffice --headless --convert-to xlsx} (a private profile) and keeps LibreOffice's file under
 * src/test/resources/libreoffice/, so the tests read real LibreOffice-saved workbooks without soffice.
 */
final class AnalystWorkbooks {
  private AnalystWorkbooks() {}

  /** Resource of the walk-through footprint (the same JSON as the README's). */
  static final String FOOTPRINT = "/walkthrough/northfield-and-eastmoor.json";

  static Footprint footprint() {
    try (InputStream in = AnalystWorkbooks.class.getResourceAsStream(FOOTPRINT)) {
      return FootprintJson.read("northfield-and-eastmoor.json", in).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blank template `stp new` writes for the same three organisations. */
  static BlankTemplate blank() {
    return new BlankTemplate(45, "Northfield and Eastmoor", Region.NORTH,
        PlanPeriod.of(FinancialYear.parse("2015/16"), 5),
        List.of(new Organisation("NEH", "Northfield and Eastmoor Hospitals NHS Trust", OrganisationType.ACUTE_TRUST, null, true),
            new Organisation("NECCG", "NHS Northfield and Eastmoor CCG", OrganisationType.CCG, null, true),
            new Organisation("NCC", "Northfield County Council", OrganisationType.LOCAL_AUTHORITY, null, true)));
  }

  /** File name → POI-edited workbook, before LibreOffice saves it. */
  static Map<String, byte[]> build() {
    byte[] t = TemplateWriter.DEFAULT.write(footprint());
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("as-written.xlsx", t);
    out.put("blank-from-stp-new.xlsx", blank().write());
    out.put("phasing-2020-21-left-blank.xlsx", BadWorkbooks.poi(t,
        wb -> yearCell(wb, TemplateLayout.SOLUTIONS, TemplateLayout.SOLUTIONS_TABLE.title(), 0, "2020/21").setBlank()));
    out.put("pay-inflation-50-percent.xlsx", BadWorkbooks.poi(t,
        wb -> driverCell(wb, "Pay inflation", "2018/19").setCellValue(0.5)));
    out.put("rate-typed-as-whole-number.xlsx", BadWorkbooks.poi(t,
        wb -> driverCell(wb, "Non-pay inflation", "2017/18").setCellValue(2)));
    out.put("driver-row-emptied.xlsx", BadWorkbooks.poi(t, wb -> {
      for (String y : List.of("2016/17", "2017/18", "2018/19", "2019/20", "2020/21")) {
        driverCell(wb, "Demographic growth", y).setBlank();
      }
    }));
    out.put("driver-row-deleted.xlsx", BadWorkbooks.poi(t, wb -> {
      Sheet s = wb.getSheet(TemplateLayout.ASSUMPTIONS);
      int row = BadWorkbooks.findLabel(s, "Social care price growth").getRowNum();
      s.removeRow(s.getRow(row));
      s.shiftRows(row + 1, s.getLastRowNum(), -1);
    }));
    out.put("date-in-money-cell.xlsx", BadWorkbooks.poi(t, wb -> {
      Cell c = dataCell(wb, TemplateLayout.BASELINE, TemplateLayout.SERVICE_LINES.title(), 0, "Income");
      CellStyle date = wb.createCellStyle();
      date.cloneStyleFrom(c.getCellStyle());
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
      c.setCellValue(LocalDate.of(2016, 4, 1));
      c.setCellStyle(date);
    }));
    out.put("text-in-money-cell.xlsx", BadWorkbooks.poi(t,
        wb -> dataCell(wb, TemplateLayout.BASELINE, TemplateLayout.SERVICE_LINES.title(), 1, "Staff costs")
            .setCellValue("tbc")));
    out.put("rows-deleted-inserted-sheets-hidden.xlsx", BadWorkbooks.poi(t, wb -> {
      Sheet sol = wb.getSheet(TemplateLayout.SOLUTIONS);
      int second = BadWorkbooks.findLabel(sol, TemplateLayout.SOLUTIONS_TABLE.title()).getRowNum() + 3;
      sol.removeRow(sol.getRow(second));
      sol.shiftRows(second + 1, sol.getLastRowNum(), -1);
      Sheet base = wb.getSheet(TemplateLayout.BASELINE);
      int line2 = BadWorkbooks.findLabel(base, TemplateLayout.SERVICE_LINES.title()).getRowNum() + 3;
      base.shiftRows(line2, base.getLastRowNum(), 1);
      base.createRow(line2);
      base.setColumnWidth(1, 60 * 256);
      sol.setColumnWidth(1, 80 * 256);
      wb.setSheetVisibility(wb.getSheetIndex(TemplateLayout.FUNDING), SheetVisibility.HIDDEN);
      wb.setSheetVisibility(wb.getSheetIndex(TemplateLayout.CAPITAL), SheetVisibility.VERY_HIDDEN);
    }));
    return out;
  }

  /** The cell of a driver's rate for a year on the Assumptions sheet. */
  static Cell driverCell(XSSFWorkbook wb, String driverLabel, String year) {
    Sheet s = wb.getSheet(TemplateLayout.ASSUMPTIONS);
    Row row = BadWorkbooks.findLabel(s, driverLabel);
    int header = BadWorkbooks.findLabel(s, TemplateLayout.DRIVERS.title()).getRowNum() + 1;
    return row.getCell(column(s.getRow(header), year), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
  }

  /** A by-year cell of a table's n-th data row. */
  static Cell yearCell(XSSFWorkbook wb, String sheet, String title, int n, String year) {
    Sheet s = wb.getSheet(sheet);
    int t = BadWorkbooks.findLabel(s, title).getRowNum();
    return s.getRow(t + 2 + n).getCell(column(s.getRow(t + 1), year), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
  }

  /** The cell under a header of a table's n-th data row. */
  static Cell dataCell(XSSFWorkbook wb, String sheet, String title, int n, String header) {
    Sheet s = wb.getSheet(sheet);
    int t = BadWorkbooks.findLabel(s, title).getRowNum();
    return s.getRow(t + 2 + n).getCell(column(s.getRow(t + 1), header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
  }

  private static int column(Row header, String text) {
    for (Cell c : header) {
      if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(text)) {
        return c.getColumnIndex();
      }
    }
    throw new IllegalArgumentException("no header " + text);
  }
}
