package org.stptoolkit.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The pack's two faces, Liberation Sans regular and bold (metric-compatible with Arial, with '£'),
 * embedded as subsets with Identity-H encoding so that any character in a name prints.
 *
 * <p>The TrueType bytes are read once per JVM; the {@link BaseFont}s are created per document and not
 * cached, because OpenPDF keeps subset state (the glyphs used, the random source for the subset tag)
 * in the font object, and sharing it between documents would make one document's bytes depend on
 * another's.
 */
final class Fonts {

  private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
  private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
  private static volatile byte[][] ttf;

  final BaseFont regular;
  final BaseFont bold;

  private Fonts(BaseFont regular, BaseFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** Fresh fonts for one document. */
  static Fonts forDocument() {
    byte[][] bytes = ttfBytes();
    BaseFont r = face("LiberationSans-Regular", bytes[0]);
    BaseFont b = face("LiberationSans-Bold", bytes[1]);
    r.setSecureRandom(SubsetTagRandom.forName("LiberationSans-Regular"));
    b.setSecureRandom(SubsetTagRandom.forName("LiberationSans-Bold"));
    return new Fonts(r, b);
  }

  /** The regular face alone, for checking which characters have a glyph (never used to write a document). */
  static BaseFont regularForChecking() {
    return face("LiberationSans-Regular", ttfBytes()[0]);
  }

  /** A face parsed from its TrueType bytes, not cached by OpenPDF (a document's subset is its own). */
  private static BaseFont face(String name, byte[] ttf) {
    try {
      return BaseFont.createFont(name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
          ttf, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the Liberation Sans fonts", e);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException("cannot load the Liberation Sans fonts: " + e.getMessage(), e);
    }
  }

  private static byte[][] ttfBytes() {
    byte[][] t = ttf;
    if (t == null) {
      synchronized (Fonts.class) {
        t = ttf;
        if (t == null) {
          t = new byte[][] {read(REGULAR), read(BOLD)};
          ttf = t;
        }
      }
    }
    return t;
  }

  private static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font resource " + resource
            + " is missing: add com.github.librepdf:openpdf-fonts-extra to the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
  }

  /** The face. */
  BaseFont face(boolean isBold) {
    return isBold ? bold : regular;
  }

  /** A font of this size and colour. */
  Font font(float size, boolean isBold, Color colour) {
    return new Font(face(isBold), size, Font.NORMAL, colour);
  }
}
