package org.stptoolkit.finance.internal;

import org.stptoolkit.finance.projection.ActivityResult;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.activity.PodActivity;
import org.stptoolkit.model.activity.PointOfDelivery;
import org.stptoolkit.model.activity.StaffGroup;
import org.stptoolkit.model.finance.Driver;

/**
 * Activity, beds and workforce from the same drivers as the money:
 * <ul>
 *   <li>spells(t) = spells(t − 1) × (1 + demographic)(1 + nonDemographic) of the provider;</li>
 *   <li>beds(t) = Σ spells(t) × length of stay ÷ (365 × target occupancy);</li>
 *   <li>WTE(t) of an activity-linked staff group = base WTE × cost-weighted activity index (Σ spells ×
 *       unit cost relative to the base year); other groups stay at their base.</li>
 * </ul>
 */
public final class ActivityProjection {

  private ActivityProjection() {}

  /**
   * Projects the footprint's activity baseline with its own drivers.
   *
   * @param r the resolved footprint
   * @return spells, beds and workforce by plan year, with their base-year values
   */
  public static ActivityResult run(ResolvedFootprint r) {
    int years = r.planYears();
    ActivityBaseline baseline = r.footprint().activity();
    double occ = baseline.targetOccupancy();
    Map<PointOfDelivery, double[]> pod = new EnumMap<>(PointOfDelivery.class);
    Map<PointOfDelivery, Double> podBase = new EnumMap<>(PointOfDelivery.class);
    double[] cases = new double[years];
    double[] bedDays = new double[years];
    double[] cost = new double[years];
    double baseCases = 0;
    double baseBedDays = 0;
    double baseCost = 0;
    List<PodActivity> rows = r.activityRows();
    for (int i = 0; i < rows.size(); i++) {
      PodActivity a = rows.get(i);
      int o = r.activityOrg[i];
      double spells = a.spells();
      podBase.merge(a.pod(), spells, Double::sum);
      baseBedDays += a.bedDays();
      baseCost += spells * a.unitCostGbp();
      if (r.activityInpatient[i]) {
        baseCases += spells;
      }
      double[] podYears = pod.computeIfAbsent(a.pod(), k -> new double[years]);
      for (int y = 0; y < years; y++) {
        spells *= (1 + r.rate(o, Driver.DEMOGRAPHIC_GROWTH, y)) * (1 + r.rate(o, Driver.NON_DEMOGRAPHIC_GROWTH, y));
        podYears[y] += spells;
        bedDays[y] += spells * a.averageLengthOfStayDays();
        cost[y] += spells * a.unitCostGbp();
        if (r.activityInpatient[i]) {
          cases[y] += spells;
        }
      }
    }
    List<ActivityResult.PodSpells> byPod = new ArrayList<>();
    pod.forEach((k, v) -> byPod.add(new ActivityResult.PodSpells(k, podBase.get(k), ByYear.of(v))));
    double[] beds = new double[years];
    for (int y = 0; y < years; y++) {
      beds[y] = bedDays[y] / (365 * occ);
    }
    List<ActivityResult.WorkforceLine> wf = new ArrayList<>();
    for (StaffGroup g : baseline.workforce()) {
      double[] wte = new double[years];
      for (int y = 0; y < years; y++) {
        double index = g.activityLinked() && baseCost > 0 ? cost[y] / baseCost : 1;
        wte[y] = g.wte() * index;
      }
      wf.add(new ActivityResult.WorkforceLine(g.name(), g.wte(), ByYear.of(wte)));
    }
    return new ActivityResult(byPod, baseCases, ByYear.of(cases), baseBedDays / (365 * occ),
        ByYear.of(beds), wf, occ);
  }
}
