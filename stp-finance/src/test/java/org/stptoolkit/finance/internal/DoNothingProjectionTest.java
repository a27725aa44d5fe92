package org.stptoolkit.finance.internal;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stptoolkit.finance.TestFootprints.PERIOD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.TestFootprints;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** The projection worked by hand for one year of each sector. */
class DoNothingProjectionTest {

  private static final double TOLERANCE = 1e-9;

  private static Projection sut() {
    DriverSet d = DriverSet.builder()
        .flat(PERIOD, Driver.TARIFF_UPLIFT, 0.01)
        .flat(PERIOD, Driver.ALLOCATION_GROWTH, 0.02)
        .flat(PERIOD, Driver.PAY_INFLATION, 0.03)
        .flat(PERIOD, Driver.NON_PAY_INFLATION, 0.02)
        .flat(PERIOD, Driver.DEMOGRAPHIC_GROWTH, 0.01)
        .flat(PERIOD, Driver.CONTINUING_HEALTHCARE_GROWTH, 0.1)
        .flat(PERIOD, Driver.SOCIAL_CARE_DEMAND_GROWTH, 0.05)
        .flat(PERIOD, Driver.SOCIAL_CARE_FUNDING_GROWTH, -0.1)
        .othersFlat(PERIOD, 0)   // non-demographic growth, social care price, efficiency
        .build();
    return DoNothingProjection.run(ResolvedFootprint.of(TestFootprints.tiny(d, List.of(), List.of())));
  }

  @Test
  void providerIncomeAndCostsGrowWithPriceAndActivityButFixedCostsOnlyWithPrice() {
    // income 1000 × 1.01 × 1.01; staff 500 × 1.03 × 1.01; variable 200 × 1.02 × 1.01; fixed 300 × 1.02.
    double expected = 1020.1 - 520.15 - 206.04 - 306;
    assertThat(sut().organisationSurplus(0).get(0)).isCloseTo(expected, within(TOLERANCE));
  }

  @Test
  void commissionerAllocationGrowsSeparatelyFromSpendAndChcHasItsOwnRate() {
    // allocation 1000 × 1.02; healthcare 900 × 1.01 × 1.01; running 50 × 1.02; CHC 40 × 1.1.
    double expected = 1020 - 918.09 - 51 - 44;
    assertThat(sut().organisationSurplus(1).get(0)).isCloseTo(expected, within(TOLERANCE));
  }

  @Test
  void councilCostsGrowWithDemandAndPriceAndFundingSeparately() {
    // funding 100 × 0.9; staff 20 × 1.05; variable 80 × 1.05; fixed 10 × 1.02.
    assertThat(sut().organisationSurplus(2).get(0)).isCloseTo(90 - 21 - 84 - 10.2, within(TOLERANCE));
  }

  @Test
  void healthPositionIsProvidersPlusCommissionersOnly() {
    Projection p = sut();
    assertThat(p.health().get(1)).isCloseTo(p.organisationSurplus(0).get(1) + p.organisationSurplus(1).get(1),
        within(TOLERANCE));
  }

  @Test
  void baseYearPositionIsTheNormalisedPosition() {
    // P: lines give 0, normalised 0; C: lines give 10, normalised 10.
    assertThat(sut().healthBase()).isCloseTo(10, within(TOLERANCE));
  }

  @Test
  void projectionAllocatesNothingWhenCalledWithItsOwnArrays() {
    ResolvedFootprint r = ResolvedFootprint.of(TestFootprints.tiny(TestFootprints.zeroDrivers(), List.of(), List.of()));
    double[] out = new double[r.projectionLength()];
    double[] health = new double[r.planYears()];
    DoNothingProjection.project(r, out);
    DoNothingProjection.healthSurplus(r, out, health);
    assertThat(health).containsExactly(10, 10);
  }

  @Test
  void summarisedProjectionGivesTheFullTablesFiguresBitForBitOnTheSyntheticNation() {
    // run() keeps the pools, health and councils' positions and projects its table again on request;
    // every figure must be the one the table made at once (eager kernel into a fresh array) gives.
    for (Footprint fp : SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 2016L, 1)) {
      ResolvedFootprint r = ResolvedFootprint.of(fp);
      Projection summarised = DoNothingProjection.run(r);
      DoNothingProjection.run(ResolvedFootprint.of(SyntheticNation.generate(1, 7L, 1).get(0)));  // reuse the scratch
      double[] table = new double[r.projectionLength()];
      DoNothingProjection.project(r, table);
      Projection eager = new Projection(r, table.clone());
      int t1 = r.planYears() + 1;
      for (int p = 0; p < r.poolCount(); p++) {
        double[] a = new double[t1];
        double[] b = new double[t1];
        summarised.poolValues(p, a, 0);
        eager.poolValues(p, b, 0);
        assertThat(a).as(fp.name() + " pool " + r.poolId(p)).containsExactly(b);
        assertThat(summarised.poolValue(p, t1 - 1)).isEqualTo(eager.poolValue(p, t1 - 1));
      }
      assertThat(summarised.health().toArray()).as(fp.name() + " health").containsExactly(eager.health().toArray());
      for (int o = 0; o < r.organisationCount(); o++) {
        assertThat(summarised.organisationSurplus(o).toArray()).as(fp.name() + " " + r.organisationCode(o))
            .containsExactly(eager.organisationSurplus(o).toArray());
      }
      assertThat(summarised.toArray()).as(fp.name() + " table").containsExactly(table);
    }
  }
}
