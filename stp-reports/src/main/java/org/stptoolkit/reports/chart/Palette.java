package org.stptoolkit.reports.chart;

import java.awt.Color;

/**
 * The pack's flat colours, taken from the NHS identity palette so charts look like the documents
 * analysts already read. Colours are chosen to stay distinct when printed in grey: the pair used for
 * "do-nothing" and "do-something" differ in lightness as well as hue.
 */
public final class Palette {

  /** NHS Blue: headings, do-something. */
  public static final Color BLUE = new Color(0x00, 0x5E, 0xB8);
  /** NHS Dark Blue: totals. */
  public static final Color DARK_BLUE = new Color(0x00, 0x30, 0x87);
  /** NHS Light Blue: secondary series. */
  public static final Color LIGHT_BLUE = new Color(0x41, 0xB6, 0xE6);
  /** Pale blue: the outer fan band, table header fill. */
  public static final Color PALE_BLUE = new Color(0xC8, 0xDD, 0xF2);
  /** Mid blue: the inner fan band. */
  public static final Color MID_BLUE = new Color(0x8C, 0xB8, 0xE3);
  /** NHS Green: savings, "better", RAG green. */
  public static final Color GREEN = new Color(0x00, 0x96, 0x39);
  /** NHS Red (emergency services red): costs, "worse", RAG red. */
  public static final Color RED = new Color(0xDA, 0x29, 0x1C);
  /** NHS Warm Yellow: RAG amber, "similar" in Fingertips colours. */
  public static final Color AMBER = new Color(0xFF, 0xB8, 0x1C);
  /** Pale amber: a published social care figure beside the modelled one. */
  public static final Color PALE_AMBER = new Color(0xFF, 0xDC, 0x8A);
  /** NHS Mid Grey: do-nothing, axis titles. */
  public static final Color GREY = new Color(0x76, 0x86, 0x92);
  /** NHS Pale Grey: grid lines, zebra rows. */
  public static final Color PALE_GREY = new Color(0xE8, 0xED, 0xEE);
  /** Light grey for "not compared". */
  public static final Color LIGHT_GREY = new Color(0xC4, 0xCC, 0xCF);
  /** NHS Black: text. */
  public static final Color TEXT = new Color(0x21, 0x2B, 0x32);
  /** White. */
  public static final Color WHITE = Color.WHITE;

  private Palette() {}
}
