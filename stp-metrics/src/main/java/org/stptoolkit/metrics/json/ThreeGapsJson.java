package org.stptoolkit.metrics.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.stptoolkit.metrics.comparison.RagRating;
import org.stptoolkit.metrics.intervals.Interval;
import org.stptoolkit.metrics.summary.GapSummary;
import org.stptoolkit.metrics.summary.IndicatorAssessment;
import org.stptoolkit.metrics.summary.ThreeGapsSummary;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Writes a {@link ThreeGapsSummary} as the result's {@code threeGaps} section: the gaps' counts, each
 * assessment with its value, both intervals and its comparisons, and the findings. Numbers are written as
 * computed (no rounding); a number that is not known is left out rather than written as null.
 */
public final class ThreeGapsJson {
  /** Name of the section in the result JSON. */
  public static final String SECTION = "threeGaps";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ThreeGapsJson() {}

  /**
   * The section.
   *
   * @param summary the summary
   * @param moreFindings findings to list before the summary's own (e.g. from reading Fingertips exports)
   * @return the JSON tree
   */
  public static ObjectNode toTree(ThreeGapsSummary summary, List<ValidationFinding> moreFindings) {
    ObjectNode root = F.objectNode();
    ArrayNode gaps = root.putArray("gaps");
    for (GapSummary g : summary.gaps()) {
      ObjectNode n = gaps.addObject();
      n.put("gap", g.gap().name());
      n.put("indicators", g.indicators());
      n.put("worse", g.worse());
      n.put("similar", g.similar());
      n.put("better", g.better());
      n.put("higher", g.higher());
      n.put("lower", g.lower());
      n.put("notCompared", g.notCompared());
      n.put("withStandard", g.withStandard());
      n.put("missingStandard", g.missingStandard());
    }
    ArrayNode assessments = root.putArray("assessments");
    for (IndicatorAssessment a : summary.assessments()) {
      ObjectNode n = assessments.addObject();
      n.put("indicator", a.definition().id());
      n.put("name", a.definition().name());
      n.put("gap", a.definition().gap().name());
      if (!a.definition().unit().isEmpty()) {
        n.put("unit", a.definition().unit());
      }
      n.put("areaCode", a.value().areaCode());
      n.put("areaName", a.value().areaName());
      n.put("period", a.value().period());
      n.put("sex", a.value().sex());
      n.put("age", a.value().age());
      number(n, "value", a.estimate().value());
      Interval ci95 = a.estimate().ci95();
      Interval ci998 = a.estimate().ci998();
      if (ci95 != null) {
        n.put("lower95", ci95.lower());
        n.put("upper95", ci95.upper());
      }
      if (ci998 != null) {
        n.put("lower998", ci998.lower());
        n.put("upper998", ci998.upper());
      }
      if (ci95 != null && a.estimate().method() != org.stptoolkit.metrics.intervals.CiMethod.NONE) {
        n.put("method", a.estimate().method().name());
      }
      number(n, "england", a.englandValue());
      n.put("comparedWithEngland", a.comparedWithEngland().label());
      if (a.differenceFromEngland() != null) {
        n.put("differenceFromEngland", a.differenceFromEngland().text());
      }
      if (a.region() != null) {
        n.put("regionCode", a.region().areaCode());
        number(n, "region", a.differenceFromRegion() == null ? a.region().value() : a.differenceFromRegion().comparator());
      }
      n.put("comparedWithRegion", a.comparedWithRegion().label());
      if (a.differenceFromRegion() != null) {
        n.put("differenceFromRegion", a.differenceFromRegion().text());
      }
      RagRating rag = a.standard().byInterval() == RagRating.NOT_ASSESSED ? a.standard().byValue() : a.standard().byInterval();
      if (rag != RagRating.NOT_ASSESSED) {
        n.put("standard", rag.label());
      }
    }
    ArrayNode findings = root.putArray("findings");
    for (List<ValidationFinding> list : List.of(moreFindings, summary.findings())) {
      for (ValidationFinding f : list) {
        ObjectNode n = findings.addObject();
        n.put("severity", f.severity().name());
        n.put("rule", f.rule());
        n.put("location", f.location().toString());
        n.put("expected", f.expected());
        n.put("found", f.found());
      }
    }
    return root;
  }

  private static void number(ObjectNode n, String field, Double v) {
    if (v != null && Double.isFinite(v)) {
      n.put(field, v);
    }
  }
}
