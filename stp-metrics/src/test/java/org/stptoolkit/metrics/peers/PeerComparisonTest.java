package org.stptoolkit.metrics.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.indicator.Polarity;

class PeerComparisonTest {
  private static final double TOLERANCE = 1e-9;

  private static List<PeerValue> peers(double... values) {
    java.util.ArrayList<PeerValue> out = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(PeerValue.of("P" + i, values[i]));
    }
    return out;
  }

  @Test
  void cannockChaseHasTenFewerGpsPer100kThanItsPeers() {
    // Seed: Cannock Chase 58 GPs per 100,000 against a peer average of 68 (peers chosen to average 68).
    PeerComparisonResult r = PeerComparison.compare(58.0, peers(60, 64, 66, 68, 70, 72, 76), Polarity.NO_JUDGEMENT);
    assertThat(r.peerMean()).isCloseTo(68, within(TOLERANCE));
    assertThat(r.differenceFromPeerMean()).isCloseTo(-10, within(TOLERANCE));
    assertThat(r.rank()).isEqualTo(8);
    assertThat(r.quintile()).isEqualTo(Quintile.Q1);
  }

  @Test
  void rankOneIsBestByPolarityAndTiesShareTheBetterRank() {
    assertThat(PeerComparison.compare(80.0, peers(70, 75, 80, 85, 60), Polarity.HIGH_IS_GOOD).rank()).isEqualTo(2);
    assertThat(PeerComparison.compare(80.0, peers(70, 75, 80, 85, 60), Polarity.LOW_IS_GOOD).rank()).isEqualTo(4);
  }

  @Test
  void quintilesUsePercentileIncCutPoints() {
    double[] group = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    // Cut points: 28, 46, 64, 82.
    assertThat(PeerComparison.quintile(28, group)).isEqualTo(Quintile.Q1);
    assertThat(PeerComparison.quintile(29, group)).isEqualTo(Quintile.Q2);
    assertThat(PeerComparison.quintile(64, group)).isEqualTo(Quintile.Q3);
    assertThat(PeerComparison.quintile(82, group)).isEqualTo(Quintile.Q4);
    assertThat(PeerComparison.quintile(83, group)).isEqualTo(Quintile.Q5);
    assertThat(Quintile.Q5.label(Polarity.LOW_IS_GOOD)).isEqualTo("Worst");
    assertThat(Quintile.Q5.label(Polarity.HIGH_IS_GOOD)).isEqualTo("Best");
  }

  @Test
  void fewerThanFivePeersAreNotComparedButTheDifferenceIsGiven() {
    PeerComparisonResult r = PeerComparison.compare(58.0, peers(60, 70, 74, 68), Polarity.NO_JUDGEMENT);
    assertThat(r.status()).isEqualTo(PeerComparisonStatus.TOO_FEW_PEERS);
    assertThat(r.rank()).isNull();
    assertThat(r.quintile()).isEqualTo(Quintile.NOT_COMPARED);
    assertThat(r.differenceFromPeerMean()).isCloseTo(-10, within(TOLERANCE));
  }

  @Test
  void missingValuesAreLeftOutAndAMissingAreaValueIsDocumented() {
    List<PeerValue> withGaps = new java.util.ArrayList<>(peers(60, 70, 74, 68));
    withGaps.add(new PeerValue("PX", null));
    assertThat(PeerComparison.compare(58.0, withGaps, Polarity.NO_JUDGEMENT).status()).isEqualTo(PeerComparisonStatus.TOO_FEW_PEERS);
    assertThat(PeerComparison.compare(null, peers(1, 2, 3, 4, 5), Polarity.NO_JUDGEMENT).status())
        .isEqualTo(PeerComparisonStatus.MISSING_VALUE);
  }
}
