package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stptoolkit.reports.cli.StpCommandTest.run;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stp goalseek}: the analyst's "which growth makes the 2020/21 gap £286m?" from the command line. */
class GoalSeekCommandTest {

  @TempDir static Path dir;
  static Path staffs;

  @BeforeAll
  static void writeExample() {
    staffs = dir.resolve("staffs.json");
    assertThat(run("example", "--out", staffs.toString()).code()).isZero();
  }

  @Test
  void findsTheNonDemographicGrowthThatMakesThe2020GapTwoHundredAndEightySixMillion() {
    StpCommandTest.Run r = run("goalseek", staffs.toString(), "--driver", "non-demographic-growth",
        "--year", "2020/21", "--target=-286000");
    assertThat(r.code()).as(r.err()).isZero();
    // The example's non-demographic growth is 0.8% a year in every plan year; its drivers-based 2020/21
    // do-nothing is (282,964) (the example's notes).
    assertThat(r.out()).contains("non-demographic-growth (the same rate every plan year), 2020/21 drivers-based"
        + " health do-nothing position")
        .contains("now:     0.8000% a year (the footprint's default, averaged over the plan years) gives (282,964)")
        .contains("gives (286,000) (target (286,000)")
        .contains("change:  +0.").contains("percentage points a year, moving the position by (3,036)")
        .doesNotContain("caution");
  }

  @Test
  void anImplausibleAnswerIsCautionedWithTheCurrentValueBesideIt() {
    StpCommandTest.Run r = run("goalseek", staffs.toString(), "--driver", "pay-inflation", "--target=0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("now:     1.0000% a year").contains("caution: this answer is implausible")
        .contains("pay inflation falling every year").contains("percentage points a year from its current value");
  }

  @Test
  void cautionRulesHoldAtTheirEdges() {
    var pay = org.stptoolkit.model.finance.Driver.PAY_INFLATION;
    var set = org.stptoolkit.finance.goalseek.DriverGoalSeek.Mode.SET;
    assertThat(GoalSeekCommand.caution(pay, set, 0.01, 0.029)).isEmpty();
    assertThat(GoalSeekCommand.caution(pay, set, 0.01, 0.031)).isPresent();
    assertThat(GoalSeekCommand.caution(pay, set, 0.01, -0.001)).get().asString().contains("falling every year");
    assertThat(GoalSeekCommand.caution(org.stptoolkit.model.finance.Driver.SOCIAL_CARE_FUNDING_GROWTH, set, -0.02,
        -0.025)).isEmpty();
  }

  @Test
  void aTargetNoValueInTheRangeReachesExitsOneWithTheClosest() {
    StpCommandTest.Run r = run("goalseek", staffs.toString(), "--driver", "non-demographic-growth",
        "--target=-5000000", "--min-percent", "0", "--max-percent", "5");
    assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(r.err()).contains("no value of non-demographic-growth").contains("between 0.0000% a year and"
        + " 5.0000% a year").contains("the closest is 5.0000% a year").doesNotContain("Exception");
  }

  @Test
  void anUnknownDriverIsAUsageErrorListingTheDrivers() {
    StpCommandTest.Run r = run("goalseek", staffs.toString(), "--driver", "weather", "--target=-1");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("non-demographic-growth").contains("\"weather\"");
  }

  @Test
  void aYearOutsideThePlanIsAUsageError() {
    StpCommandTest.Run r = run("goalseek", staffs.toString(), "--driver", "pay-inflation", "--target=-1",
        "--year", "2024/25");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("2024/25 is not a plan year").contains("2016/17 to 2020/21");
  }
}
