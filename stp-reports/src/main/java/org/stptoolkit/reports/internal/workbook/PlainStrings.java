package org.stptoolkit.reports.internal.workbook;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;

/**
 * A new workbook whose shared-strings table finds a plain text it already holds by the text itself.
 *
 * <p>POI's {@link SharedStringsTable} keys every string it is given by the string's XML, which it writes
 * out for each text cell set (a tenth of writing a template). A plain text (one run of text, no rich-text
 * runs or phonetic parts, which is all the toolkit writes) is keyed here by its text, prefixed with a
 * character XML cannot hold, so it can never be taken for the XML key of a rich string, which is kept as
 * POI makes it. The table holds the same entries in the same order with the same counts, so the workbook's
 * bytes are the same as with POI's own table.
 */
public final class PlainStrings extends SharedStringsTable {

  /** A factory that makes everything as POI does, except the shared-strings table. */
  private static final XSSFFactory FACTORY = new XSSFFactory() {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainStrings() : super.newDocumentPart(descriptor);
    }
  };

  /** As {@link #FACTORY}, with each new worksheet a {@link StreamedSheet}. */
  private static final XSSFFactory STREAMED = new XSSFFactory() {
    @Override
    public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
      return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainStrings()
          : descriptor == XSSFRelation.WORKSHEET ? new StreamedSheet() : super.newDocumentPart(descriptor);
    }
  };

  private PlainStrings() {}

  /**
   * A new, empty workbook, as {@code new XSSFWorkbook()} gives, with this table for its strings.
   *
   * @return a new workbook
   */
  public static XSSFWorkbook newWorkbook() {
    return new MemoryWorkbook(FACTORY);
  }

  /**
   * A new, empty workbook whose sheets keep their cells themselves ({@link StreamedSheet}), with this table
   * for its strings.
   *
   * @return a new workbook
   */
  public static XSSFWorkbook newStreamedWorkbook() {
    return new MemoryWorkbook(STREAMED);
  }

  /** Each plain text added through {@link #addPlain}, with its index. */
  private final java.util.Map<String, Integer> plain = new java.util.HashMap<>();

  /**
   * Adds a plain text, as {@code addSharedStringItem(new XSSFRichTextString(text))} does (the same index,
   * count and entry), without making the text's XML again when the table already holds it.
   *
   * @param text the text
   * @return its index in the table
   */
  public int addPlain(String text) {
    Integer index = plain.get(text);
    if (index != null) {
      count++;
      return index;
    }
    int added = addSharedStringItem(new org.apache.poi.xssf.usermodel.XSSFRichTextString(text));
    plain.put(text, added);
    return added;
  }

  @Override
  protected String xmlText(CTRst st) {
    if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
      return "\u0000" + st.getT();
    }
    return super.xmlText(st);
  }
}
