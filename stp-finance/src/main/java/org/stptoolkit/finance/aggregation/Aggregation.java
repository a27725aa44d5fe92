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
 * <p>Measures (all £'000 by plan year):
 * <ul>
 *   <li>{@value #HEALTH_SURPLUS}: drivers-based do-nothing surplus of NHS bodies (commissioners and
 *       providers). The system position is this sum of surpluses, in which a pound a commissioner pays a
 *       provider counts once (as the commissioner's cost and the provider's income, which cancel).</li>
 *   <li>{@value #SOCIAL_CARE_SURPLUS}: drivers-based do-nothing of local authorities' social care.</li>
 *   <li>{@value #COMMISSIONER_SPEND} and {@value #PROVIDER_INCOME}: the two sides of the same flows, shown
 *       side by side and never added together (that would count the pound twice).</li>
 *   <li>From footprint level up, the health bridge: {@value #DO_NOTHING}, {@value #SOLUTIONS},
 *       {@value #FUNDING_APPLIED}, {@value #DO_SOMETHING}, {@value #RISK_ADJUSTED_DO_SOMETHING}.</li>
 * </ul>
 * All results aggregated together must cover the same plan years.
 */
public final class Aggregation {

  /** Measure name. */
  public static final String HEALTH_SURPLUS = "healthSurplus";
  /** Measure name. */
  public static final String SOCIAL_CARE_SURPLUS = "socialCareSurplus";
  /** Measure name. */
  public static final String COMMISSIONER_SPEND = "commissionerSpend";
  /** Measure name. */
  public static final String PROVIDER_INCOME = "providerIncome";
  /** Measure name. */
  public static final String DO_NOTHING = "doNothing";
  /** Measure name. */
  public static final String SOLUTIONS = "solutions";
  /** Measure name. */
  public static final String FUNDING_APPLIED = "fundingApplied";
  /** Measure name. */
  public static final String DO_SOMETHING = "doSomething";
  /** Measure name. */
  public static final String RISK_ADJUSTED_DO_SOMETHING = "riskAdjustedDoSomething";

  private Aggregation() {}

  /** One footprint as a tree: its local plans and organisations. */
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
    Map<String, ByYear> m = new LinkedHashMap<>(sum(plans, years));
    m.put(DO_NOTHING, r.health().doNothing());
    m.put(SOLUTIONS, r.health().totalSolutions());
    m.put(FUNDING_APPLIED, r.health().fundingApplied());
    m.put(DO_SOMETHING, r.health().doSomething());
    m.put(RISK_ADJUSTED_DO_SOMETHING, r.risk().riskAdjustedDoSomething());
    return new AggregateNode(AggregateNode.Level.FOOTPRINT, Integer.toString(r.footprintNumber()),
        r.footprintName(), m, plans);
  }

  /** Many footprints as England → regions (in the enum's order, only those present) → footprints. */
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
    Map<String, ByYear> m = new LinkedHashMap<>();
    m.put(HEALTH_SURPLUS, t.isNhs() ? o.surplus() : zero);
    m.put(SOCIAL_CARE_SURPLUS, t.sector() == OrganisationType.Sector.SOCIAL_CARE ? o.surplus() : zero);
    m.put(COMMISSIONER_SPEND, t.isCommissioner() ? o.expenditure() : zero);
    m.put(PROVIDER_INCOME, t.isProvider() ? o.income() : zero);
    return new AggregateNode(AggregateNode.Level.ORGANISATION, o.code(), o.name(), m, List.of());
  }

  /** Σ over children of every measure that all of them carry, in the children's order. */
  private static Map<String, ByYear> sum(List<AggregateNode> children, int years) {
    Map<String, ByYear> out = new LinkedHashMap<>();
    if (children.isEmpty()) {
      return out;
    }
    for (String name : children.get(0).measures().keySet()) {
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
