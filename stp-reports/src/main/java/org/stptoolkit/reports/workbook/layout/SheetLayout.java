package org.stptoolkit.reports.workbook.layout;

import java.util.List;

/**
 * One input sheet: a title, a line saying what goes where, labelled fields, then tables, in that order.
 *
 * @param name the sheet name (the reader finds the sheet by it)
 * @param title the title in A1
 * @param guidance one line of instructions in A2
 * @param fields labelled single values, written from row 4
 * @param tables the tables, written after the fields
 */
public record SheetLayout(String name, String title, String guidance, List<Field> fields,
    List<TableLayout<?>> tables) {
  /**
   * Copies the lists.
   *
   * @param name the sheet name (the reader finds the sheet by it)
   * @param title the title in A1
   * @param guidance one line of instructions in A2
   * @param fields labelled single values, written from row 4
   * @param tables the tables, written after the fields
   */
  public SheetLayout {
    fields = List.copyOf(fields);
    tables = List.copyOf(tables);
  }
}
