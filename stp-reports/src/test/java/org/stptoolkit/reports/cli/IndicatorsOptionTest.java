package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.json.ResultJson;
import org.stptoolkit.model.json.StpJson;

/**
 * {@code --indicators FILE.csv}: a Fingertips export for the example's areas, built in this test from
 * counts and denominators worked by hand, feeds the result's three-gaps summary.
 */
class IndicatorsOptionTest {
  private static final double TOLERANCE = 1e-9;
  private static final double Z95 = 1.959963984540054;
  private static final String HEADER = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,"
      + "Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
      + "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
      + "Compared to England value or percentiles,Compared to Region value or percentiles,Time period Sortable,"
      + "New data,Compared to goal";

  /** Smoking prevalence (Fingertips 92443), 2015, from a count of smokers and a denominator of adults. */
  private static String smoking(String parent, String area, String name, String count, String denominator) {
    return "92443,Smoking prevalence in adults," + parent + ",," + area + "," + name + ",,Persons,18+ yrs,,,2015,,,,,,"
        + count + "," + denominator + ",,,,,20150000,,";
  }

  /**
   * England 169,000 of 1,000,000 (16.9%); West Midlands 17,500 of 100,000; Staffordshire 1,100 of 6,400
   * (17.1875%: Wilson 16.28 to 18.13 holds 16.9, similar); Stoke-on-Trent 520 of 2,000 (26.0%: 24.12 to
   * 27.97, worse); NHS Cannock Chase CCG (E38000028) 120 of 1,000 (12.0%: 10.13 to 14.16, better);
   * NHS Stoke-on-Trent CCG by its ODS code 05W 170 of 1,000 (17.0%: 14.8 to 19.5, similar); and two rows
   * for areas outside the footprint.
   */
  private static Path export(Path dir) throws Exception {
    Path csv = dir.resolve("staffs-smoking.csv");
    Files.write(csv, List.of(HEADER,
        smoking("", "E92000001", "England", "169000", "1000000"),
        smoking("E92000001", "E12000005", "West Midlands region", "17500", "100000"),
        smoking("E12000005", "E10000028", "Staffordshire", "1100", "6400"),
        smoking("E12000005", "E06000021", "Stoke-on-Trent", "520", "2000"),
        smoking("E54000010", "E38000028", "NHS Cannock Chase CCG", "120", "1000"),
        smoking("E54000010", "05W", "NHS Stoke on Trent CCG", "170", "1000"),
        smoking("E12000005", "E06000051", "Shropshire", "180", "1000"),
        smoking("E12000007", "E09000001", "City of London", "10", "100")));
    return csv;
  }

  private static double[] wilson(double x, double n) {
    double z2 = Z95 * Z95;
    double root = Z95 * Math.sqrt(z2 + 4 * x * (1 - x / n));
    return new double[] {(2 * x + z2 - root) / (2 * (n + z2)) * 100, (2 * x + z2 + root) / (2 * (n + z2)) * 100};
  }

  private static JsonNode assessment(JsonNode threeGaps, String area) {
    for (JsonNode a : threeGaps.get("assessments")) {
      if (a.get("areaCode").asText().equals(area) && a.get("indicator").asText().equals("SMOKING_PREVALENCE")) {
        return a;
      }
    }
    throw new AssertionError("no assessment for " + area);
  }

