package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.activity.ActivityBaseline;
import org.stptoolkit.model.finance.Assumptions;
import org.stptoolkit.model.finance.Baseline;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;
import org.stptoolkit.model.validation.Parsed;

/**
 * Mutates templates {@link #CASES} times (every tenth the full example's, the rest a small footprint's) (cell type swaps, changed values, deleted rows,
 * renamed sheets, deleted entries, flipped bytes, truncated zips) and reads each one: every case must
 * end in a footprint or in ERROR findings, never in an exception. Seeded, so a failure repeats.
 */
class WorkbookFuzzTest {

  private static final long SEED = 20161021L;
  /**
   * Cases run: {@code -Dstp.fuzz.cases} (README "Tests": 1,000 in the default build; issue 8's 10,000 per
   * importer with {@code -Pthorough}); case {@code i} is the same in every run.
   */
  private static final int CASES = Integer.getInteger("stp.fuzz.cases", 1_000);
  /** One case in this many mutates the full example's template; the rest a small footprint's (faster to parse). */
  private static final int EXAMPLE_EVERY = 10;
  private static final Pattern VALUE = Pattern.compile("<v>[^<]*</v>");
  private static final Pattern ROW = Pattern.compile("<row [^>]*>.*?</row>", Pattern.DOTALL);
  private static final Pattern STRING_TYPE = Pattern.compile(" t=\"s\"");
  private static final Pattern SHEET_NAME = Pattern.compile("<sheet name=\"([^\"]+)\"");
  private static final Pattern TEXT = Pattern.compile("<t[^>]*>[^<]*</t>");

  /** A template and its zip entries, prepared once. */
  private record Base(byte[] bytes, Map<String, byte[]> entries, List<String> names, List<String> sheets) {
    static Base of(byte[] bytes) {
      Map<String, byte[]> entries = Zips.entries(bytes);
      List<String> names = new ArrayList<>(entries.keySet());
      return new Base(bytes, entries, names,
          names.stream().filter(n -> n.startsWith("xl/worksheets/sheet")).toList());
    }
  }

  @Test
  void everyMutatedWorkbookEndsInFindingsOrAFootprint() throws Exception {
    Base example = Base.of(WorkbookFixtures.template());
    Base small = Base.of(TemplateWriter.DEFAULT.write(smallFootprint()));
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    // Each case has its own seed, so the set of cases (and any failure) is the same on any number of threads.
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      pool.submit(() -> IntStream.range(0, CASES).parallel().forEach(i -> {
        Base base = i % EXAMPLE_EVERY == 0 ? example : small;
        Random rnd = new Random(SEED + i);
        int kind = rnd.nextBoolean() ? rnd.nextInt(2) : 2 + rnd.nextInt(6);
        byte[] mutated = mutate(base, kind, rnd);
        Parsed<Footprint> p;
        try {
          p = TemplateReader.DEFAULT.read("case-" + i + ".xlsx", mutated);
        } catch (Throwable t) {
          throw new AssertionError("case " + i + " (kind " + kind + ") threw", t);
        }
        assertThat(p.value().isPresent() || p.findings().hasErrors()).as("case %d", i).isTrue();
        done.incrementAndGet();
        if (p.value().isPresent()) {
          valid.incrementAndGet();
        }
      })).get();
    } finally {
      pool.shutdown();
    }
    assertThat(done.get()).isEqualTo(CASES);
    assertThat(valid.get()).as("some mutations are harmless").isPositive();
  }

  /** Half the cases damage the zip itself (refused fast by the gate), half the XML inside it. */
  private static byte[] mutate(Base base, int kind, Random rnd) {
    byte[] template = base.bytes();
    if (kind == 0) {
      return java.util.Arrays.copyOf(template, rnd.nextInt(template.length));
    }
    if (kind == 1) {
      byte[] mutated = template.clone();
      for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
        mutated[rnd.nextInt(mutated.length)] ^= (byte) (1 + rnd.nextInt(255));
      }
      return mutated;
    }
    Map<String, byte[]> e = new LinkedHashMap<>(base.entries());
    String target = kind == 6 ? "xl/sharedStrings.xml" : kind == 5 ? "xl/workbook.xml"
        : base.sheets().get(rnd.nextInt(base.sheets().size()));
    String xml = new String(e.get(target), StandardCharsets.UTF_8);
    switch (kind) {
      case 2 -> xml = replaceOne(xml, VALUE, rnd, () -> "<v>" + junk(rnd) + "</v>");
      case 3 -> xml = replaceOne(xml, ROW, rnd, () -> "");
      case 4 -> xml = replaceOne(xml, STRING_TYPE, rnd, () -> rnd.nextBoolean() ? "" : " t=\"b\"");
      case 5 -> xml = replaceOne(xml, SHEET_NAME, rnd, () -> "<sheet name=\"Renamed" + rnd.nextInt(99) + "\"");
      case 6 -> xml = replaceOne(xml, TEXT, rnd, () -> "<t>" + junk(rnd) + "</t>");
      default -> e.remove(base.names().get(rnd.nextInt(base.names().size())));
    }
    if (kind != 7) {
      e.put(target, xml.getBytes(StandardCharsets.UTF_8));
    }
    return Zips.zip(e, 1);
  }

  /** Two organisations, one solution: the smallest footprint the template holds, quick to parse. */
  private static Footprint smallFootprint() {
    FinancialYear base = FinancialYear.parse("2015/16");
    PlanPeriod period = PlanPeriod.of(base, 5);
    return Footprint.builder().number(1).name("Small footprint").region(Region.NORTH).period(period)
        .organisation(Organisation.of("ACUTE", "Acute Trust", OrganisationType.ACUTE_TRUST))
        .organisation(Organisation.of("CCG1", "NHS Example CCG", OrganisationType.CCG))
        .normalisation(new NormalisationEntry("ACUTE", -1000, -500, 0, -1500.0))
        .serviceLine(ServiceLine.builder("ACUTE", "Acute").incomeGbpK(100_000).staffCostsGbpK(60_000)
            .variableCostsGbpK(25_000).fixedCostsGbpK(16_000).reportedSurplusGbpK(-1000.0).build())
        .drivers(DriverSet.builder().flat(period, Driver.EFFICIENCY, 0).othersFlat(period, 0.02).build())
        .costPool(new CostPool("acute", "Acute expenditure", List.of("ACUTE"), CostLine.EXPENDITURE, null))
        .solution(Solution.builder(1, "CIP", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY).costPools(List.of("acute"))
            .phasedGbpK(YearlyAmounts.of(period.firstYear(), 0, 1000, 2000, 3000, 4000)).build())
        .build();
  }

  private static String replaceOne(String xml, Pattern p, Random rnd, java.util.function.Supplier<String> with) {
    Matcher m = p.matcher(xml);
    List<int[]> spans = new ArrayList<>();
    while (m.find() && spans.size() < 5_000) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return xml;
    }
    int[] s = spans.get(rnd.nextInt(spans.size()));
    return xml.substring(0, s[0]) + with.get() + xml.substring(s[1]);
  }

  private static String junk(Random rnd) {
    String[] pool = {"tbc", "", "1e999", "-0", "NaN", "(1,234)", "2016/17", "=1+1", "&amp;", "9999999999999", "Yes", "0.5"};
    return pool[rnd.nextInt(pool.length)];
  }
}
