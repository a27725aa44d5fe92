package org.stptoolkit.metrics.summary;

import java.util.List;
import org.stptoolkit.model.indicator.Gap;

/**
 * One gap's summary.
 *
 * @param gap the gap
 * @param indicators number of indicator values assessed
 * @param worse significantly worse than England
 * @param similar similar to England
 * @param better significantly better than England
 * @param higher significantly higher than England (no judgement)
 * @param lower significantly lower than England (no judgement)
 * @param notCompared not compared with England (no interval or no England value)
 * @param withStandard indicator values that have a standard
 * @param missingStandard of those, how many miss it
 * @param worstMisses those missing their standard, furthest first (by the miss relative to the limit)
 * @param finance the finance positions, only for {@link Gap#FINANCE_AND_EFFICIENCY} and when given, else {@code null}
 */
public record GapSummary(Gap gap, int indicators, int worse, int similar, int better, int higher, int lower,
    int notCompared, int withStandard, int missingStandard, List<IndicatorAssessment> worstMisses,
    FinancePosition finance) {

  /**
   * Copies the list.
   *
   * @param gap the gap
   * @param indicators number of indicator values assessed
   * @param worse significantly worse than England
   * @param similar similar to England
   * @param better significantly better than England
   * @param higher significantly higher than England (no judgement)
   * @param lower significantly lower than England (no judgement)
   * @param notCompared not compared with England (no interval or no England value)
   * @param withStandard indicator values that have a standard
   * @param missingStandard of those, how many miss it
   * @param worstMisses those missing their standard, furthest first (by the miss relative to the limit)
   * @param finance the finance positions, only for {@link Gap#FINANCE_AND_EFFICIENCY} and when given, else
   *     {@code null}
   */
  public GapSummary {
    worstMisses = List.copyOf(worstMisses);
  }
}
