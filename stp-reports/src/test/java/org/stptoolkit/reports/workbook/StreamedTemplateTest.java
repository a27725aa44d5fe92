package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.reports.internal.workbook.DeterministicZip;

/**
 * The template written with its cells kept by the toolkit and written as XML by it (the commands' path,
 * {@link TemplateWriter#write}) is byte for byte the template written through POI's own cells and XML
 * ({@link TemplateWriter#build}, then POI's writer): the same cells, values, styles, attribute order, text
 * escaping, dimensions and shared strings, on footprints nobody here wrote; and the aggregated workbook
 * of a national run likewise ({@link AggregateWorkbook#write} against {@link AggregateWorkbook#build}).
 */
class StreamedTemplateTest {

  private static byte[] throughPoi(Footprint fp, EngineFigures figures) throws IOException {
    try (XSSFWorkbook wb = TemplateWriter.DEFAULT.build(fp, figures)) {
      return DeterministicZip.ofPoi(wb);
    }
  }

  private static void sameBytes(Footprint fp, boolean withEngine) throws IOException {
    EngineFigures figures = withEngine ? EngineFigures.from(StpEngine.DEFAULT.run(fp)) : null;
    sameBytes(TemplateWriter.DEFAULT.write(fp, figures), throughPoi(fp, figures),
        "footprint " + fp.number() + " " + fp.name() + ", engine figures " + withEngine);
  }

  private static void sameBytes(byte[] streamed, byte[] poi, String what) throws IOException {
    Map<String, String> a = entries(streamed);
    Map<String, String> b = entries(poi);
    assertThat(a.keySet()).as(what).containsExactlyElementsOf(b.keySet());
    for (String name : b.keySet()) {
      String x = a.get(name);
      String y = b.get(name);
      int i = 0;
      while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
        i++;
      }
      int from = Math.max(0, i - 80);
      assertThat(x.substring(from, Math.min(x.length(), i + 120))).as("%s: %s at character %d", what, name, i)
          .isEqualTo(y.substring(from, Math.min(y.length(), i + 120)));
    }
    assertThat(streamed).as(what).isEqualTo(poi);
  }

  /** The workbook's entries, by name, as text. */
  private static Map<String, String> entries(byte[] xlsx) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Test
  void theExampleIsWrittenAsPoiWritesIt() throws IOException {
    sameBytes(Examples.staffordshireAndStokeOnTrent(), true);
    sameBytes(Examples.staffordshireAndStokeOnTrent(), false);
  }

  @Test
  void footprintsOfANationWithAnotherSeedAreWrittenAsPoiWritesThem() throws IOException {
    List<Footprint> nation = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 77, 1);
    // one footprint of each size band and region mix the generator makes, with and without engine figures
    for (int i = 0; i < nation.size(); i += 15) {
      sameBytes(nation.get(i), i % 2 == 0);
    }
  }

  /**
   * Texts that XML must escape reach the cells' XML as formulas' cached values (the Bridge and Summary
   * repeat the footprint's and organisations' names): ampersands, angle brackets, "]]>", carriage returns,
   * quotes, characters beyond Latin-1 and outside the Basic Multilingual Plane.
   */
  @Test
  void textsThatXmlMustEscapeAreWrittenAsPoiWritesThem() throws IOException {
    Footprint ex = Examples.staffordshireAndStokeOnTrent();
    String[] names = {"A & B <C> ]]> D", "Line one\r\nline two & <three>", "\"quoted\" 'single' — dash",
        "<<<<<&&&&& more than five entities in a long text ]]> here", "]]>]]> at the start", "Ünïcödé 😀 £"};
    List<Organisation> orgs = new ArrayList<>();
    for (int i = 0; i < ex.organisations().size(); i++) {
      Organisation o = ex.organisations().get(i);
      orgs.add(new Organisation(o.code(), names[i % names.length] + " " + i, o.type(), o.localPlan(),
          o.inFinancialTemplate()));
    }
    sameBytes(ex.withName(names[0]).withOrganisations(orgs), true);
    List<Organisation> reversed = new ArrayList<>(orgs);
    java.util.Collections.reverse(reversed);
    sameBytes(ex.withName(names[3]).withOrganisations(reversed), false);
  }

  /** The aggregated workbook of a national run is written the same way. */
  @Test
  void theAggregatedWorkbookOfANationIsWrittenAsPoiWritesIt() throws IOException {
    List<FootprintResult> results = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 78, 1).stream()
        .map(StpEngine.DEFAULT::run).toList();
    AggregateNode england = Aggregation.england(results);
    byte[] poi;
    try (XSSFWorkbook wb = AggregateWorkbook.build(england, results.get(0).period(), "A & <nation>")) {
      poi = DeterministicZip.ofPoi(wb);
    }
    sameBytes(AggregateWorkbook.write(england, results.get(0).period(), "A & <nation>"), poi, "the aggregate");
  }

  @Test
  void aBlankFootprintIsWrittenAsPoiWritesIt() throws IOException {
    Footprint ex = Examples.staffordshireAndStokeOnTrent();
    BlankTemplate blank = new BlankTemplate(7, "A footprint to fill in", ex.region(), ex.period(), ex.organisations());
    sameBytes(blank.footprint(), false);
  }

  /**
   * The start of a template prepared on another thread ({@link TemplateWriter#prepare}, the command line's
   * warm-up) is taken by the next template, whose bytes are those of a template that built its own; the one
   * after that builds its own again. On a nation's footprint and a blank one, so the start cannot carry
   * anything of the footprint it was prepared before.
   */
  @Test
  void aTemplateBegunOnAnotherThreadIsTheSameAsOneBegunHere() throws Exception {
    Footprint ex = SyntheticNation.generate(SyntheticNation.FOOTPRINTS_2016, 79, 1).get(3);
    EngineFigures figures = EngineFigures.from(StpEngine.DEFAULT.run(ex));
    byte[] ownStart = TemplateWriter.DEFAULT.write(ex, figures);
    Thread t = new Thread(TemplateWriter::prepareNext, "prepares");
    t.start();
    t.join();
    assertThat(TemplateWriter.prepared()).isTrue();
    sameBytes(TemplateWriter.DEFAULT.write(ex, figures), ownStart, "a template begun on another thread");
    assertThat(TemplateWriter.prepared()).as("taken by the template").isFalse();
    sameBytes(TemplateWriter.DEFAULT.write(ex, figures), ownStart, "the next template, begun here");
    BlankTemplate blank = new BlankTemplate(8, "Another footprint", ex.region(), ex.period(), ex.organisations());
    byte[] blankOwn = TemplateWriter.DEFAULT.write(blank.footprint(), null);
    TemplateWriter.prepareNext();
    assertThat(TemplateWriter.prepared()).isTrue();
    sameBytes(TemplateWriter.DEFAULT.write(blank.footprint(), null), blankOwn, "a blank template begun beforehand");
    assertThat(TemplateWriter.prepared()).isFalse();
  }
}
