package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchers' training run: every everyday command succeeds in it. */
class CdsTrainingTest {

  @Test
  void everyTrainingCommandSucceedsAndWritesItsDocument(@TempDir Path dir) {
    assertThat(CdsTraining.run(dir)).containsExactly(0, 0, 0, 0, 0, 0, 0);
    for (String f : new String[] {"ex.json", "ex.result.json", "ex.xlsx", "back.json", "ex.pdf"}) {
      assertThat(dir.resolve(f)).isNotEmptyFile();
    }
  }
}
