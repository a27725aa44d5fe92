package org.stptoolkit.metrics.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.indicator.Polarity;

class OpportunityCalculatorTest {
  private static final double TOLERANCE = 1e-9;

  private static List<PeerValue> peers(double... values) {
    List<PeerValue> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(PeerValue.of("P" + i, values[i]));
    }
    return out;
  }

  @Test
  void opportunityIsTheGapToTheBestFiveOfTheTenMostSimilarPeersTimesDenominatorAndUnitCost() {
    // NEL admissions per 1,000 (low is good). 12 peers, most similar first; the last two are ignored.
    // Best 5 of the first 10: 80, 82, 84, 86, 88 → mean 84. Area 100: gap 16 per 1,000; population 250,000
    // → 16/1000 × 250,000 = 4,000 admissions; at £1,500 each = £6,000,000.
    List<PeerValue> p = peers(90, 80, 95, 82, 100, 84, 110, 86, 88, 120, 10, 20);
    Opportunity o = OpportunityCalculator.calculate(100.0, p, Polarity.LOW_IS_GOOD, 1000, 250_000.0, 1500.0);
    assertThat(o.applicable()).isTrue();
    assertThat(o.bestPeersMean()).isCloseTo(84, within(TOLERANCE));
    assertThat(o.gapInUnits()).isCloseTo(16, within(TOLERANCE));
    assertThat(o.events()).isCloseTo(4000, within(TOLERANCE));
    assertThat(o.valueGbp()).isCloseTo(6_000_000, within(1e-6));
  }

  @Test
  void areaBetterThanTheBestPeersMeanHasNoOpportunity() {
    Opportunity o = OpportunityCalculator.calculate(70.0, peers(90, 80, 95, 82, 100, 84), Polarity.LOW_IS_GOOD, 1000, 1.0, 1.0);
    assertThat(o.applicable()).isFalse();
    assertThat(o.gapInUnits()).isZero();
  }

  @Test
  void highIsGoodUsesTheHighestFive() {
    Opportunity o = OpportunityCalculator.calculate(50.0, peers(60, 70, 80, 90, 100, 10, 20), Polarity.HIGH_IS_GOOD, 100, null, null);
    assertThat(o.bestPeersMean()).isCloseTo(80, within(TOLERANCE));
    assertThat(o.events()).isNull();
    assertThat(o.valueGbp()).isNull();
  }

  @Test
  void fewerThanFivePeersNoJudgementAndMissingValueHaveNoOpportunity() {
    assertThat(OpportunityCalculator.calculate(50.0, peers(1, 2, 3, 4), Polarity.LOW_IS_GOOD, 1, 1.0, 1.0).applicable()).isFalse();
    assertThat(OpportunityCalculator.calculate(50.0, peers(1, 2, 3, 4, 5), Polarity.NO_JUDGEMENT, 1, 1.0, 1.0).applicable()).isFalse();
    assertThat(OpportunityCalculator.calculate(null, peers(1, 2, 3, 4, 5), Polarity.LOW_IS_GOOD, 1, 1.0, 1.0).reason())
        .isEqualTo("the area has no value");
  }
}
