package org.stptoolkit.finance.projection;

import org.stptoolkit.finance.internal.DoNothingProjection;
import org.stptoolkit.finance.internal.Projection;
import org.stptoolkit.finance.internal.ResolvedFootprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.synthetic.SyntheticNation;

/** Invariants of the projection on generated footprints. */
class ProjectionPropertiesTest {

  @Property(tries = 50)
  void zeroGrowthLeavesTheBaselineUnchanged(@ForAll long seed, @ForAll @IntRange(min = 1, max = 44) int number) {
    Footprint fp = SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, seed, 1).footprint(number);
    ResolvedFootprint r = ResolvedFootprint.of(fp);
    double[] rates = new double[r.ratesLength()];
    Projection p = DoNothingProjection.run(r, rates, null);
    for (int u = 0; u < r.unitCount(); u++) {
      for (int t = 1; t <= r.planYears(); t++) {
        for (int m = 0; m < ResolvedFootprint.MEASURES; m++) {
          assertThat(p.value(u, t, m)).isEqualTo(r.base(u, m));
        }
      }
    }
  }

  @Property(tries = 50)
  void higherInflationNeverImprovesTheDeficit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 44) int number,
      @ForAll @DoubleRange(min = 0.0001, max = 0.05) @Scale(6) double extra) {
    ResolvedFootprint r = ResolvedFootprint.of(SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, seed, 1).footprint(number));
    double[] rates = new double[r.ratesLength()];
    r.copyRatesInto(rates);
    double[] base = DoNothingProjection.run(r, rates, null).health().toArray();
    for (int o = 0; o < r.organisationCount(); o++) {
      for (int y = 0; y < r.planYears(); y++) {
        rates[r.rateIndex(o, Driver.PAY_INFLATION, y)] += extra;
        rates[r.rateIndex(o, Driver.NON_PAY_INFLATION, y)] += extra;
      }
    }
    double[] hotter = DoNothingProjection.run(r, rates, null).health().toArray();
    for (int y = 0; y < base.length; y++) {
      assertThat(hotter[y]).isLessThanOrEqualTo(base[y] + 1e-6);
    }
  }

  @Property(tries = 30)
  void healthPositionIsTheSumOfNhsOrganisations(@ForAll long seed, @ForAll @IntRange(min = 1, max = 44) int number) {
    ResolvedFootprint r = ResolvedFootprint.of(SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, seed, 1).footprint(number));
    Projection p = DoNothingProjection.run(r);
    double[] sum = new double[r.planYears()];
    for (int o = 0; o < r.organisationCount(); o++) {
      if (r.isNhs(o)) {
        for (int y = 0; y < sum.length; y++) {
          sum[y] += p.organisationSurplus(o).get(y);
        }
      }
    }
    for (int y = 0; y < sum.length; y++) {
      assertThat(p.health().get(y)).isCloseTo(sum[y], within(1e-6 * Math.max(1, Math.abs(sum[y]))));
    }
  }
}
