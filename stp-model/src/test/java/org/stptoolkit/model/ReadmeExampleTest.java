package org.stptoolkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;

/** The README's Java snippet, compiled and run as written there. */
class ReadmeExampleTest {

  @Test
  void readmeSnippetReadsValidatesAndSumsTheNormalisedPosition(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("staffs.json");
    FootprintJson.write(Examples.staffordshireAndStokeOnTrent(), file, false);
    StringBuilder printed = new StringBuilder();

    // --- README snippet (Path.of("staffs.json") there) ---
    Parsed<Footprint> parsed = FootprintJson.read(file);
    for (ValidationFinding f : parsed.findings().all()) {
      printed.append(f).append('\n');
    }
    Footprint fp = parsed.requireValid();
    double normalised = fp.baseline().normalisation().stream()
        .mapToDouble(NormalisationEntry::normalisedSurplusGbpK).sum();
    // --- end ---

    assertThat(normalised).isEqualTo(-156_758);
    assertThat(printed).contains("WARNING SERVICE_LINE_SURPLUS").contains("SSSFT 2015/16");
  }
}
