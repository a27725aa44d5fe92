package org.stptoolkit.metrics.fingertips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.intervals.WilsonScore;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.Standard;
import org.stptoolkit.model.indicator.ValueType;

/**
 * {@link FingertipsComparison#fill} on a generated table of 4,495 rows: England, nine regions and 240
 * areas, three sexes, six years. The expectations are worked out by hand from how the rows are built:
 * England is 50% (Male), 70% (Female) and 60% (Persons) of 10,000,000 every year; regions are England's
 * shares of 1,000,000 except region 2, whose Male share is 70%; areas have denominators of 10,000.
 *
 * <ul>
 *   <li>area 1 (region 1) is 60% for every sex and year: Better than England for Male, Worse for Female,
 *       Similar for Persons, the same against its region, and no significant change;</li>
 *   <li>area 2 (region 2) is 40%, 45%, … 65% for Male (rising), 80%, 75%, … 55% for Female (falling) and
 *       60% for Persons;</li>
 *   <li>area 3 has only 2013/14 to 2016/17 (four points: the trend cannot be calculated);</li>
 *   <li>area 4's Persons series has one more row, at the end of the table, without a time period (so its
 *       trend is not written and that row is not compared);</li>
 *   <li>the other areas are between 55% and 65% with their own denominators.</li>
 * </ul>
 */
class FingertipsComparisonLargeTableTest {
  private static final double TOLERANCE = 1e-9;
  private static final String ENGLAND = FingertipsColumns.ENGLAND_AREA_CODE;
  private static final List<String> SEXES = List.of("Male", "Female", "Persons");
  private static final int FIRST_YEAR = 2011;
  private static final int LAST_YEAR = 2016;
  private static final int REGIONS = 9;
  private static final int AREAS = 240;
  private static final FillOptions OPTIONS = FillOptions.of(ValueType.PROPORTION, 100, Polarity.HIGH_IS_GOOD)
      .withGoal(Standard.atLeast("at least 55%", 55));

  @Test
  void everyRowIsFilledAndCounted() {
    List<FingertipsRow> rows = generated();
    int years = LAST_YEAR - FIRST_YEAR + 1;
    // every place, sex and year; less area 3's first two years; plus area 4's row without a period
    int expectedRows = years * SEXES.size() * (1 + REGIONS + AREAS) - 2 * SEXES.size() + 1;
    assertThat(rows).hasSize(expectedRows);

    FingertipsComparisonResult result = FingertipsComparison.fill(FingertipsTable.of(rows), OPTIONS, "large.csv");

    assertThat(result.findings()).isEmpty();
    assertThat(result.valuesComputed()).isEqualTo(expectedRows);
    int englandRows = years * SEXES.size();
    assertThat(result.comparisonsMade()).isEqualTo(expectedRows - englandRows - 1);
    assertThat(result.table().rows()).extracting(FingertipsRow::areaCode)
        .containsExactlyElementsOf(rows.stream().map(FingertipsRow::areaCode).toList());
  }

