package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.synthetic.SyntheticNation;

/**
 * The workbook's live formulas compute what the engine computes, on every footprint: each template is
 * evaluated by POI with no cached value read, and every Do-nothing, Bridge and Summary figure is
 * compared with the engine's within {@link WorkbookFigures#TOLERANCE}; the master check must be OK.
 */
class WorkbookAgreesWithEngineTest {

  private static final long NATION_SEED = 2016;

  /** The 44 footprints of the synthetic nation, from the bytes the template command writes. */
  @Test
  void everyFootprintOfTheNationAgreesWithTheEngine() throws Exception {
    List<String> problems = new ArrayList<>();
    int figures = 0;
    for (Footprint fp : SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, NATION_SEED, 1)) {
      FootprintResult r = StpEngine.DEFAULT.run(fp);
      byte[] bytes = TemplateWriter.DEFAULT.write(fp, EngineFigures.from(r));
      try (XSSFWorkbook wb = WorkbookFixtures.open(bytes)) {
        WorkbookFigures.Comparison c = WorkbookFigures.evaluating(wb).compare(wb, r);
        figures += c.figures();
        c.mismatches().forEach(m -> problems.add("footprint " + fp.number() + ": " + m));
      }
    }
    assertThat(problems).isEmpty();
    assertThat(figures).isGreaterThan(44 * 50);
  }

  /** The ×10 nation: 440 footprints, evaluated in memory (the bridge chart's drawing left out). */
  @Test
  void everyFootprintOfTheTimesTenNationAgreesWithTheEngine() {
    SyntheticNation nation = SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, NATION_SEED + 1, 10);
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger checked = new AtomicInteger();
    java.util.stream.IntStream.rangeClosed(1, nation.size()).parallel().forEach(n -> {
      Footprint fp = nation.footprint(n);
      problems.addAll(compare(fp).stream().map(m -> "footprint " + fp.number() + ": " + m).toList());
      checked.incrementAndGet();
    });
    assertThat(checked).hasValue(440);
    assertThat(problems).isEmpty();
  }

  /** Generated footprints: any seed, any number. */
  @Property(tries = 200)
  void generatedFootprintsAgreeWithTheEngine(@ForAll long seed, @ForAll @IntRange(min = 1, max = 44) int number) {
    Footprint fp = SyntheticNation.of(SyntheticNation.FOOTPRINTS_2016, seed, 1).footprint(number);
    assertThat(compare(fp)).isEmpty();
  }

  private static List<String> compare(Footprint fp) {
    FootprintResult r = StpEngine.DEFAULT.run(fp);
    try (XSSFWorkbook wb = TemplateWriter.DEFAULT.assemble(fp, EngineFigures.from(r), false)) {
      return WorkbookFigures.evaluating(wb).compare(wb, r).mismatches();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
