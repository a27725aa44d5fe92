package org.stptoolkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stptoolkit.metrics.comparison.BenchmarkComparison;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.intervals.Proportions;
import org.stptoolkit.metrics.summary.GapSummary;
import org.stptoolkit.metrics.summary.IndicatorAssessment;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.Polarity;

/** The README's stp-metrics snippet, compiled and run, with its figures checked independently. */
class ReadmeMetricsExampleTest {
  private static final double TOLERANCE = 1e-9;
  /** The standard normal quantile at 97.5%, as R's qnorm(0.975) prints it to 15 digits. */
  private static final double Z_95 = 1.95996398454005;

  @Test
  void readmeMetricsSnippetRunsAndGivesTheHandCalculatedFigures() {
    // --- README snippet ---
    Estimate screened = Proportions.of(450.0, 500.0, 100);
    double value = screened.value();
    Interval ci95 = screened.ci95();
    BenchmarkOutcome vsEngland =
        BenchmarkComparison.compare(screened, 85.0, Polarity.HIGH_IS_GOOD);

    ThreeGapsSummary gaps = ThreeGapsSummary.ofFootprint(Examples.staffordshireAndStokeOnTrent(), null, 3);
    GapSummary care = gaps.gap(Gap.CARE_AND_QUALITY);
    int missing = care.missingStandard();
    IndicatorAssessment worst = care.worstMisses().get(0);
    // --- end ---

    // Wilson score interval by hand: (2np + z² ± z√(z² + 4np(1 − p))) / (2(n + z²)), p = 0.9, n = 500.
    double n = 500;
    double p = 0.9;
    double z2 = Z_95 * Z_95;
    double root = Z_95 * Math.sqrt(z2 + 4 * n * p * (1 - p));
    double lower = (2 * n * p + z2 - root) / (2 * (n + z2)) * 100;
    double upper = (2 * n * p + z2 + root) / (2 * (n + z2)) * 100;
    assertThat(value).isCloseTo(90.0, within(TOLERANCE));
    assertThat(ci95.lower()).isCloseTo(lower, within(1e-6));
    assertThat(ci95.upper()).isCloseTo(upper, within(1e-6));
    assertThat(ci95.lower()).as("the README prints 87.06").isCloseTo(87.06, within(0.005));
    assertThat(ci95.upper()).as("the README prints 92.33").isCloseTo(92.33, within(0.005));
    assertThat(lower).as("England's 85.0 lies below the whole interval").isGreaterThan(85.0);
    assertThat(vsEngland).isEqualTo(BenchmarkOutcome.BETTER);

    // The plan's printed care and quality figures against the NHS Constitution: A&E 86% for 95%,
    // RTT 90.5% (UHNM) and 92.6% (Burton) for 92%, cancer 62 days 79% (Burton) and 75% (UHNM) for 85%.
    assertThat(care.withStandard()).isEqualTo(5);
    assertThat(missing).isEqualTo(4);
    // Furthest miss relative to the standard: cancer at UHNM, (85 − 75)/85 = 11.8%, ahead of A&E's 9/95.
    assertThat(worst.value().indicatorId()).isEqualTo("CANCER62");
    assertThat(worst.value().areaCode()).isEqualTo("UHNM");
    assertThat(worst.standard().gapInUnits()).isCloseTo(85.0 - 75.0, within(TOLERANCE));
    assertThat(worst.standard().relativeGap()).isCloseTo(10.0 / 85.0, within(TOLERANCE));
  }

  @Test
  void readmeCarriesTheSnippetThisTestRuns() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Estimate screened = Proportions.of(450.0, 500.0, 100);")
        .contains("BenchmarkComparison.compare(screened, 85.0, Polarity.HIGH_IS_GOOD);")
        .contains("ThreeGapsSummary gaps = ThreeGapsSummary.ofFootprint(Examples.staffordshireAndStokeOnTrent(), null, 3);")
        .contains("IndicatorAssessment worst = care.worstMisses().get(0);")
        .contains("`ReadmeMetricsExampleTest`");
  }
}
