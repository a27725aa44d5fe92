package org.stptoolkit.reports.pdf;

import java.util.List;

/**
 * What the cover page says about the footprint.
 *
 * @param heading e.g. "Staffordshire &amp; Stoke-on-Trent"
 * @param facts labelled facts (footprint number, region, lead, plan period)
 * @param organisations the organisations, one line each
 * @param notes sources and choices (the model's notes)
 */
public record Cover(String heading, List<GapTile.Figure> facts, List<String> organisations,
    List<String> notes) {

  /**
   * Validates and copies.
   *
   * @param heading e.g. "Staffordshire &amp; Stoke-on-Trent"
   * @param facts labelled facts (footprint number, region, lead, plan period)
   * @param organisations the organisations, one line each
   * @param notes sources and choices (the model's notes)
   */
  public Cover {
    heading = heading == null ? "" : heading;
    facts = List.copyOf(facts);
    organisations = List.copyOf(organisations);
    notes = List.copyOf(notes);
  }
}
