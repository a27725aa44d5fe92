package org.stptoolkit.model.validation;

/**
 * Text from an input (a file name, an organisation's name, a cell) made safe to print on one line: control
 * characters (line breaks, tabs, NUL, escape sequences) and the invisible characters that reorder or hide
 * text (bidirectional overrides, zero-width marks) are written as escapes, so a name cannot start a new
 * line of a report, forge a finding or hide what it says. Everything else is kept as it is.
 */
public final class PlainText {
  private PlainText() {}

  /**
   * {@code s} with every control and format character escaped: {@code \n}, {@code \r}, {@code \t}, and
   * {@code \}{@code uXXXX} for the others (a backslash itself is kept).
   *
   * @param s the text
   * @return {@code s} with every control and format character escaped: {@code \n}, {@code \r}, {@code \t},
   *     and {@code \}{@code uXXXX} for the others (a backslash itself is kept)
   */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    int i = 0;
    while (i < s.length() && !needsEscape(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  /**
   * True when {@code s} holds a character {@link #escape} would change.
   *
   * @param s the text
   * @return true when {@code s} holds a character {@link #escape} would change
   */
  public static boolean hasControlCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (needsEscape(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean needsEscape(char c) {
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u2028' || c == '\u2029') {
      return true;
    }
    // bidirectional embeddings, overrides and isolates, zero-width marks, the byte order mark
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }
}
