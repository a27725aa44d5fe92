package org.stptoolkit.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.stptoolkit.reports.chart.Palette;

/**
 * Draws the running header (document title, section) and footer ("Page 3 of 12") on every page
 * except the cover. The total page count is a template filled in when the document closes.
 */
final class PageDecorator extends PdfPageEventHelper {

  private final Fonts fonts;
  private final String title;
  private String section = "";
  private PdfTemplate total;
  private boolean plain = true;

  PageDecorator(Fonts fonts, String title) {
    this.fonts = fonts;
    this.title = title;
  }

  /** The section named in the header from the current page on. */
  void section(String name, boolean coverPage) {
    this.section = name;
    this.plain = coverPage;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(40, 12);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte cb = writer.getDirectContent();
    Rectangle page = document.getPageSize();
    float left = document.left();
    float right = document.right();
    cb.saveState();
    if (!plain) {
      float top = page.getTop() - 26;
      cb.beginText();
      cb.setFontAndSize(fonts.regular, 7.5f);
      cb.setColorFill(Palette.GREY);
      cb.showTextAligned(Element.ALIGN_LEFT, title, left, top, 0);
      cb.setFontAndSize(fonts.bold, 7.5f);
      cb.showTextAligned(Element.ALIGN_RIGHT, section, right, top, 0);
      cb.endText();
      cb.setColorStroke(Palette.PALE_GREY);
      cb.setLineWidth(0.6f);
      cb.moveTo(left, top - 4);
      cb.lineTo(right, top - 4);
      cb.stroke();
    }
    String page1 = "Page " + writer.getPageNumber() + " of ";
    float w = fonts.regular.getWidthPoint(page1, 7.5f);
    float maxTotal = fonts.regular.getWidthPoint("0000", 7.5f);
    float x = right - maxTotal - w;
    cb.beginText();
    cb.setFontAndSize(fonts.regular, 7.5f);
    cb.setColorFill(Palette.GREY);
    cb.showTextAligned(Element.ALIGN_LEFT, page1, x, 20, 0);
    cb.showTextAligned(Element.ALIGN_LEFT, "STP toolkit summary pack", left, 20, 0);
    cb.endText();
    cb.addTemplate(total, x + w, 20);
    cb.restoreState();
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    total.beginText();
    total.setFontAndSize(fonts.regular, 7.5f);
    total.setColorFill(Palette.GREY);
    total.showTextAligned(Element.ALIGN_LEFT, String.valueOf(writer.getPageNumber() - 1), 0, 0, 0);
    total.endText();
  }
}
