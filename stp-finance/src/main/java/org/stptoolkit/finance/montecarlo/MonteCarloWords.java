package org.stptoolkit.finance.montecarlo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.basics.RoundingPolicy;

/**
 * A Monte Carlo result in plain English, worded once for the console, the result JSON and the PDF pack:
 * each percentile as a chance ("a 1 in 10 chance that 2020/21 is worse than (123,903)"), the chance of
 * breaking even, and the inputs that contribute most to the uncertainty.
 *
 * <pre>{@code
 * MonteCarloResult mc = MonteCarlo.run(footprint, MonteCarloSpec.typical(10_000, 2016));
 * MonteCarloWords.headline(mc, 0).forEach(System.out::println);
 * }</pre>
 *
 * <p>Money is £'000 in the form {@link RoundingPolicy#formatGbpK} prints it (deficits in brackets) unless a
 * caller asks for £m. A percentile p below 50% reads "a 1 in N chance that the year is worse than X" when
 * 100/p is a whole number, else "a p% chance"; above 50% it reads as the chance of doing better; the
 * median reads "an even chance". Chances are printed to one decimal place of a percent.
 */
public final class MonteCarloWords {

  private MonteCarloWords() {}

  /**
   * The sentences for one node's final year: one per percentile, the chance of breaking even or better,
   * and (for the first node) the largest contributors to the variance.
   *
   * @param mc the result
   * @param node the node's index (0: the footprint, or England)
   * @return the sentences, money in £'000
   */
  public static List<String> headline(MonteCarloResult mc, int node) {
    return headline(mc, node, false);
  }

  /**
   * The sentences for one node's final year.
   *
   * @param mc the result
   * @param node the node's index (0: the footprint, or England)
   * @param millions true to print money in £m (one decimal place), false for £'000
   * @return the sentences
   */
  public static List<String> headline(MonteCarloResult mc, int node, boolean millions) {
    Objects.requireNonNull(mc, "Monte Carlo result");
    MonteCarloResult.Node n = mc.nodes().get(node);
    int last = mc.years().size() - 1;
    String year = mc.years().get(last);
    List<String> out = new ArrayList<>();
    for (Map.Entry<Percentile, ByYear> e : n.doSomething().percentiles().entrySet()) {
      out.add(percentile(e.getKey(), year, e.getValue().get(last), millions));
    }
    out.add(balance(year, n.probabilityOfBalance().get(last)));
    if (node == 0 && !mc.varianceDrivers().isEmpty()) {
      out.add(drivers(mc, year, 3));
    }
    return out;
  }

  /**
   * "A 1 in 10 chance that 2020/21 is worse than (123,903) £'000." for {@link Percentile#P10}.
   *
   * @param percentile the percentile, e.g. {@link Percentile#P10}
   * @param year the year's label
   * @param value the percentile, £'000
   * @param millions true for £m
   * @return the sentence
   */
  public static String percentile(Percentile percentile, String year, double value, boolean millions) {
    BigDecimal p = percentile.percent();
    String money = money(value, millions);
    int c = p.compareTo(BigDecimal.valueOf(50));
    if (c == 0) {
      return "An even chance that " + year + " is worse than " + money + " (the median).";
    }
    BigDecimal tail = c < 0 ? p : BigDecimal.valueOf(100).subtract(p);
    return capitalise(chance(tail)) + " that " + year + " is " + (c < 0 ? "worse" : "better") + " than " + money
        + ".";
  }

  /**
   * "The chance of breaking even or better in 2020/21 is 0.6%."
   *
   * @param year the year's label
   * @param probability share of draws with a do-something of at least zero (0 to 1)
   * @return the sentence
   */
  public static String balance(String year, double probability) {
    return "The chance of breaking even or better in " + year + " is " + percent(probability) + ".";
  }

  /**
   * "Most of the uncertainty in 2020/21 comes from non-demographic growth (49.3%), pay inflation (30.1%) and
   * delivery of 2 CIP/Workforce (8.0%)." with each input's contribution to the variance.
   *
   * @param mc the result
   * @param year the year's label
   * @param top how many inputs to name
   * @return the sentence
   */
  public static String drivers(MonteCarloResult mc, String year, int top) {
    List<String> parts = mc.varianceDrivers().stream().limit(top)
        .map(v -> v.inWords() + " (" + percent(v.contribution()) + ")").toList();
    String list = parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return "Most of the uncertainty in " + year + " comes from " + list + " (each input's contribution to the"
        + " variance; all inputs add to 100%).";
  }

  /**
   * "a 1 in 10 chance" for 10, "a 2.5% chance" for 2.5 (1 in 40 reads less plainly than a percent).
   *
   * @param percent the chance in percent, above 0 and below 100
   * @return the words
   */
  static String chance(BigDecimal percent) {
    BigDecimal[] qr = BigDecimal.valueOf(100).divideAndRemainder(percent);
    if (qr[1].signum() == 0 && qr[0].compareTo(BigDecimal.valueOf(20)) <= 0) {
      return "a 1 in " + qr[0].toBigInteger() + " chance";
    }
    return "a " + percent.stripTrailingZeros().toPlainString() + "% chance";
  }

  /**
   * A probability as a percent to one decimal place, "0.6%"; "less than 0.1%" and "more than 99.9%" for
   * the ends that would round to 0% or 100% without being them.
   *
   * @param probability 0 to 1
   * @return the words
   */
  public static String percent(double probability) {
    if (probability > 0 && probability < 0.0005) {
      return "less than 0.1%";
    }
    if (probability < 1 && probability > 0.9995) {
      return "more than 99.9%";
    }
    return BigDecimal.valueOf(probability * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * £'000 as {@link RoundingPolicy#formatGbpK} prints it with its unit, or in £m to one decimal place.
   *
   * @param gbpK the amount in £'000
   * @param millions true for £m
   * @return "(123,903) £'000" or "£(123.9)m"
   */
  public static String money(double gbpK, boolean millions) {
    if (!millions) {
      return RoundingPolicy.formatGbpK(gbpK) + " £'000";
    }
    BigDecimal m = BigDecimal.valueOf(gbpK).movePointLeft(3).setScale(1, RoundingMode.HALF_UP);
    String digits = String.format(Locale.ROOT, "%,.1f", m.abs());
    return m.signum() < 0 ? "£(" + digits + ")m" : "£" + digits + "m";
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
