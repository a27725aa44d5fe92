package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * A national run's pack: an England summary, one page per region, the footprints that failed with
 * their findings, then each footprint's own pack. Built by {@link NationalPacks}.
 *
 * @param title document title
 * @param subject document subject
 * @param england the England page
 * @param regions one page per region, in order
 * @param footprints each footprint's content, in order
 * @param failed footprints that gave no result, with why
 * @param findings findings that belong to the run rather than a footprint
 * @param roundingStatement the rounding policy
 */
public record NationalPack(String title, String subject, AreaView england, List<AreaView> regions,
    List<PackContent> footprints, List<Failed> failed, List<ValidationFinding> findings,
    String roundingStatement) {

  /**
   * A footprint with no result.
   *
   * @param name the footprint's name, or the file it came from
   * @param findings why
   */
  public record Failed(String name, List<ValidationFinding> findings) {
    /** Validates and copies. */
    public Failed {
      Objects.requireNonNull(name, "name");
      findings = List.copyOf(findings);
    }
  }

  /** Validates and copies. */
  public NationalPack {
    Objects.requireNonNull(title, "title");
    subject = subject == null ? "" : subject;
    Objects.requireNonNull(england, "england");
    regions = List.copyOf(regions);
    footprints = List.copyOf(footprints);
    failed = failed == null ? List.of() : List.copyOf(failed);
    findings = findings == null ? List.of() : List.copyOf(findings);
    roundingStatement = roundingStatement == null ? "" : roundingStatement;
  }
}
