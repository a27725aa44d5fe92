package org.stptoolkit.model.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.sensitivity.Sensitivity;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.FootprintValidator;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.Severity;

class SyntheticNationTest {

  private static final long SEED = 2016L;
  private static final double TOLERANCE = 1e-9;

  private static List<Footprint> nation(long seed) {
    return SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, seed, 1);
  }

  private static boolean isProvider(Footprint fp, String code) {
    return fp.organisation(code).map(o -> o.type().isProvider()).orElse(false);
  }

  private static double providerIncome(Footprint fp) {
    return fp.baseline().serviceLines().stream().filter(l -> isProvider(fp, l.organisationCode()))
        .mapToDouble(ServiceLine::incomeGbpK).sum();
  }

  private static double normalisedNhs(Footprint fp) {
    return fp.baseline().normalisation().stream().mapToDouble(n -> n.normalisedSurplusGbpK()).sum();
  }

  @Test
  void fortyFourFootprintsNumberedInOrderWithStaffordshireAsTen() {
    List<Footprint> fps = nation(SEED);
    assertThat(fps).hasSize(44);
    for (int i = 0; i < fps.size(); i++) {
      assertThat(fps.get(i).number()).isEqualTo(i + 1);
    }
    assertThat(fps.get(9)).isEqualTo(Examples.staffordshireAndStokeOnTrent());
    assertThat(fps.get(6).name()).isEqualTo("Synthetic footprint 07 (North)");
    assertThat(fps.stream().filter(f -> f.number() != 10))
        .allSatisfy(f -> assertThat(f.name()).startsWith("Synthetic footprint "));
  }

  @Test
  void regionsFollowThe2016Numbering() {
    List<Footprint> fps = nation(SEED);
    assertThat(fps.stream().collect(Collectors.groupingBy(Footprint::region, Collectors.counting())))
        .containsEntry(Region.NORTH, 9L).containsEntry(Region.MIDLANDS_AND_EAST, 17L)
        .containsEntry(Region.LONDON, 5L).containsEntry(Region.SOUTH, 13L);
    assertThat(fps.get(9).region()).isEqualTo(Region.MIDLANDS_AND_EAST);
  }

  @Test
  void sameSeedGivesTheSameNationAndAnotherSeedAnother() {
    assertThat(nation(SEED)).isEqualTo(nation(SEED));
    assertThat(nation(SEED + 1).get(0)).isNotEqualTo(nation(SEED).get(0));
  }

  @Test
  void oneFootprintIsBuiltAloneExactlyAsInTheWholeNation() {
    SyntheticNation n = SyntheticNation.of(44, SEED, 10);
    assertThat(n.footprint(7)).isEqualTo(nation(SEED).get(6));
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 2016L, -7_777_777_777L})
  void everyFootprintValidatesWithoutErrorsAndRoundTripsThroughJson(long seed) {
    for (Footprint fp : nation(seed)) {
      Findings findings = FootprintValidator.DEFAULT.validate(fp);
      assertThat(findings.all()).as(fp.name())
          .noneMatch(f -> f.severity() == Severity.ERROR);
      if (fp.number() != SyntheticNation.STAFFORDSHIRE_AND_STOKE_ON_TRENT) {
        assertThat(findings.all()).as(fp.name() + " carries no seed faults")
            .noneMatch(f -> f.severity() == Severity.WARNING);
      }
      Parsed<Footprint> back = FootprintJson.read(fp.name(), FootprintJson.toJson(fp).getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      assertThat(back.orElseThrow()).as(fp.name()).isEqualTo(fp);
    }
  }

  @Test
  void englandsProviderIncomeIsAboutOneHundredBillion() {
    double total = nation(SEED).stream().mapToDouble(SyntheticNationTest::providerIncome).sum();
    assertThat(total).isBetween(98_000_000.0, 102_000_000.0);
  }

  @Test
  void sizesAndDeficitsAreInTheRangeTheSeedsShow() {
    for (Footprint fp : nation(SEED)) {
      double income = providerIncome(fp);
      assertThat(income).as(fp.name()).isBetween(500_000.0, 6_500_000.0);
      double deficitShare = -normalisedNhs(fp) / income;
      assertThat(deficitShare).as(fp.name()).isBetween(0.015, 0.115);
    }
  }

  @Test
  void organisationsAreSixToTwentyAndEveryTypeAppears() {
    Set<OrganisationType> seen = EnumSet.noneOf(OrganisationType.class);
    Set<String> codes = new HashSet<>();
    for (Footprint fp : nation(SEED)) {
      assertThat(fp.organisations()).as(fp.name()).hasSizeBetween(6, 20);
      Set<OrganisationType> types = fp.organisations().stream().map(Organisation::type).collect(Collectors.toSet());
      if (fp.number() != 10) {
        assertThat(types).as(fp.name()).contains(OrganisationType.CCG, OrganisationType.ACUTE_TRUST,
            OrganisationType.MENTAL_HEALTH_TRUST, OrganisationType.COMMUNITY_TRUST, OrganisationType.LOCAL_AUTHORITY);
      }
      seen.addAll(types);
      fp.organisations().forEach(o -> assertThat(codes.add(o.code())).as("code " + o.code() + " unique").isTrue());
    }
    assertThat(seen).containsAll(EnumSet.allOf(OrganisationType.class));
  }

  @Test
  void solutionsUseEveryRuleKindAndPhasedAmounts() {
    Set<String> all = Set.of("percentOfPool", "opportunityRealisation", "activityShift", "bedClosure",
        "overheadRemoval");
    for (Footprint fp : nation(SEED)) {
      if (fp.number() == 10) {
        continue;
      }
      assertThat(fp.solutions()).as(fp.name()).hasSizeBetween(8, 15);
      Set<String> kinds = fp.solutions().stream().filter(s -> s.rule() != null).map(s -> s.rule().kind())
          .collect(Collectors.toSet());
      assertThat(kinds).as(fp.name()).isEqualTo(all);
      assertThat(fp.solutions()).as(fp.name()).anyMatch(s -> s.rule() == null && !s.phasedGbpK().isEmpty());
      assertThat(fp.solutions()).as(fp.name() + " has an additional cost")
          .anyMatch(s -> s.phasedGbpK().gbpK().values().stream().anyMatch(v -> v < 0));
      Set<String> kindsOfSensitivity = fp.sensitivities().stream().map(Sensitivity::rule).map(r -> r.kind())
          .collect(Collectors.toSet());
      assertThat(kindsOfSensitivity).hasSize(4);
    }
    assertThat(nation(SEED)).anyMatch(fp -> fp.solutions().stream().anyMatch(
        s -> s.rule() != null && !s.phasedGbpK().isEmpty()));
    assertThat(nation(SEED)).anyMatch(fp -> fp.solutions().stream().map(Solution::scope)
        .anyMatch(scope -> !DoNothingTrajectory.HEALTH.equals(scope)));
  }

  @Test
  void somePublishADoNothingTrajectoryAndOthersGiveDriversOnly() {
    List<Footprint> fps = nation(SEED);
    long published = fps.stream().filter(f -> f.publishedDoNothing(DoNothingTrajectory.HEALTH).isPresent()).count();
    assertThat(published).isBetween(5L, 35L);
    for (Footprint fp : fps) {
      fp.publishedDoNothing(DoNothingTrajectory.HEALTH).ifPresent(t ->
          assertThat(t.surplusGbpK().get(fp.period().lastYear())).as(fp.name())
              .isLessThan(normalisedNhs(fp) + TOLERANCE));
    }
  }

  @Test
  void indicatorsCoverAreasEnglandAndPeers() {
    for (Footprint fp : nation(SEED)) {
      if (fp.number() == 10) {
        continue;
      }
      assertThat(fp.indicators()).anyMatch(v -> v.areaCode().equals("E92000001"));
      assertThat(fp.indicators()).filteredOn(v -> v.note().startsWith("Peer of")).hasSize(10);
      assertThat(fp.indicators()).anyMatch(v -> v.indicatorId().equals("AE_FOUR_HOUR") && v.denominator() != null);
    }
  }

  @Test
  void scaleMultipliesTheFootprintsAndKeepsTheFirstBlock() {
    SyntheticNation x10 = SyntheticNation.of(44, SEED, 10);
    assertThat(x10.size()).isEqualTo(440);
    assertThat(x10.footprint(440).name()).isEqualTo("Synthetic footprint 440 (South)");
    assertThat(x10.footprint(54).name()).isEqualTo("Synthetic footprint 54 (Midlands and East)");
    assertThat(x10.footprint(10)).isEqualTo(Examples.staffordshireAndStokeOnTrent());
    double secondBlock = 0;
    for (int n = 45; n <= 88; n++) {
      secondBlock += providerIncome(x10.footprint(n));
    }
    assertThat(secondBlock).isBetween(98_000_000.0, 102_000_000.0);
  }

  @Test
  void writesOneFilePerFootprintThatReadsBack(@TempDir Path dir) throws IOException {
    List<Path> files = SyntheticNation.of(12, SEED, 1).write(dir, false);
    assertThat(files).hasSize(12);
    assertThat(files.get(9).getFileName().toString()).isEqualTo("fp-010-staffordshire-and-stoke-on-trent.json");
    assertThat(files.get(6).getFileName().toString()).isEqualTo("fp-007-synthetic-footprint-07-north.json");
    try (var listing = Files.list(dir)) {
      assertThat(listing.filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }
    assertThat(FootprintJson.read(files.get(6)).orElseThrow()).isEqualTo(SyntheticNation.of(12, SEED, 1).footprint(7));
    assertThatThrownBy(() -> SyntheticNation.of(12, SEED, 1).write(dir, false))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
  }

  @Test
  void refusesNonsenseArguments() {
    assertThatThrownBy(() -> SyntheticNation.of(0, SEED, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("footprints");
    assertThatThrownBy(() -> SyntheticNation.of(44, SEED, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
    assertThatThrownBy(() -> SyntheticNation.of(44, SEED, 1).footprint(45))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void smallNationsHaveNoExampleAndStillSumToTheirShare() {
    List<Footprint> five = SyntheticNation.generate(5, SEED, 1);
    assertThat(five).hasSize(5).allSatisfy(f -> assertThat(f.name()).startsWith("Synthetic"));
    double total = five.stream().mapToDouble(SyntheticNationTest::providerIncome).sum();
    assertThat(total).isBetween(5 * 100_000_000.0 / 44 * 0.98, 5 * 100_000_000.0 / 44 * 1.02);
  }
}
