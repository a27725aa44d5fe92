package org.stptoolkit.reports.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@link PlainStrings}: the same table as POI's, with plain texts found by their text. */
class PlainStringsTest {

  @Test
  void holdsTheSameEntriesAsPoisOwnTableAndWritesTheSameBytes() throws Exception {
    byte[][] sst = new byte[2][];
    for (int k = 0; k < 2; k++) {
      try (XSSFWorkbook wb = k == 0 ? PlainStrings.newWorkbook() : new XSSFWorkbook()) {
        XSSFSheet s = wb.createSheet("S");
        String[] texts = {"a", "b", "a", " a", "a ", "", "b", "x\ny"};
        for (int i = 0; i < texts.length; i++) {
          s.createRow(i).createCell(0).setCellValue(texts[i]);
        }
        // a rich text with the same characters as a plain one is a different entry
        XSSFRichTextString rich = new XSSFRichTextString("a");
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        rich.applyFont(bold);
        s.createRow(texts.length).createCell(0).setCellValue(rich);
        s.createRow(texts.length + 1).createCell(0).setCellValue("a");
        assertThat(wb.getSharedStringSource().getUniqueCount()).isEqualTo(7);
        assertThat(wb.getSharedStringSource().getCount()).isEqualTo(10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.getSharedStringSource().writeTo(out);
        sst[k] = out.toByteArray();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        wb.write(file);
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
          for (int i = 0; i < texts.length; i++) {
            assertThat(back.getSheetAt(0).getRow(i).getCell(0).getStringCellValue()).isEqualTo(texts[i]);
          }
          assertThat(back.getSheetAt(0).getRow(texts.length).getCell(0).getRichStringCellValue().numFormattingRuns())
              .isEqualTo(1);
        }
      }
    }
    assertThat(new String(sst[0], java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(sst[1], java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void addingAPlainTextKeepsTheSameEntriesCountsAndBytesAsPoi() throws Exception {
    String[] texts = {"a", "b", "a", " a", "a ", "", "b", "x\ny", "a", "<&>"};
    byte[][] sst = new byte[2][];
    int[][] indices = new int[2][texts.length];
    for (int k = 0; k < 2; k++) {
      try (XSSFWorkbook wb = PlainStrings.newWorkbook()) {
        PlainStrings table = (PlainStrings) wb.getSharedStringSource();
        for (int i = 0; i < texts.length; i++) {
          indices[k][i] = k == 0 ? table.addPlain(texts[i])
              : table.addSharedStringItem(new XSSFRichTextString(texts[i]));
        }
        // a text added the other way first is then found by the other as well, as one entry
        int late = k == 0 ? table.addSharedStringItem(new XSSFRichTextString("late")) : table.addPlain("late");
        assertThat(k == 0 ? table.addPlain("late") : table.addSharedStringItem(new XSSFRichTextString("late")))
            .isEqualTo(late);
        assertThat(table.getUniqueCount()).isEqualTo(8);
        assertThat(table.getCount()).isEqualTo(texts.length + 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.writeTo(out);
        sst[k] = out.toByteArray();
      }
    }
    assertThat(indices[0]).containsExactly(indices[1]);
    assertThat(sst[0]).isEqualTo(sst[1]);
  }

  /**
   * A table of plain texts only is written as text; texts XML must escape, that start or end with white
   * space, empty, long with many entities (POI's options never write CDATA here), with characters XML
   * cannot hold or beyond the Basic Multilingual Plane are written exactly as POI's own table writes them;
   * and a table with a rich text among plain ones too (written through XMLBeans).
   */
  @Test
  void writesTheSameBytesAsPoisOwnTableForTextsXmlMustEscape() throws Exception {
    String[] texts = {"a", "A & B <C> ]]> D", "]]>]]> at the start", "Line one\r\nline two", " lead", "trail ",
        "\ttab", "nbsp\u00a0", "", "<<<<<&&&&& more than five entities in a long text ]]> here",
        "x".repeat(40) + "&&&&&&<<<<<<", "bell \u0007 and \uFFFE", "Ünïcödé 😀 £ ’", "quotes \" '", "a", "lone \uD800 high", "lone \uDC00 low"};
    for (boolean rich : new boolean[] {false, true}) {
      byte[][] sst = new byte[2][];
      String[][] back = new String[2][];
      for (int k = 0; k < 2; k++) {
        try (XSSFWorkbook wb = k == 0 ? PlainStrings.newWorkbook() : new XSSFWorkbook()) {
          var table = wb.getSharedStringSource();
          for (String t : texts) {
            if (k == 0) {
              ((PlainStrings) table).addPlain(t);
            } else {
              table.addSharedStringItem(new XSSFRichTextString(t));
            }
          }
          if (rich) {
            XSSFRichTextString r = new XSSFRichTextString("rich");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            r.applyFont(0, 2, bold);
            table.addSharedStringItem(r);
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          table.writeTo(out);
          sst[k] = out.toByteArray();
          back[k] = new String[table.getUniqueCount()];
          for (int i = 0; i < back[k].length; i++) {
            back[k][i] = table.getItemAt(i).getString();
          }
        }
      }
      assertThat(new String(sst[0], java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(new String(sst[1], java.nio.charset.StandardCharsets.UTF_8));
      assertThat(sst[0]).isEqualTo(sst[1]);
      assertThat(back[0]).containsExactly(back[1]);
    }
  }
}
