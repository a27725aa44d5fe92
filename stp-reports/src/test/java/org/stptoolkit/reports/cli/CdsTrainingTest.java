package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchers' training run: every command in it succeeds. */
class CdsTrainingTest {

  @Test
  void everyTrainingCommandSucceedsAndWritesItsDocument(@TempDir Path dir) {
    assertThat(CdsTraining.run(dir)).hasSize(15).containsOnly(0);
    for (String f : new String[] {"ex.json", "ex.result.json", "ex.xlsx", "back.json", "ex.pdf", "ex.mc.pdf",
        "mc.json", "new.xlsx", "national/national.pdf", "national/national.xlsx", "collected/national.xlsx"}) {
      assertThat(dir.resolve(f)).isNotEmptyFile();
    }
  }
}
