package org.stptoolkit.reports.internal.workbook;

import org.apache.poi.ss.formula.SheetRange;
import org.apache.poi.ss.formula.eval.AreaEval;
import org.apache.poi.ss.formula.eval.AreaEvalBase;
import org.apache.poi.ss.formula.eval.RefEvalBase;
import org.apache.poi.ss.formula.eval.ValueEval;
import org.apache.poi.ss.formula.ptg.AreaI;

/**
 * Cell and area references as the {@link FormulaInterpreter} hands them to POI's functions: the same
 * behaviour as POI's {@code LazyRefEval} and {@code LazyAreaEval} (one sheet), each cell's value read from
 * the interpreter ({@link Cells}) instead of through POI's evaluator.
 */
final class InterpretedRefs {

  private InterpretedRefs() {}

  /** Where the references read their cells. */
  interface Cells {
    /** The value of a cell as a formula sees it (a formula cell's evaluated result; blank when absent). */
    ValueEval valueAt(int sheet, int row, int column);

    /** True when the cell holds a formula calling SUBTOTAL (as POI's {@code SheetRefEvaluator} tells). */
    boolean isSubTotal(int sheet, int row, int column);

    /** True when the row is hidden. */
    boolean isRowHidden(int sheet, int row);
  }

  /** One sheet, by index. */
  record Sheet(int index) implements SheetRange {
    @Override
    public int getFirstSheetIndex() {
      return index;
    }

    @Override
    public int getLastSheetIndex() {
      return index;
    }
  }

  /** A reference to one cell. */
  static final class Ref extends RefEvalBase {
    private final Cells cells;
    private final Sheet sheet;

    Ref(Cells cells, Sheet sheet, int row, int column) {
      super(sheet, row, column);
      this.cells = cells;
      this.sheet = sheet;
    }

    @Override
    public ValueEval getInnerValueEval(int sheetIndex) {
      return cells.valueAt(sheetIndex, getRow(), getColumn());
    }

    @Override
    public AreaEval offset(int relFirstRowIx, int relLastRowIx, int relFirstColIx, int relLastColIx) {
      return new Area(cells, sheet, new AreaI.OffsetArea(getRow(), getColumn(), relFirstRowIx, relLastRowIx,
          relFirstColIx, relLastColIx));
    }
  }

  /** A reference to a rectangle of cells on one sheet. */
  static final class Area extends AreaEvalBase {
    private final Cells cells;
    private final Sheet sheet;

    Area(Cells cells, Sheet sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {
      super(sheet, firstRow, firstColumn, lastRow, lastColumn);
      this.cells = cells;
      this.sheet = sheet;
    }

    private Area(Cells cells, Sheet sheet, AreaI area) {
      super(area, sheet);
      this.cells = cells;
      this.sheet = sheet;
    }

    @Override
    public ValueEval getRelativeValue(int relativeRowIndex, int relativeColumnIndex) {
      return getRelativeValue(getFirstSheetIndex(), relativeRowIndex, relativeColumnIndex);
    }

    @Override
    public ValueEval getRelativeValue(int sheetIndex, int relativeRowIndex, int relativeColumnIndex) {
      return cells.valueAt(sheetIndex, getFirstRow() + relativeRowIndex, getFirstColumn() + relativeColumnIndex);
    }

    @Override
    public AreaEval offset(int relFirstRowIx, int relLastRowIx, int relFirstColIx, int relLastColIx) {
      return new Area(cells, sheet, new AreaI.OffsetArea(getFirstRow(), getFirstColumn(), relFirstRowIx,
          relLastRowIx, relFirstColIx, relLastColIx));
    }

    @Override
    public Area getRow(int rowIndex) {
      if (rowIndex >= getHeight()) {
        throw new IllegalArgumentException("Invalid rowIndex " + rowIndex + ".  Allowable range is (0.."
            + getHeight() + ").");
      }
      int row = getFirstRow() + rowIndex;
      return new Area(cells, sheet, row, getFirstColumn(), row, getLastColumn());
    }

    @Override
    public Area getColumn(int columnIndex) {
      if (columnIndex >= getWidth()) {
        throw new IllegalArgumentException("Invalid columnIndex " + columnIndex + ".  Allowable range is (0.."
            + getWidth() + ").");
      }
      int column = getFirstColumn() + columnIndex;
      return new Area(cells, sheet, getFirstRow(), column, getLastRow(), column);
    }

    @Override
    public boolean isSubTotal(int rowIndex, int columnIndex) {
      return cells.isSubTotal(sheet.index(), getFirstRow() + rowIndex, getFirstColumn() + columnIndex);
    }

    @Override
    public boolean isRowHidden(int rowIndex) {
      return cells.isRowHidden(sheet.index(), getFirstRow() + rowIndex);
    }
  }
}
