package org.stptoolkit.metrics.fingertips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.summary.GapSummary;
import org.stptoolkit.metrics.summary.IndicatorAssessment;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.AreaCodes;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

/** Fingertips exports brought into a footprint: matched by area code, computed as compare does, merged. */
class FingertipsImportTest {
  private static final double TOLERANCE = 1e-9;
  /** z at 95%, as PHEindicatormethods uses it. */
  private static final double Z95 = 1.959963984540054;
  private static final String SMOKING = "92443";
  private static final String HEADER = String.join(",", FingertipsColumns.HEADERS_26);

  /** One 26-column row of smoking prevalence (2015, Persons, 18+ yrs) from a count and denominator. */
  static String smoking(String parent, String area, String name, int count, int denominator) {
    return row(SMOKING, "Smoking Prevalence in adults (18+) - current smokers (APS)", parent, area, name, "", "",
        count, denominator);
  }

  static String row(String id, String indicator, String parent, String area, String name, String categoryType,
      String category, int count, int denominator) {
    return String.join(",", id, "\"" + indicator + "\"", parent, "", area, "\"" + name + "\"", "", "Persons",
        "18+ yrs", categoryType, category, "2015", "", "", "", "", "", String.valueOf(count),
        String.valueOf(denominator), "", "", "", "", "20150000", "", "");
  }

  /**
   * The export the acceptance asks for, worked by hand:
   * England 169,000 of 1,000,000 smoke (16.9%); the West Midlands 17,500 of 100,000 (17.5%);
   * Staffordshire 1,100 of 6,400 (17.1875%), Stoke-on-Trent 520 of 2,000 (26.0%), NHS Cannock Chase CCG
   * (ONS E38000028) 120 of 1,000 (12.0%), NHS East Staffordshire CCG by its ODS code 05D 160 of 1,000
   * (16.0%); three rows outside the footprint (Shropshire, Telford, the East Midlands); one row broken down
   * by deprivation; one row of an indicator the catalogue does not hold.
   */
  static String staffordshireExport() {
    return String.join("\n", HEADER,
        smoking("", "E92000001", "England", 169_000, 1_000_000),
        smoking("E92000001", "E12000005", "West Midlands region", 17_500, 100_000),
        smoking("E12000005", "E10000028", "Staffordshire", 1_100, 6_400),
        smoking("E12000005", "E06000021", "Stoke-on-Trent", 520, 2_000),
        smoking("E54000010", "E38000028", "NHS Cannock Chase CCG", 120, 1_000),
        smoking("E54000010", "05D", "NHS East Staffordshire CCG", 160, 1_000),
        smoking("E12000005", "E06000051", "Shropshire", 180, 1_000),
        smoking("E12000005", "E06000020", "Telford and Wrekin", 200, 1_000),
        smoking("E92000001", "E12000004", "East Midlands region", 17_000, 100_000),
        row(SMOKING, "Smoking prevalence", "E12000005", "E10000028", "Staffordshire",
            "County & UA deprivation deciles", "Most deprived decile", 300, 1_200),
        row("99999", "An indicator nobody catalogued", "E12000005", "E10000028", "Staffordshire", "", "", 5, 10))
        + "\n";
  }

  private static FingertipsImport sut(Footprint fp) {
    FingertipsTable t = FingertipsCsv.parse(staffordshireExport(), "staffs-smoking.csv").orElseThrow();
    return FingertipsImport.merge(fp, List.of(new FingertipsImport.Export("staffs-smoking.csv", t)));
  }

  /** Wilson score limits × 100, written out from the formula (Newcombe 1998, as PHEindicatormethods). */
  private static double[] wilson(double x, double n) {
    double z2 = Z95 * Z95;
    double root = Z95 * Math.sqrt(z2 + 4 * x * (1 - x / n));
    return new double[] {(2 * x + z2 - root) / (2 * (n + z2)) * 100, (2 * x + z2 + root) / (2 * (n + z2)) * 100};
  }

  private static IndicatorAssessment assessment(ThreeGapsSummary s, String area) {
    return s.assessments().stream().filter(a -> a.value().areaCode().equals(area)
        && a.definition().id().equals("SMOKING_PREVALENCE")).findFirst().orElseThrow();
  }

