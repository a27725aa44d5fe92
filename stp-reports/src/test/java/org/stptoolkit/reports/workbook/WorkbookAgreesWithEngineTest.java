package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.reports.internal.workbook.PoiComparison;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.synthetic.SyntheticNation;

/**
 * The workbook's live formulas compute what the engine computes, on every footprint: each template is
 * evaluated by POI with no cached value read, and every Do-nothing, Bridge and Summary figure is
 * compared with the engine's within {@link WorkbookFigures#TOLERANCE}; the master check must be OK. The
 * same POI evaluation then holds the toolkit's formula interpreter to POI on the 44 footprints of the nation
 * (as the template command writes them) and on jqwik's generated ones (other seeds): every formula cell's
 * value, to the bit ({@link PoiComparison}), each template on the interpreter's path.
 */
class WorkbookAgreesWithEngineTest {

  private static final long NATION_SEED = 2016;
  /** The default build's step through the ×10 nation: shares no factor with 44, so it meets every place of a block. */
  private static final int TIMES_TEN_STEP = 9;

  /** The 44 footprints of the synthetic nation, from the bytes the template command writes. */
  @Test
  void everyFootprintOfTheNationAgreesWithTheEngine() throws Exception {
    List<String> problems = new ArrayList<>();
    int figures = 0;
    int formulas = 0;
    for (Footprint fp : SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, NATION_SEED, 1)) {
      FootprintResult r = StpEngine.DEFAULT.run(fp);
      byte[] bytes = TemplateWriter.DEFAULT.write(fp, EngineFigures.from(r));
      try (XSSFWorkbook wb = WorkbookFixtures.open(bytes)) {
        Map<Cell, CellValue> interpreted = PoiComparison.interpreted(fp.name(), wb);
        WorkbookFigures poi = WorkbookFigures.evaluating(wb);
        WorkbookFigures.Comparison c = poi.compare(wb, r);
        figures += c.figures();
        c.mismatches().forEach(m -> problems.add("footprint " + fp.number() + ": " + m));
        formulas += PoiComparison.sameAsPoi(fp.name(), interpreted, poi::value);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(figures).isGreaterThan(44 * 50);
    // and every formula cell's value the toolkit's interpreter stores is POI's (~2,250 a template)
    assertThat(formulas).isGreaterThan(44 * 1_500);
  }

  /**
   * The ×10 nation, evaluated in memory (the bridge chart's drawing left out): with {@code -Dstp.thorough=true}
   * ({@code -Pthorough}) all 440 footprints; in the default build every {@value #TIMES_TEN_STEP}th (footprints 1,
   * 10, 19, ..., 433: 49 of them), which as 9 and 44 share no factor puts each of the 44 places of a block (its
   * region and size rank) through POI at least once, each from another of the ten blocks.
   */
  @Test
  void everyFootprintOfTheTimesTenNationAgreesWithTheEngine() {
    SyntheticNation nation = SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, NATION_SEED + 1, 10);
    int step = Boolean.getBoolean("stp.thorough") ? 1 : TIMES_TEN_STEP;
    List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, nation.size())
        .filter(n -> (n - 1) % step == 0).boxed().toList();
    assertThat(numbers.stream().map(n -> (n - 1) % SyntheticNation.FOOTPRINTS_2016).distinct())
        .as("every place of a block").hasSize(SyntheticNation.FOOTPRINTS_2016);
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger checked = new AtomicInteger();
    numbers.parallelStream().forEach(n -> {
      Footprint fp = nation.footprint(n);
      problems.addAll(compare(fp, false).stream().map(m -> "footprint " + fp.number() + ": " + m).toList());
      checked.incrementAndGet();
    });
    assertThat(checked).hasValue(step == 1 ? 440 : 49);
    assertThat(problems).isEmpty();
  }

  /**
   * Generated footprints: any seed, any number. Tries: {@code -Dstp.jqwik.tries} (README "Tests": 25 in the
   * default build, 500 with {@code -Pthorough}; there were 200 before the suite was sized).
   */
  @Property
  void generatedFootprintsAgreeWithTheEngine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 44) int number) {
    Footprint fp = SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, seed, 1).footprint(number);
    assertThat(compare(fp, true)).isEmpty();
  }

  /** The figures that disagree with the engine; {@code interpreter}: and the interpreter held to POI. */
  private static List<String> compare(Footprint fp, boolean interpreter) {
    FootprintResult r = StpEngine.DEFAULT.run(fp);
    try (XSSFWorkbook wb = TemplateWriter.DEFAULT.assemble(fp, EngineFigures.from(r), false)) {
      Map<Cell, CellValue> interpreted = interpreter ? PoiComparison.interpreted(fp.name(), wb) : null;
      WorkbookFigures poi = WorkbookFigures.evaluating(wb);
      List<String> mismatches = poi.compare(wb, r).mismatches();
      if (interpreter) {
        PoiComparison.sameAsPoi(fp.name(), interpreted, poi::value);
      }
      return mismatches;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
