package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * A national run's paper: the whole run (England, or the collection), one page per region, a league
 * table of footprints by gap and by chance of breaking even, the national Monte Carlo fan when one was
 * run, and the footprints that failed with their findings. Each footprint's own pack is a separate file
 * ({@link #footprints()} holds their content). Built by {@link NationalPacks}.
 *
 * @param title document title
 * @param subject document subject
 * @param england the England page
 * @param regions one page per region, in order
 * @param footprints each footprint's content, in order
 * @param failed footprints that gave no result, with why
 * @param findings findings that belong to the run rather than a footprint
 * @param roundingStatement the rounding policy
 * @param league the footprints, worst final-year do-something first
 * @param monteCarlo the national Monte Carlo fan (£'000), when one was run
 */
public record NationalPack(String title, String subject, AreaView england, List<AreaView> regions,
    List<PackContent> footprints, List<Failed> failed, List<ValidationFinding> findings,
    String roundingStatement, List<LeagueRow> league, java.util.Optional<FanView> monteCarlo) {

  /**
   * One footprint in the league table.
   *
   * @param rank 1 for the worst final-year do-something
   * @param name the footprint's name
   * @param region its region
   * @param doNothingGbpK final-year do-nothing, £'000
   * @param doSomethingGbpK final-year do-something, £'000
   * @param chanceOfBalance the Monte Carlo's chance of breaking even or better in the final year (0 to 1),
   *     or NaN when no Monte Carlo was run
   * @param rankByChance 1 for the lowest chance of breaking even, 0 when no Monte Carlo was run
   */
  public record LeagueRow(int rank, String name, String region, double doNothingGbpK, double doSomethingGbpK,
      double chanceOfBalance, int rankByChance) {
    /**
     * Validates the fields.
     *
     * @param rank 1 for the worst final-year do-something
     * @param name the footprint's name
     * @param region its region
     * @param doNothingGbpK final-year do-nothing, £'000
     * @param doSomethingGbpK final-year do-something, £'000
     * @param chanceOfBalance the Monte Carlo's chance of breaking even or better in the final year (0 to
     *     1), or NaN when no Monte Carlo was run
     * @param rankByChance 1 for the lowest chance of breaking even, 0 when no Monte Carlo was run
     */
    public LeagueRow {
      Objects.requireNonNull(name, "name");
      region = region == null ? "" : region;
    }
  }

  /**
   * A footprint with no result.
   *
   * @param name the footprint's name, or the file it came from
   * @param findings why
   */
  public record Failed(String name, List<ValidationFinding> findings) {
    /**
     * Validates and copies.
     *
     * @param name the footprint's name, or the file it came from
     * @param findings why
     */
    public Failed {
      Objects.requireNonNull(name, "name");
      findings = List.copyOf(findings);
    }
  }

  /**
   * Validates and copies.
   *
   * @param title document title
   * @param subject document subject
   * @param england the England page
   * @param regions one page per region, in order
   * @param footprints each footprint's content, in order
   * @param failed footprints that gave no result, with why
   * @param findings findings that belong to the run rather than a footprint
   * @param roundingStatement the rounding policy
   * @param league the footprints, worst final-year do-something first
   * @param monteCarlo the national Monte Carlo fan (£'000), when one was run
   */
  public NationalPack {
    Objects.requireNonNull(title, "title");
    subject = subject == null ? "" : subject;
    Objects.requireNonNull(england, "england");
    regions = List.copyOf(regions);
    footprints = List.copyOf(footprints);
    failed = failed == null ? List.of() : List.copyOf(failed);
    findings = findings == null ? List.of() : List.copyOf(findings);
    roundingStatement = roundingStatement == null ? "" : roundingStatement;
    league = league == null ? List.of() : List.copyOf(league);
    monteCarlo = monteCarlo == null ? java.util.Optional.empty() : monteCarlo;
  }
}