  @Test
  void exampleExportFeedsTheHealthGapWithHandWorkedIntervalsAndComparisons() {
    FingertipsImport imported = sut(Examples.staffordshireAndStokeOnTrent());
    assertThat(imported.valuesAdded()).as("England, the West Midlands, two councils, two CCGs").isEqualTo(6);
    ThreeGapsSummary s = ThreeGapsSummary.ofFootprint(imported.footprint(), null, 3);

    // the published Wilson figures, to ten decimals, computed outside the toolkit
    IndicatorAssessment staffs = assessment(s, "E10000028");
    assertThat(staffs.estimate().value()).isCloseTo(17.1875, within(TOLERANCE));
    assertThat(staffs.estimate().ci95().lower()).isCloseTo(16.2829519784, within(1e-9));
    assertThat(staffs.estimate().ci95().upper()).isCloseTo(18.1314143515, within(1e-9));
    assertThat(staffs.estimate().ci998().lower()).isCloseTo(15.7793310040, within(1e-9));
    assertThat(staffs.comparedWithEngland()).as("16.9 inside 16.28-18.13").isEqualTo(BenchmarkOutcome.SIMILAR);
    assertThat(staffs.comparedWithRegion()).as("17.5 inside 16.28-18.13").isEqualTo(BenchmarkOutcome.SIMILAR);
    assertThat(staffs.differenceFromRegion().text()).isEqualTo("0.3 percentage points below the West Midlands");

    IndicatorAssessment stoke = assessment(s, "E06000021");
    double[] ci = wilson(520, 2000);
    assertThat(stoke.estimate().ci95().lower()).isCloseTo(ci[0], within(TOLERANCE)).isCloseTo(24.1249376083, within(1e-9));
    assertThat(stoke.estimate().ci95().upper()).isCloseTo(ci[1], within(TOLERANCE)).isCloseTo(27.9670806612, within(1e-9));
    assertThat(stoke.comparedWithEngland()).as("24.1-28.0 all above 16.9, low is good").isEqualTo(BenchmarkOutcome.WORSE);
    assertThat(stoke.englandValue()).isCloseTo(16.9, within(TOLERANCE));

    IndicatorAssessment cannock = assessment(s, "E38000028");
    ci = wilson(120, 1000);
    assertThat(cannock.estimate().ci95().upper()).isCloseTo(ci[1], within(TOLERANCE)).isCloseTo(14.1609075848, within(1e-9));
    assertThat(cannock.comparedWithEngland()).as("10.1-14.2 all below 16.9").isEqualTo(BenchmarkOutcome.BETTER);
    assertThat(assessment(s, "05D").comparedWithEngland()).as("13.9-18.4 holds 16.9").isEqualTo(BenchmarkOutcome.SIMILAR);

    // the example's eight life expectancies have no interval: not compared, but described against the region
    GapSummary health = s.gap(Gap.HEALTH_AND_WELLBEING);
    assertThat(health.indicators()).isEqualTo(12);
    assertThat(health.worse()).isEqualTo(1);
    assertThat(health.similar()).isEqualTo(2);
    assertThat(health.better()).isEqualTo(1);
    assertThat(health.notCompared()).isEqualTo(8);
    assertThat(s.assessments()).noneMatch(a -> AreaCodes.isBenchmark(a.value().areaCode()));
  }

