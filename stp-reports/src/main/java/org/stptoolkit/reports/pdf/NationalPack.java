package org.stptoolkit.reports.pdf;

import java.util.List;
import java.util.Objects;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * A national run's pack: an England summary, one page per region, then each footprint's own pack.
 *
 * @param title document title
 * @param subject document subject
 * @param england the England page
 * @param regions one page per region, in order
 * @param footprints each footprint's content, in order
 * @param findings findings that belong to the run rather than a footprint (files that failed)
 * @param roundingStatement the rounding policy
 */
public record NationalPack(String title, String subject, AreaView england, List<AreaView> regions,
    List<PackContent> footprints, List<ValidationFinding> findings, String roundingStatement) {

  /** Validates and copies. */
  public NationalPack {
    Objects.requireNonNull(title, "title");
    subject = subject == null ? "" : subject;
    Objects.requireNonNull(england, "england");
    regions = List.copyOf(regions);
    footprints = List.copyOf(footprints);
    findings = findings == null ? List.of() : List.copyOf(findings);
    roundingStatement = roundingStatement == null ? "" : roundingStatement;
  }
}
