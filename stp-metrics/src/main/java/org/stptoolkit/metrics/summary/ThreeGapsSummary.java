package org.stptoolkit.metrics.summary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.model.AreaCodes;
import org.stptoolkit.model.indicator.Gap;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * The three-gaps summary of a footprint.
 *
 * @param gaps one summary per gap, in {@link Gap} order
 * @param assessments every assessed value
 * @param findings problems found (values whose indicator has no definition, values that disagree with their counts)
 */
public record ThreeGapsSummary(List<GapSummary> gaps, List<IndicatorAssessment> assessments,
    List<ValidationFinding> findings) {

  /**
   * Copies the lists.
   *
   * @param gaps one summary per gap, in {@link Gap} order
   * @param assessments every assessed value
   * @param findings problems found (values whose indicator has no definition, values that disagree with
   *     their counts)
   */
  public ThreeGapsSummary {
    gaps = List.copyOf(gaps);
    assessments = List.copyOf(assessments);
    findings = List.copyOf(findings);
  }

  /**
   * The summary of one gap.
   *
   * @param gap the gap
   * @return the summary of one gap
   */
  public GapSummary gap(Gap gap) {
    return gaps.stream().filter(g -> g.gap() == gap).findFirst().orElseThrow();
  }

  /** Area code of England, the benchmark of the three-gaps summary. */
  public static final String ENGLAND = AreaCodes.ENGLAND;

  /**
   * The summary of a footprint's own indicators: its values other than England's and the regions' (see
   * {@link AreaCodes}) are compared with England's and the region's of the same indicator, period, sex
   * and age, using the footprint's definitions and, for indicators it does not define, the built-in
   * catalogue.
   *
   * @param footprint the footprint
   * @param finance the final-year finance positions from the engine, or {@code null}
   * @param worstCount how many of the worst misses to keep per gap
   * @return the summary
   */
  public static ThreeGapsSummary ofFootprint(org.stptoolkit.model.Footprint footprint, FinancePosition finance,
      int worstCount) {
    List<IndicatorValue> area = footprint.indicators().stream().filter(v -> !AreaCodes.isBenchmark(v.areaCode())).toList();
    List<IndicatorValue> england = footprint.indicators().stream().filter(v -> AreaCodes.isEngland(v.areaCode())).toList();
    List<IndicatorValue> regions = footprint.indicators().stream().filter(v -> AreaCodes.isRegion(v.areaCode())).toList();
    List<IndicatorDefinition> defs = new ArrayList<>(org.stptoolkit.metrics.catalogue.Indicators.all());
    defs.removeIf(d -> footprint.indicatorDefinitions().stream().anyMatch(x -> x.id().equals(d.id())));
    defs.addAll(footprint.indicatorDefinitions());
    return of(area, defs, england, regions, finance, worstCount);
  }

  /**
   * Builds the summary.
   *
   * @param values the area's indicator values
   * @param definitions definitions of the indicators (values whose indicator is missing are reported)
   * @param england England's values; matched on indicator, period, sex and age
   * @param finance the final-year finance positions, or {@code null}
   * @param worstCount how many of the worst misses to keep per gap
   * @return the summary
   */
  public static ThreeGapsSummary of(Collection<IndicatorValue> values, Collection<IndicatorDefinition> definitions,
      Collection<IndicatorValue> england, FinancePosition finance, int worstCount) {
    return of(values, definitions, england, List.of(), finance, worstCount);
  }

  /**
   * Builds the summary with a region as a second benchmark. The counts of each gap are against England;
   * each assessment also carries its comparison with, and difference from, the region's value of the same
   * indicator, period, sex and age. When values of more than one region match a value, none is used (the
   * region of the area is not known from the value alone).
   *
   * @param values the area's indicator values
   * @param definitions definitions of the indicators (values whose indicator is missing are reported)
   * @param england England's values; matched on indicator, period, sex and age
   * @param regions the regions' values; matched the same way
   * @param finance the final-year finance positions, or {@code null}
   * @param worstCount how many of the worst misses to keep per gap
   * @return the summary
   */
  public static ThreeGapsSummary of(Collection<IndicatorValue> values, Collection<IndicatorDefinition> definitions,
      Collection<IndicatorValue> england, Collection<IndicatorValue> regions, FinancePosition finance, int worstCount) {
    Map<String, IndicatorDefinition> defs = new HashMap<>();
    definitions.forEach(d -> defs.put(d.id(), d));
    Map<String, IndicatorValue> eng = new HashMap<>();
    england.forEach(e -> eng.put(key(e), e));
    Map<String, IndicatorValue> region = new HashMap<>();
    java.util.Set<String> ambiguous = new java.util.HashSet<>();
    for (IndicatorValue r : regions) {
      IndicatorValue before = region.putIfAbsent(key(r), r);
      if (before != null && !before.areaCode().equals(r.areaCode())) {
        ambiguous.add(key(r));
      }
    }
    ambiguous.forEach(region::remove);
    List<IndicatorAssessment> assessments = new ArrayList<>();
    List<ValidationFinding> findings = new ArrayList<>();
    for (IndicatorValue v : values) {
      IndicatorDefinition d = defs.get(v.indicatorId());
      if (d == null) {
        findings.add(ValidationFinding.warning("INDICATOR_NOT_DEFINED", Location.of(v.indicatorId() + " " + v.areaCode()),
            "a definition for indicator " + v.indicatorId(), "none"));
        continue;
      }
      IndicatorAssessment a = IndicatorAssessor.assess(d, v, eng.get(key(v)), region.get(key(v)));
      assessments.add(a);
      findings.addAll(a.findings());
    }
    Map<Gap, List<IndicatorAssessment>> byGap = new EnumMap<>(Gap.class);
    for (Gap g : Gap.values()) {
      byGap.put(g, new ArrayList<>());
    }
    assessments.forEach(a -> byGap.get(a.definition().gap()).add(a));
    List<GapSummary> gaps = new ArrayList<>();
    for (Gap g : Gap.values()) {
      gaps.add(summarise(g, byGap.get(g), g == Gap.FINANCE_AND_EFFICIENCY ? finance : null, worstCount));
    }
    return new ThreeGapsSummary(gaps, assessments, findings);
  }

  private static GapSummary summarise(Gap gap, List<IndicatorAssessment> list, FinancePosition finance, int worstCount) {
    int[] counts = new int[BenchmarkOutcome.values().length];
    int withStandard = 0;
    List<IndicatorAssessment> misses = new ArrayList<>();
    for (IndicatorAssessment a : list) {
      counts[a.comparedWithEngland().direction().ordinal()]++;
      if (a.definition().standard() != null && a.standard().gapInUnits() != null) {
        withStandard++;
        if (!a.standard().met()) {
          misses.add(a);
        }
      }
    }
    misses.sort(Comparator.comparingDouble((IndicatorAssessment a) ->
        a.standard().relativeGap() == null ? a.standard().gapInUnits() : a.standard().relativeGap()).reversed());
    return new GapSummary(gap, list.size(), counts[BenchmarkOutcome.WORSE.ordinal()],
        counts[BenchmarkOutcome.SIMILAR.ordinal()], counts[BenchmarkOutcome.BETTER.ordinal()],
        counts[BenchmarkOutcome.HIGHER.ordinal()], counts[BenchmarkOutcome.LOWER.ordinal()],
        counts[BenchmarkOutcome.NOT_COMPARED.ordinal()], withStandard, misses.size(),
        misses.subList(0, Math.min(Math.max(worstCount, 0), misses.size())), finance);
  }

  private static String key(IndicatorValue v) {
    return v.indicatorId() + "\u0000" + v.period() + "\u0000" + v.sex() + "\u0000" + v.age();
  }
}
