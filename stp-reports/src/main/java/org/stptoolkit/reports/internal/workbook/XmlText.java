package org.stptoolkit.reports.internal.workbook;

/**
 * Element text escaped exactly as XMLBeans escapes it when POI saves a part (XMLBeans 5's text saver, with
 * POI's save options): {@code <} and {@code &} as entities, a {@code >} only where it closes {@code ]]}, a
 * carriage return as {@code &#13;}, a character XML cannot hold as {@code ?}; and a text longer than 32
 * characters holding more than 5 of {@code <} and {@code &} as a CDATA section instead. Used where the
 * toolkit writes XML that POI would otherwise have written, so that the bytes stay the same.
 */
final class XmlText {

  /** XMLBeans' defaults: beyond this length and this many entities, a text is written as CDATA. */
  private static final int CDATA_LENGTH = 32;
  private static final int CDATA_ENTITIES = 5;

  private XmlText() {}

  /** Appends {@code text} as an element's content. */
  static void content(StringBuilder sb, String text) {
    content(sb, text, true);
  }

  /**
   * Appends {@code text} as an element's content as XMLBeans writes it with POI's options for the
   * shared-strings table, which never write a CDATA section (a text at most 32,767 characters long).
   */
  static void contentNoCdata(StringBuilder sb, String text) {
    content(sb, text, false);
  }

  private static void content(StringBuilder sb, String text, boolean cdata) {
    int n = text.length();
    int entities = 0;
    boolean replace = false;
    char prev = 0;
    char prevPrev = 0;
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      if (ch == '<' || ch == '&') {
        entities++;
      } else if (prevPrev == ']' && prev == ']' && ch == '>') {
        replace = true;
      } else if (bad(ch) || ch == '\r') {
        replace = true;
      }
      prevPrev = prev;
      prev = ch;
    }
    if (entities == 0 && !replace) {
      sb.append(text);
    } else if (cdata && n > CDATA_LENGTH && entities > CDATA_ENTITIES) {
      cdata(sb, text);
    } else {
      char ch = 0;
      char ch1 = 0;
      for (int i = 0; i < n; i++) {
        char ch2 = ch1;
        ch1 = ch;
        ch = text.charAt(i);
        if (ch == '<') {
          sb.append("&lt;");
        } else if (ch == '&') {
          sb.append("&amp;");
        } else if (ch == '>' && ch1 == ']' && ch2 == ']') {
          sb.append("&gt;");
        } else if (bad(ch)) {
          sb.append('?');
        } else if (ch == '\r') {
          sb.append("&#13;");
        } else {
          sb.append(ch);
        }
      }
    }
  }

  /**
   * As a CDATA section, as XMLBeans writes one: its first two characters as they are, a {@code >} closing
   * {@code ]]} by ending the section and starting another, a character XML cannot hold among the rest as
   * {@code ?}.
   */
  private static void cdata(StringBuilder sb, String text) {
    int n = text.length();
    sb.append("<![CDATA[").append(text.charAt(0));
    boolean secondToLast = text.charAt(0) == ']';
    boolean last = text.charAt(1) == ']';
    sb.append(text.charAt(1));
    for (int i = 2; i < n; i++) {
      char ch = text.charAt(i);
      if (ch == '>' && secondToLast && last) {
        sb.append("]]>><![CDATA[");
      } else if (bad(ch)) {
        sb.append('?');
      } else {
        sb.append(ch);
      }
      secondToLast = last;
      last = ch == ']';
    }
    sb.append("]]>");
  }

  /** A character XML cannot hold (XMLBeans' test; a surrogate, paired or not, passes). */
  private static boolean bad(char ch) {
    return !(Character.isHighSurrogate(ch) || Character.isLowSurrogate(ch) || (ch >= 0x20 && ch <= 0xD7FF)
        || (ch >= 0xE000 && ch <= 0xFFFD) || ch == 0x9 || ch == 0xA || ch == 0xD);
  }
}
