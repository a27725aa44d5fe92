package org.stptoolkit.finance.bridge;

import java.util.List;
import org.stptoolkit.finance.basics.ByYear;

/**
 * The tables kept apart from the bridge: one-off revenue transformation costs and capital, £'000.
 *
 * @param transformationCumulative cumulative transformation cost to the end of each plan year
 * @param transformationInYear the cost in each year (differences of the cumulative); this is the STF
 *     transformation request (the seed: £30m a year)
 * @param transformationLines each line's cumulative figures, in the footprint's order
 * @param capital capital spend by year, all schemes
 */
public record PlanCosts(ByYear transformationCumulative, ByYear transformationInYear,
    List<Line> transformationLines, ByYear capital) {

  /**
   * Copies the list.
   *
   * @param transformationCumulative cumulative transformation cost to the end of each plan year
   * @param transformationInYear the cost in each year (differences of the cumulative); this is the STF
   *     transformation request (the seed: £30m a year)
   * @param transformationLines each line's cumulative figures, in the footprint's order
   * @param capital capital spend by year, all schemes
   */
  public PlanCosts {
    transformationLines = List.copyOf(transformationLines);
  }

  /**
   * One named line.
   *
   * @param name as printed
   * @param amounts £'000 by plan year
   */
  public record Line(String name, ByYear amounts) {}
}
