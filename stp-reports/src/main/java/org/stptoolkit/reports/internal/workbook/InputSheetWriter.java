package org.stptoolkit.reports.internal.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.reports.workbook.layout.CellKind;
import org.stptoolkit.reports.workbook.layout.Choices;
import org.stptoolkit.reports.workbook.layout.Column;
import org.stptoolkit.reports.workbook.layout.Field;
import org.stptoolkit.reports.workbook.layout.SheetLayout;
import org.stptoolkit.reports.workbook.layout.TableLayout;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

/**
 * Writes the input sheets of a footprint by walking {@link TemplateLayout}: labelled fields, then each
 * table with its title, header, one row per item and spare rows; dropdowns, defined names and column
 * widths; and records where everything went.
 */
public final class InputSheetWriter {

  /** First row of the fields (0-based): row 1 title, row 2 guidance, row 3 blank. */
  public static final int FIRST_FIELD_ROW = 3;
  /** Width of a year column, characters. */
  public static final int YEAR_WIDTH = 11;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

  private final XSSFWorkbook wb;
  private final Styles styles;
  private final TemplateLayout layout;
  private final Placements placements = new Placements();
  private final Map<String, Map<String, Object>> extraFields;

  /**
   * A writer for one workbook.
   *
   * @param wb the workbook
   * @param styles its styles
   * @param layout the layout for the footprint's period
   * @param extraFields writer-only labelled cells per sheet (label → pre-populated text), written after
   *     the fields (text or a number), e.g. the template version on the Cover
   */
  public InputSheetWriter(XSSFWorkbook wb, Styles styles, TemplateLayout layout,
      Map<String, Map<String, Object>> extraFields) {
    this.wb = wb;
    this.styles = styles;
    this.layout = layout;
    this.extraFields = extraFields;
  }

  /**
   * Writes every input sheet and returns where things went.
   *
   * @param fp the footprint
   * @return where each input table and field went
   */
  public Placements write(Footprint fp) {
    for (SheetLayout sl : TemplateLayout.sheets()) {
      writeSheet(sl, fp);
    }
    return placements;
  }

  private void writeSheet(SheetLayout sl, Footprint fp) {
    XSSFSheet sheet = wb.createSheet(sl.name());
    Map<Integer, Integer> widths = new HashMap<>();
    text(sheet, 0, 0, sl.title(), Style.TITLE);
    text(sheet, 1, 0, sl.guidance(), Style.GUIDANCE);
    int r = FIRST_FIELD_ROW;
    for (Field f : sl.fields()) {
      text(sheet, r, 0, f.label(), Style.LABEL);
      Column<Footprint> c = f.asColumn();
      writeValue(sheet, r, 1, c, f.getter().apply(fp), sl.name() + " " + f.label());
      validation(sheet, c, r, r, 1);
      name(f.definedName(), Refs.range(sl.name(), r, 1, r, 1));
      placements.put(f.key(), new Placements.FieldCell(sl.name(), r, 1));
      r++;
    }
    for (Map.Entry<String, Object> e : extraFields.getOrDefault(sl.name(), Map.of()).entrySet()) {
      text(sheet, r, 0, e.getKey(), Style.LABEL);
      if (e.getValue() instanceof Number n) {
        SheetCell cell = cell(sheet, r, 1);
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(styles.get(Style.PREPOP_NUMBER));
      } else {
        text(sheet, r, 1, String.valueOf(e.getValue()), Style.PREPOP_TEXT);
      }
      placements.put(e.getKey(), new Placements.FieldCell(sl.name(), r, 1));
      r++;
    }
    if (r > FIRST_FIELD_ROW) {
      widths.put(0, 28);
      widths.put(1, 44);
      r++;
    }
    for (TableLayout<?> t : sl.tables()) {
      r = writeTable(sheet, t, fp, r, widths) + 2;
    }
    widths.forEach((c, w) -> sheet.setColumnWidth(c, Math.min(255, w) * 256));
  }

