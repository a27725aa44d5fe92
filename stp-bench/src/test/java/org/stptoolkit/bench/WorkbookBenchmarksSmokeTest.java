package org.stptoolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The workbook benchmarks of {@link BenchmarksSmokeTest}'s smoke run (written and imported once, briefly),
 * in a test class of their own so that the build's second test JVM runs them beside the others.
 */
class WorkbookBenchmarksSmokeTest {

  @Test
  void theWorkbookBenchmarksRunOnceBriefly() throws RunnerException {
    assertThat(BenchmarksSmokeTest.smoke(new OptionsBuilder().include(BenchmarksSmokeTest.WORKBOOKS)))
        .isEqualTo(BenchmarksSmokeTest.EXPECTED.stream().filter(b -> b.matches(BenchmarksSmokeTest.WORKBOOKS))
            .collect(Collectors.toCollection(TreeSet::new)))
        .hasSize(2);
  }
}
