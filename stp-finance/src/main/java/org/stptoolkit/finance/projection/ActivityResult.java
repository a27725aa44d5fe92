package org.stptoolkit.finance.projection;

import java.util.List;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.activity.PointOfDelivery;

/**
 * Activity, beds and workforce projected with the do-nothing drivers.
 *
 * @param byPod spells by point of delivery (summed over providers) by plan year
 * @param baseCases base-year inpatient cases (elective, day case, non-elective)
 * @param cases inpatient cases by plan year
 * @param baseBeds base-year beds at the target occupancy: bed-days ÷ (365 × occupancy)
 * @param beds beds by plan year
 * @param workforce staff groups by plan year (WTE)
 * @param targetOccupancy the occupancy beds are planned at
 */
public record ActivityResult(List<PodSpells> byPod, double baseCases, ByYear cases, double baseBeds,
    ByYear beds, List<WorkforceLine> workforce, double targetOccupancy) {

  /**
   * Copies the lists.
   *
   * @param byPod spells by point of delivery (summed over providers) by plan year
   * @param baseCases base-year inpatient cases (elective, day case, non-elective)
   * @param cases inpatient cases by plan year
   * @param baseBeds base-year beds at the target occupancy: bed-days ÷ (365 × occupancy)
   * @param beds beds by plan year
   * @param workforce staff groups by plan year (WTE)
   * @param targetOccupancy the occupancy beds are planned at
   */
  public ActivityResult {
    byPod = List.copyOf(byPod);
    workforce = List.copyOf(workforce);
  }

  /**
   * Additional inpatient cases in the final plan year over the base year.
   *
   * @return additional inpatient cases in the final plan year over the base year
   */
  public double additionalCases() {
    return cases.last() - baseCases;
  }

  /**
   * Additional beds in the final plan year over the base year.
   *
   * @return additional beds in the final plan year over the base year
   */
  public double additionalBeds() {
    return beds.last() - baseBeds;
  }

  /**
   * Spells at one point of delivery.
   *
   * @param pod point of delivery
   * @param baseSpells base-year spells
   * @param spells spells by plan year
   */
  public record PodSpells(PointOfDelivery pod, double baseSpells, ByYear spells) {}

  /**
   * One staff group.
   *
   * @param name e.g. "Consultants"
   * @param baseWte base-year WTE
   * @param wte WTE by plan year
   */
  public record WorkforceLine(String name, double baseWte, ByYear wte) {
    /**
     * Additional WTE in the final plan year.
     *
     * @return additional WTE in the final plan year
     */
    public double additional() {
      return wte.last() - baseWte;
    }
  }
}
