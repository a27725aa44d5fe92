package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.reports.pdf.PackContents;
import org.stptoolkit.reports.pdf.PdfPack;
import org.stptoolkit.reports.workbook.EngineFigures;
import org.stptoolkit.reports.workbook.TemplateWriter;

/** The documents a footprint's result is written as: one place, used by every command that writes them. */
final class Documents {
  private Documents() {}

  /** The Excel submission template, reconciled to the engine's result. */
  static void workbook(Footprint fp, FootprintResult result, Path out, boolean replace) throws IOException {
    TemplateWriter.DEFAULT.write(fp, EngineFigures.from(result), out, replace);
  }

  /** The PDF summary pack. */
  static void pdf(Footprint fp, FootprintResult result, Path out, boolean replace) throws IOException {
    PdfPack.openPdf().writeFootprint(out, replace, PackContents.of(result, fp, result.findings()));
  }
}
