package org.stptoolkit.finance.national;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.model.Footprint;

/**
 * What a national run gives: every footprint's deterministic result in the order the footprints were given,
 * their aggregation to the regions and England, and the national Monte Carlo when one was asked for. Immutable.
 *
 * @param footprints the footprints run, in the order given
 * @param results each footprint's result, in the same order (as many as footprints)
 * @param england England (or the collection of the footprints given), with its regions and footprints below
 * @param monteCarlo the national Monte Carlo (England, the regions, then the footprints), if one was run
 */
public record NationalResult(List<Footprint> footprints, List<FootprintResult> results, AggregateNode england,
    Optional<MonteCarloResult> monteCarlo) {

  /**
   * Validates and copies.
   *
   * @param footprints the footprints run, in the order given
   * @param results each footprint's result, in the same order
   * @param england England with its regions and footprints below
   * @param monteCarlo the national Monte Carlo, if one was run
   * @throws IllegalArgumentException when there is not one result for each footprint
   */
  public NationalResult {
    footprints = List.copyOf(footprints);
    results = List.copyOf(results);
    Objects.requireNonNull(england, "england");
    Objects.requireNonNull(monteCarlo, "monteCarlo");
    if (footprints.size() != results.size()) {
      throw new IllegalArgumentException("one result for each footprint: " + footprints.size() + " footprints, "
          + results.size() + " results");
    }
  }
}
