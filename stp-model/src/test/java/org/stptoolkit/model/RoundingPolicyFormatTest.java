package org.stptoolkit.model;

import org.stptoolkit.model.basics.RoundingPolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** Findings quote whatever finite value a file holds, so formatting must not fail beyond the range of a long. */
class RoundingPolicyFormatTest {

  @Test
  void formatsValuesBeyondTheRangeOfALong() {
    assertThat(RoundingPolicy.formatGbpK(1e19)).isEqualTo("10,000,000,000,000,000,000");
    assertThat(RoundingPolicy.formatGbpK(-1e19)).isEqualTo("(10,000,000,000,000,000,000)");
    assertThat(RoundingPolicy.formatGbpK(Double.MAX_VALUE)).startsWith("179,769,313,486,231,570,000,");
    assertThat(RoundingPolicy.formatPlain(-1e20)).isEqualTo("-100,000,000,000,000,000,000");
  }

  @Test
  void roundsHalfAwayFromZeroAsBefore() {
    assertThat(RoundingPolicy.formatGbpK(-0.5)).isEqualTo("(1)");
    assertThat(RoundingPolicy.formatGbpK(0.5)).isEqualTo("1");
    assertThat(RoundingPolicy.formatGbpK(-0.4)).isEqualTo("0");
    assertThat(RoundingPolicy.formatGbpK(159_545.5)).isEqualTo("159,546");
    assertThat(RoundingPolicy.formatPlain(9_529.5)).isEqualTo("9,530");
  }

  /** The reference's format, made once per thread (a DecimalFormat costs more to make than to use). */
  private static final ThreadLocal<DecimalFormat> GROUPED =
      ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));

  /** The policy written out with BigDecimal and DecimalFormat, the slow way, to check the fast one. */
  private static String reference(double v, boolean brackets) {
    BigDecimal r = BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP);
    String digits = GROUPED.get().format(r.abs());
    if (r.signum() >= 0) {
      return digits;
    }
    return brackets ? "(" + digits + ")" : "-" + digits;
  }

  @Property(tries = 20_000)
  void formatsAsBigDecimalHalfUpWouldAtEveryMagnitude(@ForAll @DoubleRange(min = -2e15, max = 2e15) double v,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double small) {
    for (double x : new double[] {v, small, Math.rint(small) + 0.5, Math.rint(small) - 0.5,
        Math.nextUp(Math.rint(small) + 0.5), Math.nextDown(Math.rint(small) + 0.5)}) {
      assertThat(RoundingPolicy.formatGbpK(x)).as("%s", x).isEqualTo(reference(x, true));
      assertThat(RoundingPolicy.formatPlain(x)).as("%s", x).isEqualTo(reference(x, false));
    }
  }

  @Test
  void formatsTheAwkwardDoublesNearAHalfAsBigDecimalDoes() {
    for (double x : new double[] {0.49999999999999994, -0.49999999999999994, 2.5, -2.5, 1e15 - 0.5,
        999_999_999_999_999.4, 4_503_599_627_370_495.5, 0.0, -0.0, 999.5, 1_000.4999999999999}) {
      assertThat(RoundingPolicy.formatGbpK(x)).as("%s", x).isEqualTo(reference(x, true));
      assertThat(RoundingPolicy.formatPlain(x)).as("%s", x).isEqualTo(reference(x, false));
    }
  }

  @Test
  void nonFiniteValuesAreShownNotThrown() {
    assertThat(RoundingPolicy.formatGbpK(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(RoundingPolicy.formatPlain(Double.NaN)).isEqualTo("NaN");
  }
}
