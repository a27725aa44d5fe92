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
import org.junit.jupiter.api.Test;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Parsed;

/**
 * Mutates the example's template thousands of times (cell type swaps, changed values, deleted rows,
 * renamed sheets, deleted entries, flipped bytes, truncated zips) and reads each one: every case must
 * end in a footprint or in ERROR findings, never in an exception. Seeded, so a failure repeats.
 */
class WorkbookFuzzTest {

  private static final long SEED = 20161021L;
  private static final int CASES = 3_000;
  private static final long BUDGET_MILLIS = 25_000;
  private static final Pattern VALUE = Pattern.compile("<v>[^<]*</v>");
  private static final Pattern ROW = Pattern.compile("<row [^>]*>.*?</row>", Pattern.DOTALL);
  private static final Pattern STRING_TYPE = Pattern.compile(" t=\"s\"");
  private static final Pattern SHEET_NAME = Pattern.compile("<sheet name=\"([^\"]+)\"");
  private static final Pattern TEXT = Pattern.compile("<t[^>]*>[^<]*</t>");

  @Test
  void thousandsOfMutatedWorkbooksEndInFindingsOrAFootprint() {
    byte[] template = WorkbookFixtures.template();
    Map<String, byte[]> entries = Zips.entries(template);
    List<String> names = new ArrayList<>(entries.keySet());
    List<String> sheets = names.stream().filter(n -> n.startsWith("xl/worksheets/sheet")).toList();
    Random rnd = new Random(SEED);
    TemplateReader reader = TemplateReader.DEFAULT;
    long start = System.currentTimeMillis();
    int done = 0;
    int valid = 0;
    for (int i = 0; i < CASES && System.currentTimeMillis() - start < BUDGET_MILLIS; i++) {
      // half the cases damage the zip itself (refused fast by the gate), half the XML inside it
      int kind = rnd.nextBoolean() ? rnd.nextInt(2) : 2 + rnd.nextInt(6);
      byte[] mutated;
      if (kind == 0) {
        mutated = java.util.Arrays.copyOf(template, rnd.nextInt(template.length));
      } else if (kind == 1) {
        mutated = template.clone();
        for (int k = 0; k < 1 + rnd.nextInt(8); k++) {
          mutated[rnd.nextInt(mutated.length)] ^= (byte) (1 + rnd.nextInt(255));
        }
      } else {
        Map<String, byte[]> e = new LinkedHashMap<>(entries);
        String target = kind == 6 ? "xl/sharedStrings.xml" : kind == 5 ? "xl/workbook.xml"
            : sheets.get(rnd.nextInt(sheets.size()));
        String xml = new String(e.get(target), StandardCharsets.UTF_8);
        switch (kind) {
          case 2 -> xml = replaceOne(xml, VALUE, rnd, () -> "<v>" + junk(rnd) + "</v>");
          case 3 -> xml = replaceOne(xml, ROW, rnd, () -> "");
          case 4 -> xml = replaceOne(xml, STRING_TYPE, rnd, () -> rnd.nextBoolean() ? "" : " t=\"b\"");
          case 5 -> xml = replaceOne(xml, SHEET_NAME, rnd, () -> "<sheet name=\"Renamed" + rnd.nextInt(99) + "\"");
          case 6 -> xml = replaceOne(xml, TEXT, rnd, () -> "<t>" + junk(rnd) + "</t>");
          default -> e.remove(names.get(rnd.nextInt(names.size())));
        }
        if (kind != 7) {
          e.put(target, xml.getBytes(StandardCharsets.UTF_8));
        }
        mutated = Zips.zip(e, 1);
      }
      Parsed<Footprint> p;
      try {
        p = reader.read("case-" + i + ".xlsx", mutated);
      } catch (Throwable t) {
        throw new AssertionError("case " + i + " (kind " + kind + ") threw", t);
      }
      assertThat(p.value().isPresent() || p.findings().hasErrors()).as("case %d", i).isTrue();
      done++;
      valid += p.value().isPresent() ? 1 : 0;
    }
    // about 1,250 cases in 25 s on an idle 2-core machine; the floor only guards against a broken loop
    assertThat(done).as("cases run within the budget").isGreaterThanOrEqualTo(100);
    System.out.println("workbook fuzz: " + done + " cases, " + valid + " still valid");
    assertThat(valid).as("some mutations are harmless").isPositive();
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
