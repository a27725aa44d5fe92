package org.stptoolkit.reports.internal.workbook;

/**
 * The rule identifiers of the findings the workbook importer reports. Each finding also carries the
 * file, the place ({@code 'Solutions'!E7}, a zip entry, or "document properties"), what was expected
 * and what was found.
 */
public final class ImportRules {
  private ImportRules() {}

  /** ERROR: the file is larger than the size cap; refused before it is opened. */
  public static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
  /** ERROR: not a zip-based workbook, or the zip is truncated or corrupt. */
  public static final String NOT_A_WORKBOOK = "NOT_A_WORKBOOK";
  /** ERROR: two zip entries with the same name (case-insensitive, as OOXML part names are). */
  public static final String DUPLICATE_ENTRY = "DUPLICATE_ENTRY";
  /** ERROR: more zip entries than the limit. */
  public static final String TOO_MANY_ENTRIES = "TOO_MANY_ENTRIES";
  /** ERROR: an entry inflates beyond the size cap or the inflation ratio limit (a zip bomb). */
  public static final String ZIP_BOMB = "ZIP_BOMB";
  /** ERROR: an XML part declares a document type (DOCTYPE / ENTITY): XXE is refused, never resolved. */
  public static final String XML_DOCTYPE = "XML_DOCTYPE";
  /** ERROR: the package is macro-enabled (.xlsm content type or a vbaProject part). */
  public static final String MACROS = "MACROS";
  /** WARNING: the workbook links to external workbooks; the links are ignored. */
  public static final String EXTERNAL_LINK = "EXTERNAL_LINK";
  /** ERROR: a sheet has more rows than the limit; refused before it is loaded. */
  public static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";
  /** ERROR: the template version is missing or not one this toolkit reads. */
  public static final String UNKNOWN_TEMPLATE_VERSION = "UNKNOWN_TEMPLATE_VERSION";
  /** ERROR: a sheet of the template is missing (deleted or renamed). */
  public static final String SHEET_MISSING = "SHEET_MISSING";
  /** ERROR: a table's title row is missing from its sheet. */
  public static final String TABLE_MISSING = "TABLE_MISSING";
  /** ERROR: a labelled field is missing from its sheet. */
  public static final String FIELD_MISSING = "FIELD_MISSING";
  /** ERROR: a table's header row differs from the template (a column moved, deleted or renamed). */
  public static final String HEADER_MISMATCH = "HEADER_MISMATCH";
  /** WARNING: an input sheet is hidden or very hidden; its cells were read all the same. */
  public static final String SHEET_HIDDEN = "SHEET_HIDDEN";
  /** ERROR: a year left blank where a figure is needed (a blank is never read as zero). */
  public static final String BLANK_YEAR = "BLANK_YEAR";
  /** ERROR: a rate typed as a whole number (2 for 2%), read as 200%. */
  public static final String RATE_AS_WHOLE_NUMBER = "RATE_AS_WHOLE_NUMBER";
  /** ERROR: a date (or a cell formatted as a date) where a number was expected. */
  public static final String DATE_IN_NUMBER_CELL = "DATE_IN_NUMBER_CELL";
  /** WARNING: a driver's rate outside what any plan assumes (pay inflation above 10% a year, growth below -10%). */
  public static final String IMPLAUSIBLE_DRIVER = "IMPLAUSIBLE_DRIVER";
  /** ERROR: a cell holds the wrong kind of value ("tbc" where a number was expected). */
  public static final String CELL_TYPE = "CELL_TYPE";
  /** ERROR: a required cell is empty. */
  public static final String REQUIRED_CELL = "REQUIRED_CELL";
  /** ERROR: a row's values do not make a valid item (the model's rule is quoted). */
  public static final String INVALID_ROW = "INVALID_ROW";
  /** ERROR: the parts read do not make a footprint. */
  public static final String INVALID_FOOTPRINT = "INVALID_FOOTPRINT";
  /** WARNING: an input cell holds a formula; its cached value was used without recalculation. */
  public static final String INPUT_FORMULA = "INPUT_FORMULA";
  /** ERROR: the import took longer than the time limit and was abandoned. */
  public static final String IMPORT_TIMEOUT = "IMPORT_TIMEOUT";
  /** ERROR: the file could not be read (I/O error or a failure inside the workbook library). */
  public static final String UNREADABLE = "UNREADABLE";
  /** A check on the workbook's Checks sheet is in ERROR once recalculated from the inputs. */
  public static final String WORKBOOK_CHECK = "WORKBOOK_CHECK";
}
