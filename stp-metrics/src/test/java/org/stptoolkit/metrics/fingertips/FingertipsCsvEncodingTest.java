package org.stptoolkit.metrics.fingertips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stptoolkit.metrics.fingertips.FingertipsCsvTest.HEADER_26;
import static org.stptoolkit.metrics.fingertips.FingertipsCsvTest.ROW;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Issue 8: UTF-8 with or without a byte order mark and Windows-1252 are handled, anything else is
 * refused naming the line, and no character is ever silently replaced.
 */
class FingertipsCsvEncodingTest {

  static final Charset CP1252 = Charset.forName("windows-1252");
  static final String NAMED = ROW.replace("Stoke-on-Trent", "Stoke-on-Trent £ café");

  @TempDir
  Path dir;

  Parsed<FingertipsTable> read(byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p);
    }
    Path f = dir.resolve("in.csv");
    Files.write(f, out.toByteArray());
    return FingertipsCsv.read(f);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static ValidationFinding onlyEncodingFinding(Parsed<FingertipsTable> p) {
    assertThat(p.findings().all()).hasSize(1);
    ValidationFinding f = p.findings().all().get(0);
    assertThat(f.rule()).isEqualTo(FingertipsCsv.ENCODING);
    assertThat(f.location().file()).isEqualTo("in.csv");
    return f;
  }

  @Test
  void utf8WithAndWithoutAByteOrderMarkIsReadAsItIs() throws IOException {
    for (byte[] bom : new byte[][] {{}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}) {
      Parsed<FingertipsTable> p = read(bom, utf8(HEADER_26 + "\r\n" + NAMED + "\r\n"));
      assertThat(p.findings().all()).isEmpty();
      assertThat(p.orElseThrow().rows().get(0).areaName()).isEqualTo("Stoke-on-Trent £ café");
    }
  }

  @Test
  void windows1252IsReadAsWindows1252WithAnInfoNamingTheFirstLineThatIsNotUtf8() throws IOException {
    Parsed<FingertipsTable> p = read((HEADER_26 + "\r\n" + ROW + "\r\n" + NAMED + "\r\n").getBytes(CP1252));
    ValidationFinding f = onlyEncodingFinding(p);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.location().place()).isEqualTo("line 3");
    assertThat(f.found()).contains("0xA3").contains("Windows-1252");
    assertThat(p.isValid()).isTrue();
    assertThat(p.orElseThrow().rows().get(1).areaName()).isEqualTo("Stoke-on-Trent £ café");
  }

  @Test
  void linesAreCountedAsTheRecordReaderCountsThemWhateverTheLineEnd() throws IOException {
    for (String end : new String[] {"\n", "\r", "\r\n"}) {
      Parsed<FingertipsTable> p = read((HEADER_26 + end + ROW + end + ROW + end + NAMED + end).getBytes(CP1252));
      assertThat(onlyEncodingFinding(p).location().place()).as(end.replace("\r", "CR").replace("\n", "LF"))
          .isEqualTo("line 4");
    }
  }

  @Test
  void mixedUtf8AndWindows1252IsRefusedNamingTheLineOfTheFirstForeignByte() throws IOException {
    Parsed<FingertipsTable> p = read(utf8(HEADER_26 + "\n" + NAMED + "\n"), (NAMED + "\n").getBytes(CP1252));
    ValidationFinding f = onlyEncodingFinding(p);
    assertThat(p.value()).isEmpty();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location().place()).isEqualTo("line 3");
    assertThat(f.found()).contains("0xA3").contains("line 2").contains("mixed encodings");
  }

  @Test
  void aByteUndefinedInWindows1252IsRefusedNamingItsLine() throws IOException {
    Parsed<FingertipsTable> p = read(utf8(HEADER_26 + "\n" + ROW + "\n"), utf8(ROW.substring(0, 10)),
        new byte[] {(byte) 0x81}, utf8(ROW.substring(10) + "\n"));
    ValidationFinding f = onlyEncodingFinding(p);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location().place()).isEqualTo("line 3");
    assertThat(f.found()).contains("0x81");
  }

  @Test
  void utf16AndNulBytesAreRefused() throws IOException {
    Parsed<FingertipsTable> utf16 = read(new byte[] {(byte) 0xFF, (byte) 0xFE},
        (HEADER_26 + "\r\n" + ROW + "\r\n").getBytes(StandardCharsets.UTF_16LE));
    assertThat(onlyEncodingFinding(utf16).found()).contains("UTF-16");
    assertThat(utf16.value()).isEmpty();
    Parsed<FingertipsTable> nul = read(utf8(HEADER_26 + "\n" + ROW + "\n" + ROW + "\n"), new byte[] {0});
    assertThat(onlyEncodingFinding(nul).location().place()).isEqualTo("line 4");
    assertThat(nul.value()).isEmpty();
  }

  @Test
  void aSequenceCutShortAtTheEndIsNotUtf8() throws IOException {
    // E2 82 is the start of "€" in UTF-8; alone at the end both bytes are Windows-1252 letters
    Parsed<FingertipsTable> p = read(utf8(HEADER_26 + "\n" + ROW), new byte[] {(byte) 0xE2, (byte) 0x82});
    assertThat(onlyEncodingFinding(p).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void aNulCharacterInTextAlreadyDecodedSkipsTheRowNamingLineAndColumn() {
    Parsed<FingertipsTable> p = FingertipsCsv.parse(HEADER_26 + "\n" + ROW.replace("Stoke", "St\u0000oke") + "\n"
        + ROW + "\n", "in.csv");
    assertThat(p.findings().ofRule(FingertipsCsv.NUL)).singleElement()
        .satisfies(f -> assertThat(f.location().place()).isEqualTo("line 2, column 6"));
    assertThat(p.value().get().rows()).hasSize(1);
  }
}
