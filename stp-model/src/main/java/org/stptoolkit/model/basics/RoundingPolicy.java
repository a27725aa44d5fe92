package org.stptoolkit.model.basics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The toolkit's one rounding policy.
 *
 * <ul>
 *   <li>Calculation carries every amount at full {@code double} precision in £'000; nothing is rounded
 *       between steps.</li>
 *   <li>Reports show whole £'000, rounded half away from zero ({@link RoundingMode#HALF_UP} on the
 *       absolute value), negatives in brackets: (159,546).</li>
 *   <li>A total is the rounded sum of unrounded parts, so a printed total may differ from the sum of
 *       its printed rows by up to ±1 per few rows. That is rounding, not an error: differences within
 *       {@link #TOLERANCE_GBPK} (±1 £'000) between a source's printed figures are reported as INFO;
 *       larger ones as WARNING or ERROR.</li>
 * </ul>
 *
 * <p>Formatting is locale-independent (always "," for thousands and "." for decimals), so output is
 * the same on every machine.
 */
public final class RoundingPolicy {

  /** Differences up to this many £'000 between printed figures are rounding. */
  public static final double TOLERANCE_GBPK = 1.0;

  /** The sentence reports print beside their tables. */
  public static final String STATEMENT = "Figures are in £'000, calculated unrounded and shown rounded"
      + " half away from zero to whole £'000; totals are rounded sums of unrounded figures, so they may"
      + " differ by ±1 from the sum of the rows shown.";

  private RoundingPolicy() {}

  /**
   * Rounds £'000 to whole £'000, half away from zero.
   *
   * @param gbpK the amount in £'000
   * @return the amount rounded to whole £'000
   */
  public static long roundGbpK(double gbpK) {
    return BigDecimal.valueOf(gbpK).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * True when two printed amounts differ by no more than the tolerance.
   *
   * @param a one amount, £'000
   * @param b the other amount, £'000
   * @return true when two printed amounts differ by no more than the tolerance
   */
  public static boolean withinTolerance(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE_GBPK + 1e-9;
  }

  /**
   * "(159,546)", "1,420", "0": whole £'000, brackets for negatives.
   *
   * @param gbpK the amount in £'000
   * @return the amount as the plans print it
   */
  public static String formatGbpK(double gbpK) {
    if (!Double.isFinite(gbpK)) {
      return String.valueOf(gbpK);
    }
    if (Math.abs(gbpK) < EXACT_LIMIT) {
      long whole = Math.round(Math.abs(gbpK));
      String digits = grouped(whole);
      return gbpK < 0 && whole != 0 ? "(" + digits + ")" : digits;
    }
    BigDecimal r = rounded(gbpK);
    String digits = grouping().format(r.abs());
    return r.signum() < 0 ? "(" + digits + ")" : digits;
  }

  /**
   * Below this magnitude {@link Math#round} of the absolute value is exactly the half-up rounding of
   * the value's decimal form (every half is exactly representable there), so whole numbers are
   * formatted without {@link BigDecimal} or {@link DecimalFormat}; the results are the same.
   */
  private static final double EXACT_LIMIT = 1e15;

  /** "1,234,567" for a non-negative whole number. */
  private static String grouped(long n) {
    String d = Long.toString(n);
    int len = d.length();
    if (len <= 3) {
      return d;
    }
    StringBuilder sb = new StringBuilder(len + (len - 1) / 3);
    int head = len % 3 == 0 ? 3 : len % 3;
    sb.append(d, 0, head);
    for (int i = head; i < len; i += 3) {
      sb.append(',').append(d, i, i + 3);
    }
    return sb.toString();
  }

  /**
   * Rounded half away from zero to a whole number, without the {@code long} range limit of
   * {@link #roundGbpK}: findings quote any finite value a file holds, 1e308 included.
   */
  private static BigDecimal rounded(double value) {
    return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP);
  }

  /**
   * "9,530": whole number with thousands separators, minus sign for negatives.
   *
   * @param value the value
   * @return the value printed as a whole number
   */
  public static String formatPlain(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    if (Math.abs(value) < EXACT_LIMIT) {
      long whole = Math.round(Math.abs(value));
      return (value < 0 && whole != 0 ? "-" : "") + grouped(whole);
    }
    BigDecimal r = rounded(value);
    return (r.signum() < 0 ? "-" : "") + grouping().format(r.abs());
  }

  private static DecimalFormat grouping() {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }
}