  @Test
  void areasAreComparedWithEnglandAndTheirRegionOfTheSameSexAndPeriod() {
    List<FingertipsRow> out = filled();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      assertThat(find(out, area(1), "Male", year).comparedToEngland()).isEqualTo("Better");
      assertThat(find(out, area(1), "Female", year).comparedToEngland()).isEqualTo("Worse");
      assertThat(find(out, area(1), "Persons", year).comparedToEngland()).isEqualTo("Similar");
      assertThat(find(out, area(1), "Male", year).comparedToParent()).isEqualTo("Better");
      assertThat(find(out, area(1), "Female", year).comparedToParent()).isEqualTo("Worse");
      assertThat(find(out, area(1), "Persons", year).comparedToParent()).isEqualTo("Similar");
    }
    FingertipsRow male2016 = find(out, area(2), "Male", 2016);
    assertThat(male2016.comparedToEngland()).isEqualTo("Better");
    assertThat(male2016.comparedToParent()).isEqualTo("Worse");
    assertThat(find(out, area(2), "Male", 2011).comparedToEngland()).isEqualTo("Worse");
    assertThat(find(out, area(2), "Female", 2011).comparedToEngland()).isEqualTo("Better");
    assertThat(find(out, area(2), "Female", 2016).comparedToEngland()).isEqualTo("Worse");
    assertThat(find(out, region(2), "Male", 2013).comparedToParent()).isEqualTo("Better");
    assertThat(find(out, region(2), "Female", 2013).comparedToParent()).isEqualTo("Similar");
    assertThat(find(out, ENGLAND, "Persons", 2013).comparedToEngland()).isEmpty();
    assertThat(find(out, ENGLAND, "Persons", 2013).comparedToParent()).isEmpty();
    FingertipsRow noPeriod = out.get(out.size() - 1);
    assertThat(noPeriod.timePeriod()).isEmpty();
    assertThat(noPeriod.comparedToEngland()).isEqualTo("Not compared");
    assertThat(noPeriod.comparedToParent()).isEqualTo("Not compared");
  }

  @Test
  void valuesIntervalsAndGoalAreFromEachRowsCounts() {
    List<FingertipsRow> out = filled();
    FingertipsRow persons = find(out, area(1), "Persons", 2014);
    assertThat(persons.value()).isCloseTo(60, within(TOLERANCE));
    assertThat(persons.lower95()).isCloseTo(100 * WilsonScore.lower(6_000, 10_000, 0.95), within(TOLERANCE));
    assertThat(persons.upper998()).isCloseTo(100 * WilsonScore.upper(6_000, 10_000, 0.998), within(TOLERANCE));
    assertThat(persons.comparedToGoal()).isEqualTo("Green");
    assertThat(find(out, area(2), "Male", 2011).comparedToGoal()).isEqualTo("Red");
    // 55% of 10,000: the 95% interval straddles the goal
    assertThat(find(out, area(2), "Female", 2016).comparedToGoal()).isEqualTo("Amber");
  }

  @Test
  void recentTrendIsWrittenOnceOnTheLatestRowOfEachAreaAndSex() {
    List<FingertipsRow> out = filled();
    assertThat(find(out, area(2), "Male", 2016).recentTrend()).isEqualTo("Increasing and getting better");
    assertThat(find(out, area(2), "Female", 2016).recentTrend()).isEqualTo("Decreasing and getting worse");
    assertThat(find(out, area(2), "Persons", 2016).recentTrend()).isEqualTo("No significant change");
    assertThat(find(out, area(2), "Male", 2015).recentTrend()).isEmpty();
    for (String sex : SEXES) {
      assertThat(find(out, area(1), sex, 2016).recentTrend()).isEqualTo("No significant change");
      assertThat(find(out, ENGLAND, sex, 2016).recentTrend()).isEqualTo("No significant change");
      assertThat(find(out, area(3), sex, 2016).recentTrend()).isEqualTo("Cannot be calculated");
    }
    assertThat(find(out, area(4), "Persons", 2016).recentTrend()).isEmpty();
    assertThat(find(out, area(4), "Male", 2016).recentTrend()).isNotEmpty();

    List<FingertipsRow> withTrend = out.stream().filter(r -> !r.recentTrend().isEmpty()).toList();
    // one series per place and sex; area 4's Persons series has a row without a year
    assertThat(withTrend).hasSize(SEXES.size() * (1 + REGIONS + AREAS) - 1);
    assertThat(withTrend).allSatisfy(r -> assertThat(r.timePeriodSortable()).isEqualTo(LAST_YEAR + "0000"));
  }

  @Test
  void resultDoesNotDependOnRowOrder() {
    List<FingertipsRow> rows = generated();
    List<FingertipsRow> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(20_161_201L));
    FingertipsComparisonResult inOrder = FingertipsComparison.fill(FingertipsTable.of(rows), OPTIONS);
    FingertipsComparisonResult outOfOrder = FingertipsComparison.fill(FingertipsTable.of(shuffled), OPTIONS);

    Comparator<FingertipsRow> byPlaceSexPeriod = Comparator.comparing(FingertipsRow::areaCode)
        .thenComparing(FingertipsRow::sex).thenComparing(FingertipsRow::timePeriodSortable);
    assertThat(sorted(outOfOrder.table().rows(), byPlaceSexPeriod))
        .isEqualTo(sorted(inOrder.table().rows(), byPlaceSexPeriod));
    assertThat(outOfOrder.comparisonsMade()).isEqualTo(inOrder.comparisonsMade());
    assertThat(outOfOrder.valuesComputed()).isEqualTo(inOrder.valuesComputed());
  }

  private static List<FingertipsRow> sorted(List<FingertipsRow> rows, Comparator<FingertipsRow> order) {
    List<FingertipsRow> out = new ArrayList<>(rows);
    out.sort(order);
    return out;
  }

  private static List<FingertipsRow> filled() {
    return FingertipsComparison.fill(FingertipsTable.of(generated()), OPTIONS, "large.csv").table().rows();
  }

  private static FingertipsRow find(List<FingertipsRow> rows, String areaCode, String sex, int year) {
    List<FingertipsRow> found = rows.stream().filter(r -> r.areaCode().equals(areaCode) && r.sex().equals(sex)
        && r.timePeriodSortable().equals(year + "0000")).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String region(int g) {
    return String.format(Locale.ROOT, "E120000%02d", g);
  }

  private static String area(int a) {
    return String.format(Locale.ROOT, "E06%06d", a);
  }

  /** The table, year by year, England first, then the regions, then the areas; then area 4's extra row. */
  static List<FingertipsRow> generated() {
    List<FingertipsRow> rows = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (String sex : SEXES) {
        rows.add(row(ENGLAND, "England", "", "", "England", sex, year, englandShare(sex), 10_000_000));
      }
      for (int g = 1; g <= REGIONS; g++) {
        for (String sex : SEXES) {
          double share = g == 2 && sex.equals("Male") ? 0.70 : englandShare(sex);
          rows.add(row(region(g), "Region " + g, ENGLAND, "England", "Region", sex, year, share, 1_000_000));
        }
      }
      for (int a = 1; a <= AREAS; a++) {
        if (a == 3 && year < 2013) {
          continue;
        }
        int g = 1 + (a - 1) % REGIONS;
        for (String sex : SEXES) {
          rows.add(row(area(a), "Area " + a, region(g), "Region " + g, "County & UA", sex, year,
              areaShare(a, sex, year), a <= 4 ? 10_000 : 2_000 + (a * 7_919) % 50_000));
        }
      }
    }
    FingertipsRow last = row(area(4), "Area 4", region(4), "Region 4", "County & UA", "Persons", LAST_YEAR, 0.6, 10_000);
    rows.add(new FingertipsRow(last.indicatorId(), last.indicatorName(), last.parentCode(), last.parentName(),
        last.areaCode(), last.areaName(), last.areaType(), last.sex(), last.age(), last.categoryType(),
        last.category(), "", null, null, null, null, null, last.count(), last.denominator(), "", "", "", "", "",
        "", "", null));
    return rows;
  }

  private static double englandShare(String sex) {
    return switch (sex) {
      case "Male" -> 0.50;
      case "Female" -> 0.70;
      default -> 0.60;
    };
  }

  private static double areaShare(int a, String sex, int year) {
    if (a == 2 && sex.equals("Male")) {
      return 0.40 + 0.05 * (year - FIRST_YEAR);
    }
    if (a == 2 && sex.equals("Female")) {
      return 0.80 - 0.05 * (year - FIRST_YEAR);
    }
    if (a <= 4) {
      return 0.60;
    }
    return 0.55 + 0.10 * ((a * 37 + sex.length() * 11 + year) % 100) / 100.0;
  }

  private static FingertipsRow row(String areaCode, String areaName, String parentCode, String parentName,
      String areaType, String sex, int year, double share, double denominator) {
    double count = Math.round(share * denominator);
    String period = year + "/" + String.format(Locale.ROOT, "%02d", (year + 1) % 100);
    return new FingertipsRow("92001", "Synthetic proportion", parentCode, parentName, areaCode, areaName, areaType,
        sex, "18+ yrs", "", "", period, null, null, null, null, null, count, denominator, "", "", "", "",
        year + "0000", "", "", null);
  }
}
