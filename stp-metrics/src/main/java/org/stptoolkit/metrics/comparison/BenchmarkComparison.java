package org.stptoolkit.metrics.comparison;

import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.model.indicator.Polarity;

/**
 * Compares an area's value with a benchmark value (England, region, parent, peer mean) as Fingertips
 * does: "Similar" when the benchmark lies inside the area's 95% interval (limits included); otherwise
 * Better or Worse by the indicator's polarity, or Higher or Lower when it carries no judgement. The
 * two-level variant also looks at the 99.8% interval: outside it → "… 99.8%", outside only the 95%
 * interval → "… 95%". Missing values, intervals or benchmark give {@link BenchmarkOutcome#NOT_COMPARED}.
 */
public final class BenchmarkComparison {
  private BenchmarkComparison() {}

  /**
   * The default (95%) comparison.
   *
   * @param estimate the area's value and intervals
   * @param benchmark the benchmark value in the same units, or {@code null}
   * @param polarity whether higher is better
   * @return the outcome
   */
  public static BenchmarkOutcome compare(Estimate estimate, Double benchmark, Polarity polarity) {
    if (estimate == null) {
      return BenchmarkOutcome.NOT_COMPARED;
    }
    return compare(estimate.ci95(), benchmark, polarity);
  }

  /**
   * The default comparison from an interval alone.
   *
   * @param ci95 the area's 95% confidence interval
   * @param benchmark the benchmark value in the same units, or {@code null}
   * @param polarity whether higher is better
   * @return the default comparison from an interval alone
   */
  public static BenchmarkOutcome compare(Interval ci95, Double benchmark, Polarity polarity) {
    if (ci95 == null || benchmark == null || !Double.isFinite(benchmark)) {
      return BenchmarkOutcome.NOT_COMPARED;
    }
    if (ci95.contains(benchmark)) {
      return BenchmarkOutcome.SIMILAR;
    }
    boolean higher = ci95.lower() > benchmark;
    return judge(higher, polarity);
  }

  /**
   * The two-level (95% and 99.8%) five-way comparison.
   *
   * @param estimate the area's value and both intervals
   * @param benchmark the benchmark value, or {@code null}
   * @param polarity whether higher is better
   * @return SIMILAR, NOT_COMPARED, or one of the "… 95%" / "… 99.8%" outcomes
   */
  public static BenchmarkOutcome compareTwoLevel(Estimate estimate, Double benchmark, Polarity polarity) {
    if (estimate == null || estimate.ci998() == null) {
      return BenchmarkOutcome.NOT_COMPARED;
    }
    BenchmarkOutcome at95 = compare(estimate.ci95(), benchmark, polarity);
    if (at95 == BenchmarkOutcome.NOT_COMPARED || at95 == BenchmarkOutcome.SIMILAR) {
      return at95;
    }
    boolean at998 = !estimate.ci998().contains(benchmark);
    switch (at95) {
      case BETTER: return at998 ? BenchmarkOutcome.BETTER_99_8 : BenchmarkOutcome.BETTER_95;
      case WORSE: return at998 ? BenchmarkOutcome.WORSE_99_8 : BenchmarkOutcome.WORSE_95;
      case HIGHER: return at998 ? BenchmarkOutcome.HIGHER_99_8 : BenchmarkOutcome.HIGHER_95;
      default: return at998 ? BenchmarkOutcome.LOWER_99_8 : BenchmarkOutcome.LOWER_95;
    }
  }

  /** Better/Worse/Higher/Lower for an area significantly above ({@code higher}) or below the benchmark. */
  static BenchmarkOutcome judge(boolean higher, Polarity polarity) {
    switch (polarity) {
      case HIGH_IS_GOOD: return higher ? BenchmarkOutcome.BETTER : BenchmarkOutcome.WORSE;
      case LOW_IS_GOOD: return higher ? BenchmarkOutcome.WORSE : BenchmarkOutcome.BETTER;
      default: return higher ? BenchmarkOutcome.HIGHER : BenchmarkOutcome.LOWER;
    }
  }
}
