package org.stptoolkit.model.activity;

import java.util.List;
import org.stptoolkit.model.internal.Checks;

/**
 * Base-year activity, workforce and beds. Projected spells grow with activity growth; beds are
 * bed-days ÷ (365 × target occupancy); WTE grows with activity.
 *
 * @param activity spells by organisation and point of delivery
 * @param workforce staff groups (the first is the total; others, such as consultants, are inside it)
 * @param targetOccupancy bed occupancy to plan beds at (0.85 = 85%), above 0 and at most 100%
 * @param provenance note on where the baseline comes from
 */
public record ActivityBaseline(List<PodActivity> activity, List<StaffGroup> workforce,
    double targetOccupancy, String provenance) {

  /**
   * Validates the fields.
   *
   * @param activity spells by organisation and point of delivery
   * @param workforce staff groups (the first is the total; others, such as consultants, are inside it)
   * @param targetOccupancy bed occupancy to plan beds at (0.85 = 85%), above 0 and at most 100%
   * @param provenance note on where the baseline comes from
   */
  public ActivityBaseline {
    activity = Checks.copy(activity, "activity");
    workforce = Checks.copy(workforce, "workforce");
    Checks.rateInRange(targetOccupancy, 0.01, 1.0, "target bed occupancy");
    provenance = provenance == null ? "" : provenance.strip();
  }

  /**
   * No activity (projections of activity, workforce and beds are then empty).
   *
   * @return an empty baseline
   */
  public static ActivityBaseline empty() {
    return new ActivityBaseline(List.of(), List.of(), 0.85, "");
  }
}
