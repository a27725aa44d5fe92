package org.stptoolkit.finance.aggregation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.projection.OrganisationResult;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.Region;

/**
 * Aggregates results organisation → local plan → footprint → region → England, so that every parent's
 * measure is exactly the sum of its children's (the same floating-point additions in a fixed order).
 *
 * <p>The measures are {@link Measure}'s: the organisation measures are summed at every level, the
 * health bridge's from footprint level up. All results aggregated together must cover the same plan
 * years.
 */
public final class Aggregation {

  private Aggregation() {}

  /**
   * One footprint as a tree: its local plans and organisations.
   *
   * @param r the footprint's result
   * @return the footprint's node, with a child per local plan and, under each, its organisations
   */
  public static AggregateNode footprint(FootprintResult r) {
    int years = r.period().size();
    Map<String, List<AggregateNode>> byPlan = new LinkedHashMap<>();
    List<AggregateNode> children = new ArrayList<>();
    for (OrganisationResult o : r.organisations()) {
      AggregateNode leaf = organisation(o, years);
      if (o.localPlan() == null) {
        children.add(leaf);
      } else {
        if (!byPlan.containsKey(o.localPlan())) {
          byPlan.put(o.localPlan(), new ArrayList<>());
        }
        byPlan.get(o.localPlan()).add(leaf);
      }
    }
    List<AggregateNode> plans = new ArrayList<>();
    byPlan.forEach((code, orgs) -> plans.add(new AggregateNode(AggregateNode.Level.LOCAL_PLAN, code,
        code, sum(orgs, years), orgs)));
    plans.addAll(children);
    Map<Measure, ByYear> m = new LinkedHashMap<>(sum(plans, years));
    m.put(Measure.DO_NOTHING, r.health().doNothing());
    m.put(Measure.SOLUTIONS, r.health().totalSolutions());
    m.put(Measure.FUNDING_APPLIED, r.health().fundingApplied());
    m.put(Measure.DO_SOMETHING, r.health().doSomething());
    m.put(Measure.RISK_ADJUSTED_DO_SOMETHING, r.risk().riskAdjustedDoSomething());
    return new AggregateNode(AggregateNode.Level.FOOTPRINT, Integer.toString(r.footprintNumber()),
        r.footprintName(), m, plans);
  }

  /**
   * Many footprints as England → regions (in the enum's order, only those present) → footprints.
   *
   * @param results the footprints that ran, in order (at least one)
   * @return the England node, with a child per region and, under each, its footprints
   */
  public static AggregateNode england(List<FootprintResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("aggregation needs at least one footprint result");
    }
    int years = results.get(0).period().size();
    Map<Region, List<AggregateNode>> byRegion = new EnumMap<>(Region.class);
    for (FootprintResult r : results) {
      if (r.period().size() != years) {
        throw new IllegalArgumentException("footprint " + r.footprintName() + " covers "
            + r.period().size() + " plan years, others " + years + "; aggregate like with like");
      }
      byRegion.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(footprint(r));
    }
    List<AggregateNode> regions = new ArrayList<>();
    byRegion.forEach((region, fps) -> regions.add(new AggregateNode(AggregateNode.Level.REGION,
        region.name(), region.label(), sum(fps, years), fps)));
    return new AggregateNode(AggregateNode.Level.ENGLAND, "ENGLAND", "England", sum(regions, years),
        regions);
  }

  private static AggregateNode organisation(OrganisationResult o, int years) {
    ByYear zero = ByYear.zeros(years);
    OrganisationType t = o.type();
    Map<Measure, ByYear> m = new LinkedHashMap<>();
    m.put(Measure.HEALTH_SURPLUS, t.isNhs() ? o.surplus() : zero);
    m.put(Measure.SOCIAL_CARE_SURPLUS, t.sector() == OrganisationType.Sector.SOCIAL_CARE ? o.surplus() : zero);
    m.put(Measure.COMMISSIONER_SPEND, t.isCommissioner() ? o.expenditure() : zero);
    m.put(Measure.PROVIDER_INCOME, t.isProvider() ? o.income() : zero);
    return new AggregateNode(AggregateNode.Level.ORGANISATION, o.code(), o.name(), m, List.of());
  }

  /** Σ over children of every measure that all of them carry, in the children's order. */
  private static Map<Measure, ByYear> sum(List<AggregateNode> children, int years) {
    Map<Measure, ByYear> out = new LinkedHashMap<>();
    if (children.isEmpty()) {
      return out;
    }
    for (Measure name : children.get(0).measures().keySet()) {
      if (children.stream().allMatch(c -> c.measures().containsKey(name))) {
        ByYear s = ByYear.zeros(years);
        for (AggregateNode c : children) {
          s = s.plus(c.measures().get(name));
        }
        out.put(name, s);
      }
    }
    return out;
  }
}
