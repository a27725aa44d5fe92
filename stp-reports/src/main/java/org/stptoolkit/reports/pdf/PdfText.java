package org.stptoolkit.reports.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.json.FootprintTexts;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * What of a footprint's text the PDF pack cannot print as it is written, said before the pack is made
 * rather than left out silently. The pack's face (Liberation Sans) has Latin, Greek, Cyrillic and Hebrew
 * letters but no Arabic, Chinese, Japanese or Korean characters and no emoji: a character without a glyph
 * is left out of the PDF, and this lists it. Right-to-left text (Hebrew, Arabic) is printed in stored
 * order, that is left to right, which this says too. Both are WARNINGs: the figures are unaffected.
 */
public final class PdfText {

  /** Rule id of text the pack cannot print as written. */
  public static final String RULE = "PDF_TEXT";

  private static volatile BaseFont face;

  private PdfText() {}

  /**
   * Loads the face the checks use (parsing the font file, a few tens of milliseconds in a cold JVM), so a
   * caller can have it done ahead, on another thread while it reads its input. Optional: the checks load it
   * themselves when it is not loaded yet.
   */
  public static void prepare() {
    face();
  }

  /** One face for checking only (never used to write a document, so no subset state is shared). */
  private static BaseFont face() {
    BaseFont f = face;
    if (f == null) {
      synchronized (PdfText.class) {
        f = face;
        if (f == null) {
          f = Fonts.regularForChecking();
          face = f;
        }
      }
    }
    return f;
  }

  /**
   * A WARNING for each text of {@code fp} that the pack cannot print as written, at its JSON path.
   *
   * @param fp the footprint
   * @return a WARNING for each text of {@code fp} that the pack cannot print as written, at its JSON path
   */
  public static List<ValidationFinding> findings(Footprint fp) {
    BaseFont face = face();
    List<ValidationFinding> out = new ArrayList<>();
    FootprintTexts.forEach(fp, (path, text) -> check(text, path, face, out));
    return out;
  }

  private static void check(String text, String path, BaseFont face, List<ValidationFinding> out) {
    Set<Integer> missing = new LinkedHashSet<>();
    boolean rightToLeft = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      byte d = Character.getDirectionality(cp);
      rightToLeft |= d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
      if (!Character.isISOControl(cp) && !Character.isWhitespace(cp) && !face.charExists(cp)) {
        missing.add(cp);
      }
    }
    if (!missing.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      int shown = 0;
      for (int cp : missing) {
        if (shown++ == 10) {
          sb.append(", and ").append(missing.size() - 10).append(" more");
          break;
        }
        sb.append(shown > 1 ? ", " : "").append(String.format(Locale.ROOT, "U+%04X", cp))
            .append(" (").append(Character.getName(cp) == null ? "unnamed" : Character.getName(cp).toLowerCase(Locale.ROOT))
            .append(')');
      }
      out.add(ValidationFinding.warning(RULE, Location.of(path),
          "characters the PDF pack's font (Liberation Sans) can print",
          missing.size() + " character(s) it has no glyph for, left out of the PDF: " + sb));
    }
    if (rightToLeft) {
      out.add(ValidationFinding.warning(RULE, Location.of(path), "text the PDF pack prints as it reads",
          "right-to-left text, printed left to right in the PDF (the pack does not lay out right-to-left scripts)"));
    }
  }
}
