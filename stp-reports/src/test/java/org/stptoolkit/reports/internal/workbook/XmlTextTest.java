package org.stptoolkit.reports.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/** {@link XmlText}: element text escaped exactly as XMLBeans escapes it when POI saves a part. */
class XmlTextTest {

  /** The text of a cell's value as XMLBeans writes it with POI's options. */
  private static String xmlBeans(String text) throws IOException {
    CTCell c = CTCell.Factory.newInstance();
    c.setV(text);
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(CTCell.type.getName().getNamespaceURI(), "c"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    c.save(out, options);
    String xml = out.toString(StandardCharsets.UTF_8);
    int start = xml.indexOf("<v>");
    return start < 0 ? "" : xml.substring(start + 3, xml.lastIndexOf("</v>"));
  }

  /** Ours, as the sheet writes it: encoded as UTF-8 (which writes a lone surrogate as "?", as XMLBeans does). */
  private static String ours(String text) {
    StringBuilder sb = new StringBuilder();
    XmlText.content(sb, text);
    return new String(sb.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void escapesAsXmlBeansDoes() throws IOException {
    String[] texts = {"plain", "a < b", "a & b", "a > b", "]]>", "x]]>y]]>", "\r\n", "tab\there",
        "IF(ABS(C7)<='Assumptions'!$B$4,\"OK\",\"ERROR\")",
        "<<<<<<&&&&&& a text longer than thirty-two characters",
        "<<<<<< exactly six, long enough ]]> and ]]]]> too",
        "]]><<<<<<&&&&&& starting with a bracket pair", "\u0001 a control character", "lone \uD800 surrogate",
        "pair 😀 and £ and —", "\uFFFE", "<&<&<&", "short<<<<<<"};
    for (String t : texts) {
      assertThat(ours(t)).as("%s", t).isEqualTo(xmlBeans(t));
    }
  }

  @Property(tries = 300)
  void escapesAnyTextAsXmlBeansDoes(@ForAll @StringLength(max = 60)
      @Chars({'<', '&', '>', ']', '\r', '\n', '\t', 'a', ' ', '\u0001', '\uD83D', '\uDE00', '£'})
      @CharRange(from = 'x', to = 'z') String text) throws IOException {
    assertThat(ours(text)).isEqualTo(xmlBeans(text));
  }
}
