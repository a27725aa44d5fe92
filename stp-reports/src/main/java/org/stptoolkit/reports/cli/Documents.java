package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.json.ResultJson;
import org.stptoolkit.metrics.json.ThreeGapsJson;
import org.stptoolkit.model.io.AtomicFile;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.reports.pdf.PackContents;
import org.stptoolkit.reports.pdf.PdfPack;
import org.stptoolkit.reports.workbook.EngineFigures;
import org.stptoolkit.reports.workbook.TemplateWriter;

/** The documents a footprint's result is written as: one place, used by every command that writes them. */
final class Documents {
  private Documents() {}

  /**
   * The Excel submission template, reconciled to the engine's result: the one place a footprint's
   * workbook is produced, by every command that writes one.
   *
   * @throws InvalidInputException when the footprint holds text a workbook cannot hold
   *     ({@link TemplateWriter#findings}); nothing is written then
   */
  static void workbook(Footprint fp, FootprintResult result, Path out, boolean replace) throws IOException {
    var cannotHold = TemplateWriter.findings(fp);
    if (!cannotHold.isEmpty()) {
      throw new InvalidInputException(cannotHold);
    }
    workbookOfCheckedText(fp, result, out, replace);
  }

  /**
   * As {@link #workbook}, for a footprint whose texts the caller has already found a workbook can hold
   * ({@link TemplateWriter#findings} empty: a national run checks every input before projecting it).
   */
  static void workbookOfCheckedText(Footprint fp, FootprintResult result, Path out, boolean replace)
      throws IOException {
    TemplateWriter.DEFAULT.write(fp, EngineFigures.from(result), PackContents.threeGaps(fp, result), out, replace);
  }

  /** The PDF summary pack. */
  static void pdf(Footprint fp, FootprintResult result, Path out, boolean replace) throws IOException {
    pdf(fp, result, List.of(), out, replace);
  }

  /** The PDF summary pack, listing {@code indicatorFindings} (from reading Fingertips exports) with the engine's. */
  static void pdf(Footprint fp, FootprintResult result, List<ValidationFinding> indicatorFindings, Path out,
      boolean replace) throws IOException {
    PdfPack.openPdf().writeFootprint(out, replace,
        PackContents.of(result, fp, result.findings().plus(indicatorFindings)));
  }

  /**
   * The result JSON with its {@code threeGaps} section: the engine's result and the three-gaps summary of
   * the footprint's indicators ({@link PackContents#threeGaps}), written atomically.
   *
   * @param fp the footprint (with any Fingertips exports merged in)
   * @param result the engine's result
   * @param indicatorFindings findings from reading the exports, listed in the section
   * @param out where to write
   * @param replace whether an existing file may be replaced
   */
  static void resultJson(Footprint fp, FootprintResult result, List<ValidationFinding> indicatorFindings, Path out,
      boolean replace) throws IOException {
    var tree = ResultJson.toTree(result);
    tree.set(ThreeGapsJson.SECTION, ThreeGapsJson.toTree(PackContents.threeGaps(fp, result), indicatorFindings));
    AtomicFile.write(out, replace, ResultJson.toBytes(tree));
  }

  /** The PDF summary pack with the Monte Carlo fan chart and its chances in words. */
  static void pdf(Footprint fp, FootprintResult result, org.stptoolkit.finance.montecarlo.MonteCarloResult mc,
      List<ValidationFinding> indicatorFindings, Path out, boolean replace) throws IOException {
    PdfPack.openPdf().writeFootprint(out, replace, PackContents.of(result, fp,
        result.findings().plus(indicatorFindings)).withMonteCarlo(org.stptoolkit.reports.pdf.MonteCarloFan.of(mc,
        result)));
  }

  /** The result JSON with its {@code monteCarlo} and {@code threeGaps} sections, written atomically. */
  static void resultJson(Footprint fp, FootprintResult result, org.stptoolkit.finance.montecarlo.MonteCarloResult mc,
      List<ValidationFinding> indicatorFindings, Path out, boolean replace) throws IOException {
    var tree = ResultJson.toTree(result, mc);
    tree.set(ThreeGapsJson.SECTION, ThreeGapsJson.toTree(PackContents.threeGaps(fp, result), indicatorFindings));
    AtomicFile.write(out, replace, ResultJson.toBytes(tree));
  }
}
