package org.stptoolkit.metrics.fingertips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

class FingertipsCsvTest {
  static final String HEADER_26 = String.join(",", FingertipsColumns.HEADERS_26);
  static final String ROW = "93276,Deaths in usual place of residence,E12000005,West Midlands region,E06000021,"
      + "Stoke-on-Trent,County & UA,Persons,All ages,,,2015,37,,,,,888,2400,,,,,20150000,,";

  static Path resource(String name) {
    try {
      return Path.of(FingertipsCsvTest.class.getResource("/fingertips/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsThe26ColumnExportWithQuotedFieldsEmptyNumbersAndCrlf() {
    Parsed<FingertipsTable> parsed = FingertipsCsv.read(resource("reablement-26.csv"));
    assertThat(parsed.isValid()).isTrue();
    FingertipsTable t = parsed.orElseThrow();
    assertThat(t.hasTimePeriodRange()).isFalse();
    assertThat(t.parentComparisonHeader()).isEqualTo("Compared to Region value or percentiles");
    assertThat(t.rows()).hasSize(16);
    FingertipsRow first = t.rows().get(0);
    assertThat(first.indicatorName()).isEqualTo("Reablement, still at home at 91 days");
    assertThat(first.value()).isNull();
    assertThat(first.count()).isEqualTo(8000);
    assertThat(first.timePeriodRange()).isNull();
    assertThat(t.rows().get(15).valueNote()).isEqualTo("Count of \"zero\"");
  }

  @Test
  void readsThe27ColumnExportWithAByteOrderMark() {
    FingertipsTable t = FingertipsCsv.read(resource("bom-27.csv")).orElseThrow();
    assertThat(t.hasTimePeriodRange()).isTrue();
    assertThat(t.rows()).singleElement().satisfies(r -> {
      assertThat(r.indicatorId()).isEqualTo("93276");
      assertThat(r.value()).isEqualTo(37.0);
      assertThat(r.upper998()).isEqualTo(40.1);
      assertThat(r.timePeriodRange()).isEqualTo("1y");
    });
  }

  @Test
  void badNumberNamesFileLineAndColumn() {
    String csv = HEADER_26 + "\n" + ROW.replace(",888,", ",eight,") + "\n";
    Parsed<FingertipsTable> parsed = FingertipsCsv.parse(csv, "in.csv");
    assertThat(parsed.findings().all()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo("FINGERTIPS_NUMBER");
      assertThat(f.location().file()).isEqualTo("in.csv");
      assertThat(f.location().place()).isEqualTo("line 2, column 18 'Count'");
      assertThat(f.expected()).isEqualTo("a number or an empty string");
      assertThat(f.found()).isEqualTo("'eight'");
    });
    assertThat(parsed.value()).isPresent();
    assertThat(parsed.value().get().rows().get(0).count()).isNull();
  }

  @Test
  void rowWithTheWrongNumberOfColumnsIsReportedAndSkipped() {
    String csv = HEADER_26 + "\n" + ROW + ",extra\n" + ROW + "\n";
    Parsed<FingertipsTable> parsed = FingertipsCsv.parse(csv, "in.csv");
    ValidationFinding f = parsed.findings().ofRule("FINGERTIPS_COLUMN_COUNT").get(0);
    assertThat(f.location().place()).isEqualTo("line 2");
    assertThat(f.expected()).isEqualTo("26 columns, as in the header");
    assertThat(f.found()).isEqualTo("27 columns");
    assertThat(parsed.value().get().rows()).hasSize(1);
  }

  @Test
  void wrongHeaderFailsTheReadNamingTheColumn() {
    String csv = HEADER_26.replace("Denominator", "Denom") + "\n" + ROW + "\n";
    Parsed<FingertipsTable> parsed = FingertipsCsv.parse(csv, "in.csv");
    assertThat(parsed.value()).isEmpty();
    ValidationFinding f = parsed.findings().all().get(0);
    assertThat(f.location().place()).isEqualTo("line 1, column 19");
    assertThat(f.expected()).isEqualTo("'Denominator'");
    assertThat(f.found()).isEqualTo("'Denom'");
  }

  @Test
  void unterminatedQuoteAndStrayQuotesAreFindings() {
    Parsed<FingertipsTable> open = FingertipsCsv.parse(HEADER_26 + "\n\"93276,oops\n", "in.csv");
    assertThat(open.value()).isEmpty();
    assertThat(open.findings().ofRule("FINGERTIPS_UNTERMINATED_QUOTE")).hasSize(1);
    Parsed<FingertipsTable> stray = FingertipsCsv.parse(HEADER_26 + "\n93276,De\"aths" + ROW.substring(ROW.indexOf(",E12")) + "\n" + ROW + "\n", "in.csv");
    assertThat(stray.findings().ofRule("FINGERTIPS_QUOTE")).singleElement()
        .satisfies(f -> assertThat(f.location().place()).isEqualTo("line 2"));
    assertThat(stray.value().get().rows()).hasSize(1);
  }

  @Test
  void quotedFieldMaySpanLinesAndLineNumbersFollowPhysicalLines() {
    String csv = HEADER_26 + "\n" + ROW.replace("Deaths in usual place of residence", "\"Deaths in\nusual place\"") + "\n"
        + ROW.replace(",888,", ",x,") + "\n";
    Parsed<FingertipsTable> parsed = FingertipsCsv.parse(csv, "in.csv");
    assertThat(parsed.value().get().rows().get(0).indicatorName()).isEqualTo("Deaths in\nusual place");
    assertThat(parsed.findings().all().get(0).location().place()).startsWith("line 4,");
  }

  @Test
  void overlongRecordOrTooManyColumnsStopTheRead() {
    String longRow = ROW.replace("Stoke-on-Trent", "S".repeat(FingertipsCsv.MAX_RECORD_CHARS));
    assertThat(FingertipsCsv.parse(HEADER_26 + "\n" + longRow + "\n", "in.csv").findings().ofRule("FINGERTIPS_RECORD_TOO_LONG")).hasSize(1);
    String wide = HEADER_26 + "\n" + ",".repeat(FingertipsCsv.MAX_COLUMNS + 5) + "\n";
    assertThat(FingertipsCsv.parse(wide, "in.csv").findings().ofRule("FINGERTIPS_TOO_MANY_COLUMNS")).hasSize(1);
  }

  @Test
  void emptyFileFails() {
    assertThat(FingertipsCsv.parse("", "in.csv").findings().ofRule("FINGERTIPS_EMPTY")).hasSize(1);
  }

  @Test
  void negativeCountOrDenominatorIsAnErrorNamingTheCell() {
    Parsed<FingertipsTable> parsed = FingertipsCsv.parse(HEADER_26 + "\n" + ROW.replace(",888,2400,", ",-888,2400,")
        + "\n" + ROW.replace(",888,2400,", ",888,-1,") + "\n", "in.csv");
    assertThat(parsed.findings().ofRule(FingertipsCsv.NEGATIVE)).extracting(f -> f.location().place())
        .containsExactly("line 2, column 18 'Count'", "line 3, column 19 'Denominator'");
    assertThat(parsed.isValid()).isFalse();
    assertThat(parsed.value().get().rows().get(0).count()).isNull();
  }

  @Test
  void aLowerLimitAboveItsUpperLimitIsAnError() {
    Parsed<FingertipsTable> parsed = FingertipsCsv.parse(HEADER_26 + "\n"
        + ROW.replace(",37,,,,,", ",37,40.1,33.9,30,45,") + "\n", "in.csv");
    assertThat(parsed.findings().ofRule(FingertipsCsv.LIMITS)).singleElement().satisfies(f -> {
      assertThat(f.location().place()).isEqualTo("line 2, column 14 'Lower CI 95.0 limit'");
      assertThat(f.found()).isEqualTo("40.1");
      assertThat(f.expected()).contains("33.9");
    });
    assertThat(parsed.value().get().rows().get(0).lower95()).isNull();
    assertThat(parsed.value().get().rows().get(0).lower998()).isEqualTo(30.0);
  }

  @Test
  void aHeaderWithNoRowsIsRefused() {
    Parsed<FingertipsTable> parsed = FingertipsCsv.parse(HEADER_26 + "\r\n\r\n", "in.csv");
    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.findings().ofRule(FingertipsCsv.NO_ROWS)).singleElement()
        .satisfies(f -> assertThat(f.location().place()).isEqualTo("line 2"));
  }

  @Test
  void anUnbalancedQuoteIsReportedOnTheLineWhereItOpened() {
    String csv = HEADER_26 + "\n" + ROW + "\n" + ROW.replace("Deaths in", "\"Deaths in") + "\n"
        + ROW.replace("Deaths in", "\"Deaths in\"") + "\n" + ROW + "\n";
    Parsed<FingertipsTable> parsed = FingertipsCsv.parse(csv, "in.csv");
    assertThat(parsed.findings().ofRule("FINGERTIPS_QUOTE")).singleElement().satisfies(f -> {
      assertThat(f.location().place()).isEqualTo("line 3");
      assertThat(f.found()).contains("column 2").contains("line 4");
    });
    assertThat(parsed.value().get().rows()).hasSize(2);
  }

  @Test
  void writeThenReadGivesTheSameTable(@TempDir Path dir) throws IOException {
    for (String name : List.of("reablement-26.csv", "bom-27.csv")) {
      FingertipsTable t = FingertipsCsv.read(resource(name)).orElseThrow();
      Path out = dir.resolve(name);
      FingertipsCsv.write(out, t);
      assertThat(FingertipsCsv.read(out).orElseThrow()).isEqualTo(t);
    }
  }

  @Test
  void numbersAreWrittenAsPlainDecimalsWhateverTheLocale() {
    FingertipsRow r = FingertipsCsv.parse(HEADER_26 + "\n" + ROW + "\n", "x").orElseThrow().rows().get(0)
        .withValues(0.000012345, 1234567.5, null, 37.0, 1e21);
    String csv = FingertipsCsv.toCsv(FingertipsTable.of(List.of(r)));
    assertThat(csv).contains(",0.000012345,1234567.5,,37,1000000000000000000000,888,2400,");
    assertThat(csv).startsWith(HEADER_26 + "\r\n");
    assertThat(FingertipsCsv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(FingertipsCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
  }
}
