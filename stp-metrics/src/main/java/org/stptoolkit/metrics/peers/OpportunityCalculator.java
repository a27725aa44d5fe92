package org.stptoolkit.metrics.peers;

import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.model.indicator.Polarity;

/**
 * The RightCare-style opportunity: take the 10 most similar peers (the first 10 of the list, which the
 * caller orders by similarity), the best 5 of them by polarity, and their mean; if the area is worse than
 * that mean, the opportunity is the gap, times the denominator (÷ multiplier) in events, times a unit cost
 * in £. Areas at or better than the mean, indicators without a judgement, fewer than 5 peers with values,
 * or a missing area value have no opportunity (a documented reason, not an error).
 */
public final class OpportunityCalculator {
  /** How many of the most similar peers are considered. */
  public static final int SIMILAR_PEERS = 10;
  /** How many of those are averaged. */
  public static final int BEST_PEERS = 5;

  private OpportunityCalculator() {}

  /**
   * The opportunity.
   *
   * @param areaValue the area's value, or {@code null}
   * @param peersBySimilarity peers, most similar first
   * @param polarity which direction is better
   * @param multiplier the indicator's multiplier (100 for %, 100,000 per 100,000)
   * @param denominator the area's denominator (population, attendances), or {@code null}
   * @param unitCostGbp cost of one event in £, or {@code null}
   * @return the opportunity
   */
  public static Opportunity calculate(Double areaValue, List<PeerValue> peersBySimilarity, Polarity polarity,
      double multiplier, Double denominator, Double unitCostGbp) {
    if (polarity == Polarity.NO_JUDGEMENT) {
      return new Opportunity(false, null, 0, null, null, "the indicator carries no judgement");
    }
    List<Double> similar = new ArrayList<>();
    for (PeerValue p : peersBySimilarity.subList(0, Math.min(SIMILAR_PEERS, peersBySimilarity.size()))) {
      if (p.value() != null) {
        similar.add(p.value());
      }
    }
    if (similar.size() < BEST_PEERS) {
      return new Opportunity(false, null, 0, null, null, "fewer than 5 of the 10 most similar peers have values");
    }
    similar.sort(polarity == Polarity.HIGH_IS_GOOD ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
    double mean = similar.subList(0, BEST_PEERS).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    if (areaValue == null) {
      return new Opportunity(false, mean, 0, null, null, "the area has no value");
    }
    boolean worse = polarity == Polarity.HIGH_IS_GOOD ? areaValue < mean : areaValue > mean;
    if (!worse) {
      return new Opportunity(false, mean, 0, null, null, "the area is not worse than the mean of the best 5 peers");
    }
    double gap = Math.abs(areaValue - mean);
    Double events = denominator == null ? null : gap / multiplier * denominator;
    Double value = events == null || unitCostGbp == null ? null : events * unitCostGbp;
    return new Opportunity(true, mean, gap, events, value, "");
  }
}