  private <T> int writeTable(XSSFSheet sheet, TableLayout<T> t, Footprint fp, int titleRow,
      Map<Integer, Integer> widths) {
    String sheetName = sheet.getSheetName();
    text(sheet, titleRow, 0, t.title(), Style.TABLE_TITLE);
    int headerRow = titleRow + 1;
    Map<String, Integer> cols = new LinkedHashMap<>();
    int c = 0;
    for (Column<T> col : t.columns()) {
      cols.put(col.key(), c);
      if (col.kind().byYear()) {
        if (c > 0) {
          text(sheet, titleRow, c, col.header(), Style.LABEL);
        }
        for (String y : layout.yearLabels(col.kind())) {
          text(sheet, headerRow, c, y, Style.HEADER);
          widths.merge(c, YEAR_WIDTH, Math::max);
          c++;
        }
      } else {
        text(sheet, headerRow, c, col.header(), Style.HEADER);
        widths.merge(c, col.widthChars(), Math::max);
        c++;
      }
    }
    int lastCol = c - 1;
    List<T> items = t.items().apply(fp);
    int first = headerRow + 1;
    List<Integer> itemRows = new ArrayList<>();
    int rows = Math.max(1, items.size() + t.spareRows());
    for (int i = 0; i < rows; i++) {
      int row = first + i;
      T item = i < items.size() ? items.get(i) : null;
      if (item != null) {
        itemRows.add(row);
      }
      for (Column<T> col : t.columns()) {
        int cc = cols.get(col.key());
        if (col.kind() == CellKind.CALCULATED) {
          SheetCell cell = cell(sheet, row, cc);
          cell.setCellFormula(formula(col.formula(), cols, row));
          cell.setCellStyle(styles.get(hasMoney(t) ? Style.CALC_GBPK : Style.CALC_TEXT));
        } else {
          Object v = item == null ? null : col.getter().apply(item);
          writeValue(sheet, row, cc, col, v, t.title() + " row " + (i + 1));
        }
      }
    }
    int last = first + rows - 1;
    for (Column<T> col : t.columns()) {
      int cc = cols.get(col.key());
      validation(sheet, col, first, last, cc);
      int span = layout.span(col);
      name(t.definedName(col.key()), Refs.range(sheetName, first, cc, last, cc + span - 1));
    }
    name(t.definedName(), Refs.range(sheetName, first, 0, last, lastCol));
    placements.put(t, new Placements.Table(sheetName, first, last, itemRows, cols));
    return last;
  }

  private static boolean hasMoney(TableLayout<?> t) {
    return t.columns().stream().anyMatch(c -> c.kind() == CellKind.GBPK);
  }