  @Test
  void projectWithIndicatorsCountsWorseSimilarBetterInTheHealthGapWithTheirIntervals(@TempDir Path dir) throws Exception {
    Path fp = dir.resolve("staffs.json");
    assertThat(StpCommandTest.run("example", "--out", fp.toString()).code()).isZero();
    Path out = dir.resolve("staffs.result.json");
    StpCommandTest.Run r = StpCommandTest.run("project", fp.toString(), "--indicators", export(dir).toString(),
        "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("INFO FINGERTIPS_OUTSIDE_FOOTPRINT staffs-smoking.csv")
        .contains("2 rows for other areas, ignored")
        .contains("Health and wellbeing: 12 indicators, 1 worse than England, 2 similar, 1 better, 8 not compared");

    JsonNode result = StpJson.reader().readTree(java.nio.file.Files.readString(out));
    assertThat(ResultJson.check(result)).as("the result schema, threeGaps included").isEmpty();
    JsonNode gaps = result.get("threeGaps");
    JsonNode health = gaps.get("gaps").get(0);
    assertThat(health.get("gap").asText()).isEqualTo("HEALTH_AND_WELLBEING");
    assertThat(health.get("worse").asInt()).isEqualTo(1);
    assertThat(health.get("similar").asInt()).isEqualTo(2);
    assertThat(health.get("better").asInt()).isEqualTo(1);
    assertThat(health.get("notCompared").asInt()).as("the example's life expectancies, no interval").isEqualTo(8);

    JsonNode stoke = assessment(gaps, "E06000021");
    double[] ci = wilson(520, 2000);
    assertThat(stoke.get("value").asDouble()).isCloseTo(26.0, within(TOLERANCE));
    assertThat(stoke.get("lower95").asDouble()).isCloseTo(ci[0], within(TOLERANCE)).isCloseTo(24.1249376083, within(1e-9));
    assertThat(stoke.get("upper95").asDouble()).isCloseTo(ci[1], within(TOLERANCE)).isCloseTo(27.9670806612, within(1e-9));
    assertThat(stoke.get("england").asDouble()).isCloseTo(16.9, within(TOLERANCE));
    assertThat(stoke.get("comparedWithEngland").asText()).isEqualTo("Worse");
    assertThat(stoke.get("region").asDouble()).isCloseTo(17.5, within(TOLERANCE));
    assertThat(stoke.get("comparedWithRegion").asText()).isEqualTo("Worse");
    assertThat(stoke.get("differenceFromRegion").asText()).isEqualTo("8.5 percentage points above the West Midlands");

    JsonNode staffs = assessment(gaps, "E10000028");
    ci = wilson(1100, 6400);
    assertThat(staffs.get("lower95").asDouble()).isCloseTo(ci[0], within(TOLERANCE)).isCloseTo(16.2829519784, within(1e-9));
    assertThat(staffs.get("upper95").asDouble()).isCloseTo(ci[1], within(TOLERANCE)).isCloseTo(18.1314143515, within(1e-9));
    assertThat(staffs.get("comparedWithEngland").asText()).isEqualTo("Similar");
    assertThat(assessment(gaps, "E38000028").get("comparedWithEngland").asText()).isEqualTo("Better");
    assertThat(assessment(gaps, "05W").get("comparedWithEngland").asText()).isEqualTo("Similar");
    assertThat(gaps.get("findings").toString()).contains("FINGERTIPS_OUTSIDE_FOOTPRINT");
  }

  @Test
  void aMalformedRowGetsCompareFindingNamingTheLineAndNothingIsWritten(@TempDir Path dir) throws Exception {
    Path fp = dir.resolve("staffs.json");
    assertThat(StpCommandTest.run("example", "--out", fp.toString()).code()).isZero();
    Path csv = dir.resolve("bad.csv");
    Files.write(csv, List.of(HEADER,
        smoking("", "E92000001", "England", "169000", "1000000"),
        smoking("E12000005", "E06000021", "Stoke-on-Trent", "five hundred", "2000")));
    Path out = dir.resolve("r.json");
    StpCommandTest.Run project = StpCommandTest.run("project", fp.toString(), "--indicators", csv.toString(),
        "--out", out.toString());
    StpCommandTest.Run compare = StpCommandTest.run("compare", csv.toString(), "--out", dir.resolve("c.csv").toString());
    assertThat(project.code()).isEqualTo(ExitCode.INVALID_INPUT).isEqualTo(compare.code());
    assertThat(project.out()).contains("FINGERTIPS_NUMBER bad.csv: line 3, column 18 'Count'")
        .contains("five hundred").doesNotContain("Exception");
    String finding = compare.out().lines().filter(l -> l.contains("FINGERTIPS_NUMBER")).findFirst().orElseThrow();
    assertThat(project.out()).contains(finding);
    assertThat(out).doesNotExist();
  }

  @Test
  void demoPrintsAHealthLineThatComparesSomething(@TempDir Path dir) {
    StpCommandTest.Run r = StpCommandTest.run("demo", "--out", dir.toString());
    assertThat(r.code()).isZero();
    String health = r.out().lines().dropWhile(l -> !l.contains("Health and wellbeing:")).skip(1).findFirst().orElseThrow();
    assertThat(health).contains("Life expectancy at birth (male), Staffordshire 2012-14: 79.7 years")
        .contains("0.9 years above the West Midlands").contains("not a significance test");
  }

  @Test
  void templateAndReportTakeTheSameExport(@TempDir Path dir) throws Exception {
    Path fp = dir.resolve("staffs.json");
    assertThat(StpCommandTest.run("example", "--out", fp.toString()).code()).isZero();
    Path csv = export(dir);
    StpCommandTest.Run t = StpCommandTest.run("template", fp.toString(), "--indicators", csv.toString(),
        "--out", dir.resolve("t.xlsx").toString());
    assertThat(t.code()).as(t.out() + t.err()).isZero();
    assertThat(t.out()).contains("FINGERTIPS_OUTSIDE_FOOTPRINT");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("t.xlsx").toFile())) {
      var sheet = wb.getSheet("Indicators");
      int header = -1;
      int lowerCol = -1;
      for (var row : sheet) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && cell.getStringCellValue().equals("Lower 95%")) {
            header = row.getRowNum();
            lowerCol = cell.getColumnIndex();
          }
        }
      }
      assertThat(header).as("the assessment's headers on the Indicators sheet").isNotNegative();
      var stoke = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
          .filter(row -> row.getRowNum() > 0 && row.getCell(1) != null
              && row.getCell(1).toString().equals("E06000021") && row.getCell(0).toString().equals("SMOKING_PREVALENCE"))
          .findFirst().orElseThrow();
      double[] ci = wilson(520, 2000);
      assertThat(stoke.getCell(lowerCol - 1).getNumericCellValue()).isCloseTo(26.0, within(TOLERANCE));
      assertThat(stoke.getCell(lowerCol).getNumericCellValue()).isCloseTo(ci[0], within(TOLERANCE));
      assertThat(stoke.getCell(lowerCol + 1).getNumericCellValue()).isCloseTo(ci[1], within(TOLERANCE));
      assertThat(stoke.getCell(lowerCol + 2).getNumericCellValue()).isCloseTo(16.9, within(TOLERANCE));
      assertThat(stoke.getCell(lowerCol + 3).getStringCellValue()).isEqualTo("Worse");
      assertThat(stoke.getCell(lowerCol + 4).getNumericCellValue()).isCloseTo(17.5, within(TOLERANCE));
      assertThat(stoke.getCell(lowerCol + 5).getStringCellValue()).isEqualTo("Worse");
    }
    Path back = dir.resolve("back.json");
    StpCommandTest.Run i = StpCommandTest.run("import", dir.resolve("t.xlsx").toString(), "--out", back.toString());
    assertThat(i.code()).as("the assessment beside the table does not stop it reading back: " + i.out()).isZero();
    assertThat(Files.readString(back)).contains("\"E38000028\"").contains("\"SMOKING_PREVALENCE\"");
    StpCommandTest.Run p = StpCommandTest.run("report", fp.toString(), "--indicators", csv.toString(),
        "--out", dir.resolve("p.pdf").toString());
    assertThat(p.code()).as(p.out() + p.err()).isZero();
    assertThat(StpCommandTest.run("report", fp.toString(), "--indicators", fp.toString(), "--out",
        csv.toString(), "--force").code()).as("an input is never overwritten").isNotZero();
  }
}
