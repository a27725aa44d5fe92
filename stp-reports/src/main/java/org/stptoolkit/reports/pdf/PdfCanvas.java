package org.stptoolkit.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import org.stptoolkit.reports.chart.Canvas;

/** The chart {@link Canvas} on an OpenPDF content stream: flat fills, plain strokes, embedded fonts. */
final class PdfCanvas implements Canvas {

  private final PdfContentByte cb;
  private final Fonts fonts;

  PdfCanvas(PdfContentByte cb, Fonts fonts) {
    this.cb = cb;
    this.fonts = fonts;
  }

  private static float f(double v) {
    return (float) v;
  }

  @Override
  public void fillRect(double x, double y, double width, double height, Color fill) {
    double x0 = Math.min(x, x + width);
    double y0 = Math.min(y, y + height);
    cb.saveState();
    cb.setColorFill(fill);
    cb.rectangle(f(x0), f(y0), f(Math.abs(width)), f(Math.abs(height)));
    cb.fill();
    cb.restoreState();
  }

  @Override
  public void fillPolygon(double[] xs, double[] ys, Color fill) {
    if (xs.length < 3 || xs.length != ys.length) {
      return;
    }
    cb.saveState();
    cb.setColorFill(fill);
    cb.moveTo(f(xs[0]), f(ys[0]));
    for (int i = 1; i < xs.length; i++) {
      cb.lineTo(f(xs[i]), f(ys[i]));
    }
    cb.closePath();
    cb.fill();
    cb.restoreState();
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, double width, Color colour, boolean dashed) {
    cb.saveState();
    cb.setColorStroke(colour);
    cb.setLineWidth(f(width));
    if (dashed) {
      cb.setLineDash(2f, 2f, 0f);
    }
    cb.moveTo(f(x1), f(y1));
    cb.lineTo(f(x2), f(y2));
    cb.stroke();
    cb.restoreState();
  }

  @Override
  public void text(String text, double x, double y, double size, boolean bold, Align align, Color colour) {
    int a = switch (align) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTRE -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
    };
    cb.saveState();
    cb.beginText();
    cb.setFontAndSize(fonts.face(bold), f(size));
    cb.setColorFill(colour);
    cb.showTextAligned(a, text, f(x), f(y), 0f);
    cb.endText();
    cb.restoreState();
  }

  @Override
  public double textWidth(String text, double size, boolean bold) {
    return fonts.face(bold).getWidthPoint(text, f(size));
  }
}