  @Test
  void rowsOutsideTheFootprintAreIgnoredWithOneInfoSayingHowMany() {
    FingertipsImport imported = sut(Examples.staffordshireAndStokeOnTrent());
    List<ValidationFinding> outside = imported.findings().stream()
        .filter(f -> f.rule().equals(FingertipsImport.OUTSIDE_FOOTPRINT)).toList();
    assertThat(outside).hasSize(1);
    assertThat(outside.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(outside.get(0).found()).isEqualTo("3 rows for other areas, ignored");
    assertThat(outside.get(0).location().file()).isEqualTo("staffs-smoking.csv");
    assertThat(imported.footprint().indicators()).noneMatch(v -> Set.of("E06000051", "E06000020", "E12000004")
        .contains(v.areaCode()));
    assertThat(imported.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo(FingertipsImport.CATEGORY_ROWS);
      assertThat(f.found()).startsWith("1 row broken down");
    });
    assertThat(imported.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo(FingertipsImport.NOT_IN_CATALOGUE);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.toString()).contains("99999").contains("1 row not used");
    });
  }

  @Test
  void theFootprintsOwnValueWinsWithAnInfo() {
    Footprint fp = Examples.staffordshireAndStokeOnTrent();
    List<IndicatorValue> values = new ArrayList<>(fp.indicators());
    values.add(new IndicatorValue("SMOKING_PREVALENCE", "E06000021", "Stoke-on-Trent", "2015", "Persons", "18+ yrs",
        24.0, null, null, Provenance.PUBLISHED, "typed into the footprint"));
    FingertipsImport imported = sut(fp.withIndicators(fp.indicatorDefinitions(), values));
    assertThat(imported.valuesAdded()).isEqualTo(5);
    assertThat(imported.footprint().indicators().stream().filter(v -> v.areaCode().equals("E06000021")
        && v.indicatorId().equals("SMOKING_PREVALENCE"))).singleElement()
        .satisfies(v -> assertThat(v.value()).isEqualTo(24.0));
    assertThat(imported.findings()).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo(FingertipsImport.FOOTPRINT_VALUE_KEPT);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.toString()).contains("data row 4").contains("E06000021").contains("24").contains("26");
    });
  }

  @Test
  void countsThatCannotBeRightAreNamedByTheirRowInTheFile() {
    String text = String.join("\n", HEADER,
        smoking("", "E92000001", "England", 169_000, 1_000_000),
        smoking("E12000005", "E06000051", "Shropshire", 180, 1_000),
        smoking("E12000005", "E10000028", "Staffordshire", 7_000, 6_400)) + "\n";
    FingertipsTable t = FingertipsCsv.parse(text, "bad.csv").orElseThrow();
    FingertipsImport imported = FingertipsImport.merge(Examples.staffordshireAndStokeOnTrent(),
        List.of(new FingertipsImport.Export("bad.csv", t)));
    assertThat(imported.findings()).anySatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.rule()).isEqualTo("FINGERTIPS_INVALID_COUNTS");
      assertThat(f.location().toString()).contains("bad.csv").contains("data row 3").contains("E10000028");
    });
  }

  @Test
  void syntheticFootprintsKeepTheirOwnOrganisationsRowsAndNoOneElses() {
    List<Footprint> nation = SyntheticNation.generate(6, 2016L, 1);
    for (Footprint fp : nation) {
      StringBuilder csv = new StringBuilder(HEADER).append('\n');
      csv.append(smoking("", "E92000001", "England", 169_000, 1_000_000)).append('\n');
      int ours = 0;
      int others = 0;
      for (Footprint any : nation) {
        for (Organisation o : any.organisations()) {
          if (AreaCodes.of(fp).contains(o.code()) != (any == fp)) {
            continue; // an organisation code two footprints share belongs to both
          }
          csv.append(smoking("", o.code(), o.name(), 150, 1_000)).append('\n');
          if (any == fp) {
            ours++;
          } else {
            others++;
          }
        }
      }
      FingertipsTable t = FingertipsCsv.parse(csv.toString(), "nation.csv").orElseThrow();
      FingertipsImport imported = FingertipsImport.merge(fp, List.of(new FingertipsImport.Export("nation.csv", t)));
      assertThat(imported.valuesAdded()).as(fp.name()).isEqualTo(ours + 1);
      int ignored = others;
      assertThat(imported.findings()).as(fp.name()).filteredOn(f -> f.rule().equals(FingertipsImport.OUTSIDE_FOOTPRINT))
          .singleElement().satisfies(f -> assertThat(f.found()).startsWith(ignored + " rows"));
      ThreeGapsSummary s = ThreeGapsSummary.ofFootprint(imported.footprint(), null, 3);
      // 15.0% of 1,000 (Wilson 12.9-17.4) holds England's 16.9: similar, for every organisation
      assertThat(s.assessments().stream().filter(a -> a.definition().id().equals("SMOKING_PREVALENCE")
          && a.value().note().endsWith("nation.csv")))
          .hasSize(ours).allSatisfy(a -> assertThat(a.comparedWithEngland()).isEqualTo(BenchmarkOutcome.SIMILAR));
    }
  }

  @Test
  void aPublishedIntervalWithoutCountsIsComparedAsCompareComparesIt() {
    // life expectancy (Fingertips 90366) comes with its limits and no counts: Staffordshire males 79.7
    // (79.4 to 80.0) hold England's 79.5 (similar) and lie wholly above the West Midlands' 78.8 (better)
    String le = "90366,Life expectancy at birth,%s,,%s,%s,,Male,All ages,,,2012 - 14,%s,%s,%s,,,,,,,,,20120000,,";
    String text = String.join("\n", HEADER,
        String.format(le, "", "E92000001", "England", "79.5", "79.4", "79.6"),
        String.format(le, "E92000001", "E12000005", "West Midlands region", "78.8", "78.7", "78.9"),
        String.format(le, "E12000005", "E10000028", "Staffordshire", "79.7", "79.4", "80.0")) + "\n";
    FingertipsTable t = FingertipsCsv.parse(text, "le.csv").orElseThrow();
    FingertipsImport imported = FingertipsImport.merge(Examples.staffordshireAndStokeOnTrent(),
        List.of(new FingertipsImport.Export("le.csv", t)));
    ThreeGapsSummary s = ThreeGapsSummary.ofFootprint(imported.footprint(), null, 3);
    IndicatorAssessment staffs = s.assessments().stream()
        .filter(a -> a.definition().id().equals("LIFE_EXPECTANCY_MALE")).findFirst().orElseThrow();
    assertThat(staffs.estimate().ci95().lower()).isEqualTo(79.4);
    assertThat(staffs.estimate().ci95().upper()).isEqualTo(80.0);
    assertThat(staffs.comparedWithEngland()).isEqualTo(BenchmarkOutcome.SIMILAR);
    assertThat(staffs.comparedWithRegion()).isEqualTo(BenchmarkOutcome.BETTER);
    assertThat(staffs.differenceFromRegion().text()).isEqualTo("0.9 years above the West Midlands");
  }
}