  private static String formula(String template, Map<String, Integer> cols, int row) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Integer c = cols.get(m.group(1));
      if (c == null) {
        throw new IllegalStateException("formula refers to unknown column " + m.group(1));
      }
      m.appendReplacement(sb, Refs.cell(row, c));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private void writeValue(XSSFSheet sheet, int row, int col, Column<?> c, Object v, String where) {
    switch (c.kind()) {
      case AMOUNTS_BY_YEAR, RATES_BY_YEAR -> {
        List<String> labels = layout.yearLabels(c.kind());
        Map<FinancialYear, Double> values = v == null ? Map.of()
            : v instanceof YearlyAmounts a ? a.gbpK() : ((YearlyRates) v).fractions();
        for (FinancialYear y : values.keySet()) {
          if (!labels.contains(y.toString())) {
            throw new IllegalArgumentException(where + ": " + c.header() + " for " + y
                + " is outside the template's years " + labels.get(0) + " to " + labels.get(labels.size() - 1));
          }
        }
        Style s = c.kind() == CellKind.RATES_BY_YEAR ? Style.INPUT_RATE : Style.INPUT_GBPK;
        for (int i = 0; i < labels.size(); i++) {
          SheetCell cell = cell(sheet, row, col + i);
          cell.setCellStyle(styles.get(s));
          Double d = values.get(FinancialYear.parse(labels.get(i)));
          if (d != null) {
            cell.setCellValue(d);
          }
        }
      }
      case INTEGER, NUMBER, GBPK, RATE -> {
        SheetCell cell = cell(sheet, row, col);
        cell.setCellStyle(styles.get(switch (c.kind()) {
          case INTEGER -> Style.INPUT_INTEGER;
          case GBPK -> Style.INPUT_GBPK;
          case RATE -> Style.INPUT_RATE;
          default -> Style.INPUT_NUMBER;
        }));
        if (v != null) {
          cell.setCellValue(((Number) v).doubleValue());
        }
      }
      default -> {
        String s = v == null ? null : switch (c.kind()) {
          case TEXT_LIST -> String.join(", ", asStrings(v));
          case YES_NO -> ((Boolean) v) ? "Yes" : "No";
          case CHOICE -> c.choices().labelOf(v);
          default -> v.toString();
        };
        SheetCell cell = cell(sheet, row, col);
        if (s == null || s.isEmpty()) {
          cell.setCellStyle(styles.get(Style.INPUT_TEXT));
        } else {
          CellText.write(cell, s, styles, Style.INPUT_TEXT, Style.INPUT_TEXT_QUOTED);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> asStrings(Object v) {
    List<String> list = (List<String>) v;
    for (String s : list) {
      if (s.contains(",")) {
        throw new IllegalArgumentException("a code in a list must not contain a comma, was \"" + s + "\"");
      }
    }
    return list;
  }

  private void validation(XSSFSheet sheet, Column<?> c, int first, int last, int col) {
    DataValidationConstraint constraint;
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    if (c.suggestions() != null) {
      DataValidation offer = helper.createValidation(helper.createFormulaListConstraint(c.suggestions()),
          new CellRangeAddressList(first, last, col, col));
      offer.setShowErrorBox(false);
      offer.setEmptyCellAllowed(true);
      offer.setSuppressDropDownArrow(true);
      offer.createPromptBox(c.header(), "Choose from the list, or type several separated by commas.");
      offer.setShowPromptBox(true);
      sheet.addValidationData(offer);
      return;
    }
    if (c.kind() == CellKind.CHOICE) {
      constraint = helper.createFormulaListConstraint(listName(c.choices()));
    } else if (c.kind() == CellKind.YES_NO) {
      constraint = helper.createExplicitListConstraint(new String[] {"Yes", "No"});
    } else {
      return;
    }
    DataValidation dv = helper.createValidation(constraint, new CellRangeAddressList(first, last, col, col));
    dv.setShowErrorBox(true);
    dv.setEmptyCellAllowed(true);
    dv.setSuppressDropDownArrow(true);
    dv.createErrorBox("Choose from the list", c.header() + ": choose one of the listed values.");
    sheet.addValidationData(dv);
  }

  /**
   * The defined name of a dropdown list on the Lists sheet.
   *
   * @param choices the dropdown list
   * @return the defined name of a dropdown list on the Lists sheet
   */
  public static String listName(Choices<?> choices) {
    return choices.definedName();
  }

  private void name(String name, String formula) {
    Name n = wb.createName();
    n.setNameName(name);
    n.setRefersToFormula(formula);
  }

  private void text(XSSFSheet sheet, int row, int col, String value, Style style) {
    CellText.write(cell(sheet, row, col), value, styles, style, style == Style.PREPOP_TEXT ? Style.PREPOP_TEXT_QUOTED : style);
  }

  /**
   * The cell, created with its row when absent.
   *
   * @param sheet the sheet
   * @param row the 0-based row
   * @param col the 0-based column
   * @return the cell, created with its row when absent
   */
  public static SheetCell cell(XSSFSheet sheet, int row, int col) {
    if (!(sheet instanceof StreamedSheet s)) {
      throw new IllegalArgumentException("sheet " + sheet.getSheetName() + " is not a template's sheet");
    }
    return s.cell(row, col);
  }
}
