package org.stptoolkit.reports.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@link PackageText}: a workbook made in memory is written, without POI's package writer, to the same bytes
 * as POI's writer gives ({@link DeterministicZip#ofPoi}); a package it does not know to the byte is left to
 * POI, with the same result.
 */
class PackageTextTest {

  /** Two copies of one workbook, made by {@code fill}: one written each way. */
  private static void sameBytesBothWays(Consumer<XSSFWorkbook> fill, boolean writtenAsText) throws IOException {
    XSSFWorkbook a = PlainStrings.newWorkbook();
    fill.accept(a);
    Map<String, byte[]> entries = PackageText.entries(a);
    assertThat(entries != null).as("written without POI's package writer").isEqualTo(writtenAsText);
    byte[] ours = DeterministicZip.of(a);
    XSSFWorkbook b = PlainStrings.newWorkbook();
    fill.accept(b);
    byte[] poi = DeterministicZip.ofPoi(b);
    Map<String, String> x = texts(ours);
    Map<String, String> y = texts(poi);
    assertThat(x.keySet()).containsExactlyElementsOf(y.keySet());
    for (String name : y.keySet()) {
      assertThat(x.get(name)).as(name).isEqualTo(y.get(name));
    }
    assertThat(ours).isEqualTo(poi);
    // and a second write of the same workbook gives the same bytes again, either way
    assertThat(DeterministicZip.of(a)).isEqualTo(poi);
    assertThat(DeterministicZip.ofPoi(a)).isEqualTo(poi);
  }

  private static Map<String, String> texts(byte[] xlsx) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void properties(XSSFWorkbook wb, String title) {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    core.setCreated(Optional.of(new Date(1_476_979_200_000L)));
    core.setModified(Optional.of(new Date(1_476_979_200_000L)));
    core.setTitle(title);
    core.setCreator("STP toolkit");
  }

  @Test
  void anEmptyWorkbookIsWrittenAsPoiWritesIt() throws IOException {
    sameBytesBothWays(wb -> properties(wb, "t"), true);
  }

  @Test
  void sheetsStringsNamesACommentFreeChartAndEveryCorePropertyAreWrittenAsPoiWritesThem() throws IOException {
    sameBytesBothWays(wb -> {
      for (int i = 0; i < 12; i++) { // more than nine relationships: POI orders them by id as text
        XSSFSheet s = wb.createSheet("Sheet " + i);
        s.createRow(0).createCell(0).setCellValue("text " + i);
      }
      XSSFDrawing d = wb.getSheetAt(3).createDrawingPatriarch();
      d.createChart(d.createAnchor(0, 0, 0, 0, 0, 0, 5, 10)).setTitleText("A chart");
      wb.createName().setNameName("Named");
      wb.getName("Named").setRefersToFormula("'Sheet 1'!$A$1");
      properties(wb, "Every property");
      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      core.setCategory("cat");
      core.setContentStatus("draft");
      core.setContentType("type");
      core.setDescription("description");
      core.setIdentifier("id");
      core.setKeywords("a, b");
      core.setLastModifiedByUser("someone");
      core.setLastPrinted(Optional.of(new Date(1_476_979_200_000L)));
      core.setRevision("3");
      core.setSubjectProperty("");
      wb.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty("en-GB");
      wb.getProperties().getCoreProperties().getUnderlyingProperties().setVersionProperty("1.0");
      wb.getProperties().getExtendedProperties().setApplication("STP toolkit");
      wb.getProperties().getCustomProperties().addProperty("Version", "1");
    }, true);
  }

  @Test
  void titlesWithMarkupQuotesAndLettersBeyondAsciiAreEscapedAsPoiEscapesThem() throws IOException {
    for (String title : new String[] {"A & B <C> ]]> D", "\"quoted\" 'single' — dash", "Ünïcödé £ ’",
        "<<<<<&&&&& more than five entities in a long text", "\u00a0nbsp and \u2030 per mille"}) {
      sameBytesBothWays(wb -> properties(wb, title), true);
    }
  }

  @Test
  void titlesWithLineBreaksControlsOrCharactersBeyondTheBasicPlaneAreLeftToPoi() throws IOException {
    for (String title : new String[] {"Line one\r\nline two", "tab\there", "emoji 😀", "line\u2028separator",
        "c1 \u0085 control"}) {
      sameBytesBothWays(wb -> properties(wb, title), false);
    }
  }

  @Test
  void aWorkbookWithAPictureIsLeftToPoi() throws IOException {
    byte[] png = java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    sameBytesBothWays(wb -> {
      properties(wb, "picture");
      XSSFSheet s = wb.createSheet("S");
      int picture = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
      XSSFDrawing d = s.createDrawingPatriarch();
      ClientAnchor anchor = d.createAnchor(0, 0, 0, 0, 1, 1, 2, 2);
      d.createPicture(anchor, picture);
    }, false);
  }

  @Test
  void aWorkbookPoiMadeIsLeftToPoi() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("S");
      assertThat(PackageText.entries(wb)).isNull();
    }
  }
}
