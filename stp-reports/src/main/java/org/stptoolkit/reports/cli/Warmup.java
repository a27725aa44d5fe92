package org.stptoolkit.reports.cli;

import java.util.Locale;
import java.util.Set;
import org.stptoolkit.reports.workbook.TemplateWriter;

/**
 * Start-up work begun on a second thread while the main thread parses the command line and reads its
 * input: Jackson's mapper (which parses the file into a tree) and the footprint schema (its quick check; the
 * full validator is built only for a file the quick check cannot accept). The footprint is bound from the
 * tree directly ({@code FootprintBinder}): Jackson's deserialisers, built by reflection, are only built for
 * a file the direct binding leaves to Jackson. For {@code template} and {@code demo}, first the OOXML type
 * system's index, which POI reads on its first workbook part (~0.3 CPU-s, most of it XMLBeans reading tens of
 * thousands of names): 1.77 → 1.68 s wall for a cold {@code template} (nine interleaved runs, load 1.4).
 * For {@code template} and {@code demo}, after the JSON parts, the start of the template, which is the same for
 * every footprint (a workbook, its styles and the indicator catalogue, {@link TemplateWriter#prepare}): the
 * main thread takes it instead of building its own; then a throwaway chart, the first of which initialises
 * XMLBeans' chart types ({@link #chart}). Together 1.04 → 0.95 s for a cold {@code template} against the
 * throwaway workbook with a sheet, style, name and chart they replace (nine interleaved runs, the four in the
 * VM's faster spell; 1.30 → 1.20 s in its slower one).
 * For {@code report} and {@code demo}, last, the font the pack's text check reads ({@code PdfText}).
 * (Warming OpenPDF's font parser the same way was tried and dropped.)
 *
 * <p>Nothing here has an effect the command can see: each part is what the command would build itself a
 * moment later (the main thread waits for a part the warm-up is still building, as the JVM's class
 * initialisation does), and a failure here is ignored (the command meets it again and reports it). The
 * thread is a daemon, so it never keeps the process alive. {@code STP_NO_WARMUP=1} in the environment turns
 * it off (to measure a command without it: on a machine whose cores are all busy the main thread can wait
 * for a part the warm-up thread is building).
 */
final class Warmup {

  private static final Set<String> READS_FOOTPRINT_JSON = Set.of("validate", "project", "template",
      "report", "montecarlo", "goalseek", "national", "demo");

  private Warmup() {}

  /**
   * Starts the warm-up the command named in {@code args} needs, if any.
   *
   * @param args the command line
   */
  static void start(String[] args) {
    if ("1".equals(System.getenv("STP_NO_WARMUP"))) {
      return;
    }
    String command = null;
    boolean workbookInput = false;
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
        return;
      }
      if (command == null && !a.startsWith("-")) {
        command = a;
      }
      String lower = a.toLowerCase(Locale.ROOT);
      workbookInput |= lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
    }
    if (command == null || !READS_FOOTPRINT_JSON.contains(command) || (workbookInput && !command.equals("template"))) {
      return;
    }
    boolean workbook = command.equals("template") || command.equals("demo");
    boolean pack = command.equals("report") || command.equals("demo");
    Thread t = new Thread(() -> run(workbook, pack), "stp-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void run(boolean workbook, boolean pack) {
    try {
      if (workbook) {
        // the OOXML type system's index (tens of thousands of names), read on first use of any workbook part:
        // first, while the main thread builds what reading the footprint needs itself
        org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook.type.getName();
      }
      org.stptoolkit.model.json.StpJson.reader();
      org.stptoolkit.model.json.JsonSchemas.footprint();
      if (workbook) {
        TemplateWriter.prepare();
        chart();
      }
      if (pack) {
        org.stptoolkit.reports.pdf.PdfText.prepare(); // the font the pack's text check reads
      }
    } catch (RuntimeException | LinkageError e) {
      // the command itself meets the same problem and reports it
    }
  }

  /**
   * A chart on a sheet of a workbook, thrown away: the first chart costs XMLBeans' initialisation of the chart
   * types, paid here while the main thread reads the footprint (before this, with a sheet, a style and a name
   * that the template's start now initialises: {@code template} 1.45 → 1.36 s and 1.43 → 1.38 s, eleven and
   * nine interleaved runs; a whole throwaway template here saved less and cost 0.27 CPU-s more).
   */
  private static void chart() {
    // not closed: see DeterministicZip.of
    org.apache.poi.xssf.usermodel.XSSFDrawing d =
        org.stptoolkit.reports.internal.workbook.PlainStrings.newStreamedWorkbook().createSheet("Warm-up")
            .createDrawingPatriarch();
    org.apache.poi.xssf.usermodel.XSSFChart c = d.createChart(d.createAnchor(0, 0, 0, 0, 0, 0, 6, 22));
    c.setTitleText("Warm-up");
    c.createCategoryAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT);
    c.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM);
  }
}
