package org.stptoolkit.metrics.fingertips;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stptoolkit.metrics.catalogue.Indicators;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.Provenance;
import org.stptoolkit.model.AreaCodes;
import org.stptoolkit.model.indicator.IndicatorDefinition;
import org.stptoolkit.model.indicator.IndicatorValue;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.ValueType;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Brings Fingertips exports into a footprint, so that they feed everything the footprint's own indicator
 * values feed (the three-gaps summary, the workbook's Indicators sheet, the pack).
 *
 * <ol>
 *   <li>Rows are matched to the footprint by area code ({@link AreaCodes#of}: each organisation's and
 *       local plan's code and ONS/ODS area codes). England's rows are kept, and a region's rows when the
 *       region is the Parent Code of a kept footprint row. Every other row is left out, with one INFO
 *       {@code FINGERTIPS_OUTSIDE_FOOTPRINT} per file saying how many. Rows broken down by a category
 *       (deprivation decile, ethnic group) are left out too, with one INFO saying how many.</li>
 *   <li>Each kept row's indicator is looked up in the {@link FingertipsCatalogue} by Indicator ID and sex;
 *       rows of an indicator the catalogue does not hold are left out, with one WARNING per indicator.</li>
 *   <li>The kept rows are filled exactly as {@code stp compare} fills them ({@link FingertipsComparison}),
 *       with the catalogue's value type, multiplier and polarity: a value and its 95% and 99.8% limits from
 *       Count and Denominator, or the published value and limits kept (life expectancy); its findings name
 *       the row's place in the file.</li>
 *   <li>The filled rows become indicator values under the catalogue's definition id and are merged with
 *       the footprint's own: where the footprint already holds a value for the same indicator, area,
 *       period, sex and age, the footprint's value wins and an INFO {@code FINGERTIPS_FOOTPRINT_VALUE_KEPT}
 *       says so; of two exports giving the same value, the first wins (INFO
 *       {@code FINGERTIPS_DUPLICATE_ROW}).</li>
 * </ol>
 * Catalogue definitions that are neither built in nor defined by the footprint are added to its
 * definitions.
 *
 * @param footprint the footprint with the merged indicators
 * @param findings what was found, in file order
 * @param valuesAdded indicator values added to the footprint
 */
public record FingertipsImport(Footprint footprint, List<ValidationFinding> findings, int valuesAdded) {

  /** Rule of the one finding per file on rows for areas outside the footprint. */
  public static final String OUTSIDE_FOOTPRINT = "FINGERTIPS_OUTSIDE_FOOTPRINT";
  /** Rule of a footprint value that wins over an export's. */
  public static final String FOOTPRINT_VALUE_KEPT = "FINGERTIPS_FOOTPRINT_VALUE_KEPT";
  /** Rule of an indicator the catalogue does not hold. */
  public static final String NOT_IN_CATALOGUE = "FINGERTIPS_INDICATOR_NOT_IN_CATALOGUE";
  /** Rule of the one finding per file on rows broken down by a category. */
  public static final String CATEGORY_ROWS = "FINGERTIPS_CATEGORY_ROWS";
  /** Rule of a value given twice by the exports. */
  public static final String DUPLICATE_ROW = "FINGERTIPS_DUPLICATE_ROW";

  /**
   * Copies the findings.
   *
   * @param footprint the footprint with the merged indicators
   * @param findings what was found, in file order
   * @param valuesAdded indicator values added to the footprint
   */
  public FingertipsImport {
    findings = List.copyOf(findings);
  }

  /**
   * One export as read.
   *
   * @param fileName the file name, for findings
   * @param table the table read from it
   */
  public record Export(String fileName, FingertipsTable table) {
    /**
     * Validates the fields.
     *
     * @param fileName the file name, for findings
     * @param table the table read from it
     */
    public Export {
      fileName = fileName == null ? "" : fileName;
      if (table == null) {
        throw new IllegalArgumentException("export " + fileName + " has no table");
      }
    }
  }

  /**
   * Merges exports into a footprint with the built-in catalogue.
   *
   * @param footprint the footprint
   * @param exports the exports, in the order given
   * @return the footprint with the merged values, and the findings
   */
  public static FingertipsImport merge(Footprint footprint, List<Export> exports) {
    return merge(footprint, exports, FingertipsCatalogue.builtIn());
  }

  /**
   * Merges exports into a footprint.
   *
   * @param footprint the footprint
   * @param exports the exports, in the order given
   * @param catalogue which Fingertips indicators are known, and how
   * @return the footprint with the merged values, and the findings
   */
  public static FingertipsImport merge(Footprint footprint, List<Export> exports, FingertipsCatalogue catalogue) {
    Set<String> areas = AreaCodes.of(footprint);
    List<ValidationFinding> findings = new ArrayList<>();
    Map<String, IndicatorValue> own = new HashMap<>();
    footprint.indicators().forEach(v -> own.putIfAbsent(key(v), v));
    Map<String, IndicatorValue> added = new LinkedHashMap<>();
    Map<String, IndicatorDefinition> usedDefinitions = new LinkedHashMap<>();
    FillOptions options = new FillOptions(ValueType.PROPORTION, 100, Polarity.NO_JUDGEMENT, null, false,
        catalogue.byFingertipsId());
    for (Export export : exports) {
      String file = export.fileName();
      List<FingertipsRow> rows = export.table().rows();
      Set<String> regions = new HashSet<>();
      for (FingertipsRow r : rows) {
        if (areas.contains(r.areaCode()) && AreaCodes.isRegion(r.parentCode())) {
          regions.add(r.parentCode());
        }
      }
      List<FingertipsRow> kept = new ArrayList<>();
      List<Integer> dataRows = new ArrayList<>();
      int outside = 0;
      int categorised = 0;
      Map<String, int[]> unknown = new LinkedHashMap<>();
      Map<String, String> unknownNames = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        FingertipsRow r = rows.get(i);
        boolean ours = areas.contains(r.areaCode()) || r.isEngland() || regions.contains(r.areaCode());
        if (!ours) {
          outside++;
          continue;
        }
        if (!r.categoryType().isBlank()) {
          categorised++;
          continue;
        }
        if (catalogue.find(r.indicatorId(), r.sex()).isEmpty()) {
          unknown.computeIfAbsent(r.indicatorId() + (r.sex().isBlank() ? "" : " (" + r.sex() + ")"), k -> new int[1])[0]++;
          unknownNames.putIfAbsent(r.indicatorId() + (r.sex().isBlank() ? "" : " (" + r.sex() + ")"), r.indicatorName());
          continue;
        }
        kept.add(r);
        dataRows.add(i + 1);
      }
      if (outside > 0) {
        findings.add(ValidationFinding.info(OUTSIDE_FOOTPRINT, new Location(file, ""),
            "rows for the footprint's areas (" + areas.size() + " area codes of its organisations and local plans),"
                + " England (" + AreaCodes.ENGLAND + ") or its region",
            outside + (outside == 1 ? " row" : " rows") + " for other areas, ignored"));
      }
      if (categorised > 0) {
        findings.add(ValidationFinding.info(CATEGORY_ROWS, new Location(file, ""),
            "rows for whole areas (Category Type empty)",
            categorised + (categorised == 1 ? " row" : " rows") + " broken down by a category, not used"));
      }
      unknown.forEach((id, n) -> findings.add(ValidationFinding.warning(NOT_IN_CATALOGUE,
          new Location(file, "indicator " + id), "an indicator in the toolkit's Fingertips catalogue"
              + " (which gap it feeds, its value type, multiplier and polarity)",
          "'" + unknownNames.get(id) + "': " + n[0] + (n[0] == 1 ? " row" : " rows") + " not used")));
      FingertipsComparisonResult filled = FingertipsComparison.fill(export.table().withRows(kept), options, file,
          dataRows.stream().mapToInt(Integer::intValue).toArray());
      findings.addAll(filled.findings());
      for (int i = 0; i < filled.table().rows().size(); i++) {
        FingertipsRow r = filled.table().rows().get(i);
        Optional<FingertipsCatalogue.Entry> entry = catalogue.find(r.indicatorId(), r.sex());
        Optional<IndicatorValue> value = entry.isEmpty() || r.value() == null && (r.count() == null || r.denominator() == null)
            ? Optional.empty() : valueOf(r, entry.get().definition(), file);
        if (value.isEmpty()) {
          continue;
        }
        IndicatorValue v = value.get();
        String k = key(v);
        Location where = new Location(file, "data row " + dataRows.get(i) + " " + r.indicatorId() + " "
            + r.areaCode() + " " + r.timePeriod() + " " + v.sex());
        if (own.containsKey(k)) {
          findings.add(ValidationFinding.info(FOOTPRINT_VALUE_KEPT, where,
              "one value of " + v.indicatorId() + " for " + v.areaCode() + " " + v.period() + " " + v.sex(),
              "the footprint's own value " + FingertipsRow.n(own.get(k).value()) + " kept; the export's "
                  + FingertipsRow.n(v.value()) + " not used"));
        } else if (added.containsKey(k)) {
          findings.add(ValidationFinding.info(DUPLICATE_ROW, where,
              "one value of " + v.indicatorId() + " for " + v.areaCode() + " " + v.period() + " " + v.sex(),
              "a second value " + FingertipsRow.n(v.value()) + "; the first, from " + added.get(k).note() + ", kept"));
        } else {
          added.put(k, v);
          usedDefinitions.putIfAbsent(entry.get().definition().id(), entry.get().definition());
        }
      }
    }
    List<IndicatorDefinition> definitions = new ArrayList<>(footprint.indicatorDefinitions());
    for (IndicatorDefinition d : usedDefinitions.values()) {
      boolean known = Indicators.find(d.id()).isPresent()
          || definitions.stream().anyMatch(x -> x.id().equals(d.id()));
      if (!known) {
        definitions.add(d);
      }
    }
    List<IndicatorValue> values = new ArrayList<>(footprint.indicators());
    values.addAll(added.values());
    return new FingertipsImport(footprint.withIndicators(definitions, values), findings, added.size());
  }

  private static Optional<IndicatorValue> valueOf(FingertipsRow r, IndicatorDefinition d, String file) {
    try {
      boolean ci95 = r.lower95() != null && r.upper95() != null;
      boolean ci998 = r.lower998() != null && r.upper998() != null;
      return Optional.of(new IndicatorValue(d.id(), r.areaCode(), r.areaName(), r.timePeriod(), r.sex(), r.age(),
          r.value(), r.count(), r.denominator(), Provenance.PUBLISHED,
          "Fingertips indicator " + r.indicatorId() + ", " + file, ci95 ? r.lower95() : null, ci95 ? r.upper95() : null,
          ci998 ? r.lower998() : null, ci998 ? r.upper998() : null));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String key(IndicatorValue v) {
    return String.join("\u0000", v.indicatorId(), v.areaCode(), v.period(), v.sex(), v.age());
  }
}
