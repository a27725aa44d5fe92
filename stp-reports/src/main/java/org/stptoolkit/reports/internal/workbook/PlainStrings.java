package org.stptoolkit.reports.internal.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;

/**
 * A new workbook whose shared-strings table finds a plain text it already holds by the text itself, and
 * keeps and writes plain texts as text.
 *
 * <p>POI's {@link SharedStringsTable} keys every string it is given by the string's XML, which it writes
 * out for each text cell set (a tenth of writing a template). A plain text (one run of text, no rich-text
 * runs or phonetic parts, which is all the toolkit writes) is keyed here by its text, prefixed with a
 * character XML cannot hold, so it can never be taken for the XML key of a rich string, which is kept as
 * POI makes it. A plain text added through {@link #addPlain} is kept as its text, and a table of such texts
 * only is written as text ({@link #writeTo}), without an XML bean for each (1.66 → 1.62 CPU-s for a cold
 * {@code stp template}, fifteen interleaved runs). The table holds the same entries in the same order with
 * the same counts, and writes the same bytes as POI's own table ({@code PlainStringsTest}).
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

  /**
   * Every entry in the order added: a plain text added through {@link #addPlain} as its text (its XML is
   * made only when POI asks for the entry), any other as a copy of its XML bean, as POI's table keeps it.
   */
  private final List<Object> entries = new ArrayList<>();
  /** Each entry's index by its key: a plain text's text after a character XML cannot hold, else its XML. */
  private final Map<String, Integer> keys = new HashMap<>();

  /**
   * Adds a plain text, as {@code addSharedStringItem(new XSSFRichTextString(text))} does (the same index,
   * count and entry), without making the text's XML: the table writes plain texts itself ({@link #writeTo}).
   *
   * @param text the text
   * @return its index in the table
   */
  public int addPlain(String text) {
    Integer index = keys.get(PLAIN + text);
    if (index == null && hasLoneSurrogate(text)) {
      return addSharedStringItem(new XSSFRichTextString(text)); // kept as POI keeps it: XMLBeans writes it
    }
    count++;
    if (index != null) {
      return index;
    }
    uniqueCount++;
    int added = entries.size();
    entries.add(text);
    keys.put(PLAIN + text, added);
    return added;
  }

  /** Whether {@code s} holds half of a surrogate pair without the other half (written by XMLBeans, not here). */
  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Marks a plain text's key: a character XML cannot hold, so never the start of a rich string's XML. */
  private static final String PLAIN = "\u0000";

  /**
   * Adds a text, as POI's table does (the same index, count and entry).
   *
   * @param string the text, an {@code XSSFRichTextString}
   * @return its index in the table
   */
  @Override
  public int addSharedStringItem(RichTextString string) {
    if (!(string instanceof XSSFRichTextString)) {
      throw new IllegalArgumentException("Only XSSFRichTextString argument is supported");
    }
    CTRst st = ((XSSFRichTextString) string).getCTRst();
    String key = xmlText(st);
    count++;
    Integer index = keys.get(key);
    if (index != null) {
      return index;
    }
    uniqueCount++;
    int added = entries.size();
    entries.add(st.copy());
    keys.put(key, added);
    return added;
  }

  @Override
  public RichTextString getItemAt(int idx) {
    Object e = entries.get(idx);
    return e instanceof String text ? new XSSFRichTextString(text) : new XSSFRichTextString((CTRst) e);
  }

  @Override
  public List<RichTextString> getSharedStringItems() {
    List<RichTextString> items = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      items.add(getItemAt(i));
    }
    return Collections.unmodifiableList(items);
  }

  /**
   * Writes the table as POI's writes it: as text when every entry is a plain text (escaped as XMLBeans
   * escapes it with POI's options, {@link XmlText#contentNoCdata}), else through XMLBeans as POI does.
   */
  @Override
  public void writeTo(OutputStream out) throws IOException {
    boolean allPlain = true;
    for (Object e : entries) {
      allPlain &= e instanceof String;
    }
    if (!allPlain) {
      writeThroughXmlBeans(out);
      return;
    }
    StringBuilder sb = new StringBuilder(64 + entries.size() * 32);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"").append(count)
        .append("\" uniqueCount=\"").append(uniqueCount).append("\" xmlns=\"")
        .append(XSSFRelation.NS_SPREADSHEETML).append('"');
    if (entries.isEmpty()) {
      sb.append("/>");
    } else {
      sb.append('>');
      for (Object e : entries) {
        String text = (String) e;
        if (text.isEmpty()) {
          sb.append("<si><t/></si>");
          continue;
        }
        // as XSSFRichTextString(String) marks a text that starts or ends with white space
        sb.append(Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))
            ? "<si><t xml:space=\"preserve\">" : "<si><t>");
        XmlText.contentNoCdata(sb, text);
        sb.append("</t></si>");
      }
      sb.append("</sst>");
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** POI's {@code writeTo}, on a table holding the same entries in the same order. */
  private void writeThroughXmlBeans(OutputStream out) throws IOException {
    SstDocument doc = SstDocument.Factory.newInstance();
    CTSst sst = doc.addNewSst();
    for (Object e : entries) {
      sst.addNewSi().set(e instanceof String text ? new XSSFRichTextString(text).getCTRst() : (CTRst) e);
    }
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveCDataLengthThreshold(1000000);
    options.setSaveCDataEntityCountThreshold(-1);
    sst.setCount(count);
    sst.setUniqueCount(uniqueCount);
    doc.save(out, options);
  }

  @Override
  protected String xmlText(CTRst st) {
    if (st.isSetT() && st.sizeOfRArray() == 0 && st.sizeOfRPhArray() == 0 && !st.isSetPhoneticPr()) {
      return PLAIN + st.getT();
    }
    return super.xmlText(st);
  }
}
