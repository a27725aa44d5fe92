package org.stptoolkit.metrics.derived;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Derived indicators and difference sentences. Nothing is rounded in the numbers; the sentences round
 * half-up to whole numbers (percent or units), the way the seeds print them.
 */
public final class DerivedIndicators {
  private DerivedIndicators() {}

  /**
   * % of life in good health = healthy life expectancy ÷ life expectancy × 100. The seed's Staffordshire
   * males: 62.8 ÷ 79.7 = 78.8%.
   *
   * @param healthyLifeExpectancy years
   * @param lifeExpectancy years, more than zero
   * @return percent
   */
  public static double percentOfLifeInGoodHealth(double healthyLifeExpectancy, double lifeExpectancy) {
    if (!(lifeExpectancy > 0)) {
      throw new IllegalArgumentException("life expectancy must be more than zero, was " + lifeExpectancy);
    }
    if (healthyLifeExpectancy < 0 || healthyLifeExpectancy > lifeExpectancy) {
      throw new IllegalArgumentException("healthy life expectancy must be between 0 and life expectancy ("
          + lifeExpectancy + "), was " + healthyLifeExpectancy);
    }
    return healthyLifeExpectancy / lifeExpectancy * 100;
  }

  /**
   * The relative difference as "x% lower than England" / "x% higher than England" / "the same as England".
   * Reablement offered 1.2% vs England 2.9%: "59% lower than England".
   *
   * @param value the area's value
   * @param comparator the comparator's value
   * @param comparatorName e.g. "England", "peers"
   * @return the difference; with a zero comparator the relative part is {@code null} and the sentence absolute
   */
  public static Difference relative(double value, double comparator, String comparatorName) {
    double absolute = value - comparator;
    if (comparator == 0) {
      return new Difference(value, comparator, absolute, null, absoluteText(absolute, "", false, comparatorName));
    }
    double rel = absolute / comparator;
    String pct = whole(Math.abs(rel) * 100);
    String text = pct.equals("0") ? "the same as " + comparatorName
        : pct + "% " + (rel < 0 ? "lower" : "higher") + " than " + comparatorName;
    return new Difference(value, comparator, absolute, rel, text);
  }

  /**
   * The absolute difference as "10 fewer per 100,000 than peers" (counts) or "9 lower … than …".
   * Cannock Chase GPs 58 vs peer average 68: "10 fewer per 100,000 than peers".
   *
   * @param value the area's value
   * @param comparator the comparator's value
   * @param unit the unit phrase, e.g. "per 100,000" or "percentage points"
   * @param countable true to say "fewer/more", false for "lower/higher"
   * @param comparatorName e.g. "peers"
   * @return the difference
   */
  public static Difference absolute(double value, double comparator, String unit, boolean countable,
      String comparatorName) {
    double absolute = value - comparator;
    Double rel = comparator == 0 ? null : absolute / comparator;
    return new Difference(value, comparator, absolute, rel, absoluteText(absolute, unit, countable, comparatorName));
  }

  private static String absoluteText(double absolute, String unit, boolean countable, String comparatorName) {
    String n = whole(Math.abs(absolute));
    if (n.equals("0")) {
      return "the same as " + comparatorName;
    }
    String word = absolute < 0 ? (countable ? "fewer" : "lower") : (countable ? "more" : "higher");
    return n + " " + word + (unit == null || unit.isBlank() ? "" : " " + unit.strip()) + " than " + comparatorName;
  }

  /**
   * The difference in the indicator's units to one decimal place, as an analyst writes it beside a chart:
   * "0.9 years above the West Midlands", "9.0 percentage points below England", "the same as England"
   * when it rounds to 0.0. A unit of "%" reads "percentage points"; an empty unit is left out.
   *
   * @param value the area's value
   * @param comparator the benchmark's value
   * @param unit the indicator's unit, e.g. "years", "%", "per 100,000"
   * @param comparatorName e.g. "the West Midlands" (see {@link #benchmarkName})
   * @return the difference
   */
  public static Difference described(double value, double comparator, String unit, String comparatorName) {
    double absolute = value - comparator;
    Double rel = comparator == 0 ? null : absolute / comparator;
    String n = BigDecimal.valueOf(Math.abs(absolute)).setScale(1, RoundingMode.HALF_UP).toPlainString();
    String u = unit == null ? "" : unit.strip();
    u = u.equals("%") ? "percentage points" : u;
    String text = n.equals("0.0") ? "the same as " + comparatorName
        : n + (u.isEmpty() ? "" : " " + u) + (absolute < 0 ? " below " : " above ") + comparatorName;
    return new Difference(value, comparator, absolute, rel, text);
  }

  /**
   * A benchmark area's name as a sentence uses it: "England" stays, a region takes "the" and loses the
   * word "region" that Fingertips appends ("West Midlands region" reads "the West Midlands").
   *
   * @param areaName the area name as published
   * @return the name for a sentence
   */
  public static String benchmarkName(String areaName) {
    String n = areaName == null ? "" : areaName.strip();
    if (n.isEmpty()) {
      return "the benchmark";
    }
    if (n.equalsIgnoreCase("England")) {
      return "England";
    }
    if (n.toLowerCase(Locale.ROOT).endsWith(" region")) {
      n = n.substring(0, n.length() - " region".length()).strip();
    }
    return n.toLowerCase(Locale.ROOT).startsWith("the ") ? n : "the " + n;
  }

  private static String whole(double x) {
    return String.format(Locale.ROOT, "%s", BigDecimal.valueOf(x).setScale(0, RoundingMode.HALF_UP).toPlainString());
  }
}
