package org.stptoolkit.metrics.fingertips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.indicator.Standard;
import org.stptoolkit.model.indicator.ValueType;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * {@link FingertipsStreamComparison} against {@link FingertipsComparison#fill} (whose figures
 * {@code FingertipsComparisonLargeTableTest} checks by hand): the same file filled row by row gives the
 * same bytes, in file order or shuffled, and findings are capped per rule with a count of the rest.
 */
class FingertipsStreamComparisonTest {

  private static final FillOptions OPTIONS = FillOptions.of(ValueType.PROPORTION, 100, Polarity.HIGH_IS_GOOD)
      .withGoal(Standard.atLeast("at least 55%", 55));

  private static String streamed(Path file, FillOptions options, FingertipsStreamComparison.Outcome[] outcome)
      throws IOException {
    StringWriter w = new StringWriter();
    outcome[0] = FingertipsStreamComparison.fill(file, options, body -> body.writeTo(w));
    return w.toString();
  }

  private static void assertSameAsInMemory(Path file, FillOptions options) throws IOException {
    FingertipsComparisonResult held = FingertipsComparison.fill(FingertipsCsv.read(file).orElseThrow(), options,
        file.getFileName().toString());
    FingertipsStreamComparison.Outcome[] o = new FingertipsStreamComparison.Outcome[1];
    String text = streamed(file, options, o);
    assertThat(o[0].valid()).isTrue();
    assertThat(text).isEqualTo(FingertipsCsv.toCsv(held.table()));
    assertThat(o[0].rows()).isEqualTo(held.table().rows().size());
    assertThat(o[0].valuesComputed()).isEqualTo(held.valuesComputed());
    assertThat(o[0].comparisonsMade()).isEqualTo(held.comparisonsMade());
    assertThat(o[0].findings()).isEqualTo(held.findings());
  }

  @Test
  void theLargeTableStreamedGivesTheSameBytesAsTheTableHeld(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("large.csv");
    FingertipsCsv.write(file, FingertipsTable.of(FingertipsComparisonLargeTableTest.generated()));
    assertSameAsInMemory(file, OPTIONS);
  }

  @Test
  void shuffledRowsAndATwoLevelComparisonGiveTheSameBytesToo(@TempDir Path dir) throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      List<FingertipsRow> rows = new ArrayList<>(FingertipsComparisonLargeTableTest.generated());
      Collections.shuffle(rows, new Random(seed));
      Path file = dir.resolve("shuffled-" + seed + ".csv");
      FingertipsCsv.write(file, FingertipsTable.of(rows));
      assertSameAsInMemory(file, seed == 2 ? new FillOptions(OPTIONS.valueType(), OPTIONS.multiplier(), OPTIONS.polarity(),
          OPTIONS.goal(), true, OPTIONS.definitions()) : OPTIONS);
    }
  }

  @Test
  void findingsAreCappedPerRuleWithACountOfTheRest(@TempDir Path dir) throws IOException {
    List<FingertipsRow> rows = new ArrayList<>();
    for (FingertipsRow r : FingertipsComparisonLargeTableTest.generated().subList(0, 250)) {
      // a Value 10 points away from its counts on every row: a WARNING each
      double v = 100.0 * r.count() / r.denominator() + 10;
      rows.add(r.withValues(v, null, null, null, null));
    }
    Path file = dir.resolve("mismatch.csv");
    FingertipsCsv.write(file, FingertipsTable.of(rows));
    FingertipsStreamComparison.Outcome[] o = new FingertipsStreamComparison.Outcome[1];
    streamed(file, OPTIONS, o);
    assertThat(o[0].valid()).isTrue();
    assertThat(o[0].findings()).hasSize(FingertipsStreamComparison.MAX_PER_KIND + 1);
    assertThat(o[0].findings().subList(0, 100)).allMatch(f -> f.rule().equals("FINGERTIPS_VALUE_MISMATCH"));
    assertThat(o[0].findings().get(100).toString())
        .isEqualTo("WARNING MORE_FINDINGS mismatch.csv: 150 more WARNING findings of rule FINGERTIPS_VALUE_MISMATCH,"
            + " not listed");
  }

  @Test
  void aFileWithAnErrorIsNotWritten(@TempDir Path dir) throws IOException {
    String text = FingertipsCsv.toCsv(FingertipsTable.of(FingertipsComparisonLargeTableTest.generated().subList(0, 5)));
    String[] lines = text.split("\r\n");
    lines[3] = lines[3].replaceFirst(",10000000,", ",-5,");
    Path file = Files.writeString(dir.resolve("bad.csv"), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    boolean[] opened = new boolean[1];
    FingertipsStreamComparison.Outcome o = FingertipsStreamComparison.fill(file, OPTIONS, body -> opened[0] = true);
    assertThat(o.valid()).isFalse();
    assertThat(opened[0]).isFalse();
    assertThat(o.findings()).anyMatch(ValidationFinding::isError);
  }
}
