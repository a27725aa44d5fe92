package org.stptoolkit.metrics.peers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.stptoolkit.model.indicator.Polarity;

/**
 * Compares an area with its peers. Fewer than {@link #MINIMUM_PEERS} peers with values: not compared
 * (the difference from the peer mean is still given when there is at least one peer). Peers with
 * missing values are left out.
 */
public final class PeerComparison {
  /** Fewest peers with values for a rank and quintile. */
  public static final int MINIMUM_PEERS = 5;

  private PeerComparison() {}

  /**
   * The comparison.
   *
   * @param areaValue the area's value, or {@code null}
   * @param peers the peers (the area itself must not be among them)
   * @param polarity decides which end is rank 1
   * @return the result
   */
  public static PeerComparisonResult compare(Double areaValue, Collection<PeerValue> peers, Polarity polarity) {
    List<Double> values = new ArrayList<>();
    for (PeerValue p : peers) {
      if (p.value() != null) {
        values.add(p.value());
      }
    }
    Double mean = values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    if (areaValue == null) {
      return new PeerComparisonResult(PeerComparisonStatus.MISSING_VALUE, null, values.size(), Quintile.NOT_COMPARED, mean, null);
    }
    Double difference = mean == null ? null : areaValue - mean;
    if (values.size() < MINIMUM_PEERS) {
      return new PeerComparisonResult(PeerComparisonStatus.TOO_FEW_PEERS, null, values.size() + 1,
          Quintile.NOT_COMPARED, mean, difference);
    }
    double[] group = new double[values.size() + 1];
    int better = 0;
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i);
      group[i] = v;
      boolean isBetter = polarity == Polarity.LOW_IS_GOOD ? v < areaValue : v > areaValue;
      if (isBetter) {
        better++;
      }
    }
    group[values.size()] = areaValue;
    return new PeerComparisonResult(PeerComparisonStatus.COMPARED, better + 1, group.length,
        quintile(areaValue, group), mean, difference);
  }

  /**
   * The quintile of {@code value} among {@code group} by PERCENTILE.INC cut points at 20, 40, 60 and 80%.
   *
   * @param value the area's value
   * @param group the peer group's values
   * @return the quintile of {@code value} among {@code group} by PERCENTILE.INC cut points at 20, 40, 60
   *     and 80%
   */
  public static Quintile quintile(double value, double[] group) {
    if (group.length < MINIMUM_PEERS) {
      return Quintile.NOT_COMPARED;
    }
    Quintile[] q = {Quintile.Q1, Quintile.Q2, Quintile.Q3, Quintile.Q4};
    for (int i = 0; i < 4; i++) {
      if (value <= Percentiles.inclusive(group, (i + 1) * 0.2)) {
        return q[i];
      }
    }
    return Quintile.Q5;
  }
}
