package org.stptoolkit.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackContentsTest {

  @Test
  void bridgeReadsThePublishedDoNothingAndEveryHealthSolution() {
    BridgeView b = PackFixtures.examplePack().bridge();
    assertThat(b.doNothing().gbpK()).isEqualTo(PackFixtures.seedBridge().doNothing().gbpK());
    assertThat(b.steps()).hasSize(13);
    assertThat(b.steps().get(0).label()).isEqualTo("2 CIP/Workforce");
    assertThat(b.steps().get(12).gbpK().get(PackFixtures.LAST)).isEqualTo(41_600);
    assertThat(b.chartYear()).isEqualTo(PackFixtures.LAST);
  }

  @Test
  void indicatorsAndFindingsComeThrough() {
    PackContent p = PackFixtures.examplePack();
    assertThat(p.indicators()).isNotEmpty();
    assertThat(p.indicators()).anyMatch(r -> r.indicator().startsWith("A&E") && r.rag().equals("Red"));
    assertThat(p.findings()).anyMatch(f -> f.rule().equals("SERVICE_LINE_SURPLUS"));
    assertThat(p.gaps()).hasSize(3);
  }
}
