package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stptoolkit.metrics.fingertips.FingertipsCsv;
import org.stptoolkit.metrics.fingertips.FingertipsImport;
import org.stptoolkit.metrics.fingertips.FingertipsTable;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;
import picocli.CommandLine.Option;

/**
 * {@code --indicators FILE.csv} (repeatable) of {@code project}, {@code report}, {@code template} and
 * {@code demo}: Fingertips exports merged into the footprint ({@link FingertipsImport}) before anything is
 * computed, so they feed the three-gaps summary, the workbook's Indicators sheet and the pack. A picocli
 * mixin, so the four commands read and check the files the same way.
 */
final class IndicatorOptions {

  @Option(names = "--indicators", paramLabel = "FILE.csv",
      description = "A Fingertips CSV export (26 or 27 columns) to bring in; repeatable. Rows are matched to the"
          + " footprint by its organisations' and local plans' area codes (England and region rows kept),"
          + " computed as 'stp compare' computes them and merged with the footprint's own values"
          + " (the footprint's value wins).")
  List<Path> files = new ArrayList<>();

  /**
   * The footprint with the exports merged in.
   *
   * @param footprint the footprint as read
   * @return the merged footprint and what was found (empty findings when no file was given)
   * @throws java.nio.file.NoSuchFileException when a file does not exist (exit 3)
   * @throws InvalidInputException with every finding when an export has an error (a malformed row,
   *     counts that cannot be right), as {@code stp compare} refuses it
   */
  FingertipsImport apply(Footprint footprint) throws IOException {
    if (files.isEmpty()) {
      return new FingertipsImport(footprint, List.of(), 0);
    }
    List<FingertipsImport.Export> exports = new ArrayList<>();
    List<ValidationFinding> readFindings = new ArrayList<>();
    boolean failed = false;
    for (Path file : files) {
      Inputs.requireExists(file);
      Parsed<FingertipsTable> parsed = FingertipsCsv.read(file);
      readFindings.addAll(parsed.findings().all());
      if (!parsed.isValid()) {
        failed = true;
        continue;
      }
      exports.add(new FingertipsImport.Export(file.getFileName().toString(), parsed.orElseThrow()));
    }
    if (failed) {
      throw new InvalidInputException(readFindings);
    }
    FingertipsImport merged = FingertipsImport.merge(footprint, exports);
    List<ValidationFinding> all = new ArrayList<>(readFindings);
    all.addAll(merged.findings());
    if (all.stream().anyMatch(ValidationFinding::isError)) {
      throw new InvalidInputException(all);
    }
    return new FingertipsImport(merged.footprint(), all, merged.valuesAdded());
  }

  /** The files, for the check that no output overwrites an input. */
  List<Path> paths() {
    return List.copyOf(files);
  }
}
