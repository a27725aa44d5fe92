package org.stptoolkit.reports.cli;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * Start-up work begun on a second thread while the main thread parses the command line and reads its
 * input: building Jackson's reader of footprints (its deserializers are built by reflection, the largest
 * part of reading a footprint from a cold JVM), the footprint schema's validator, POI's OOXML types for a
 * command that writes or reads a workbook, and OpenPDF's TrueType parser for one that writes a pack.
 *
 * <p>Nothing here has an effect the command can see: each part is what the command would build itself a
 * moment later (the main thread waits for a part the warm-up is still building, as the JVM's class
 * initialisation does), and a failure here is ignored (the command meets it again and reports it). The
 * thread is a daemon, so it never keeps the process alive. {@code STP_NO_WARMUP=1} in the environment turns
 * it off (to measure a command without it: on a machine whose cores are all busy the main thread can wait
 * for a part the warm-up thread is building).
 */
final class Warmup {

  private static final Set<String> READS_FOOTPRINT_JSON = Set.of("example", "validate", "project", "template",
      "report", "montecarlo", "goalseek", "national", "demo");
  private static final Set<String> WORKBOOKS = Set.of("template", "new", "import", "collect", "national", "demo");
  private static final Set<String> PACKS = Set.of("report", "national", "demo");

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
    if (command == null) {
      return;
    }
    boolean json = READS_FOOTPRINT_JSON.contains(command) && !(workbookInput && !command.equals("template"));
    boolean workbook = WORKBOOKS.contains(command) || workbookInput;
    boolean pack = PACKS.contains(command);
    if (!json && !workbook && !pack) {
      return;
    }
    Thread t = new Thread(() -> run(json, workbook, pack), "stp-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.NORM_PRIORITY - 1);
    t.start();
  }

  private static void run(boolean json, boolean workbook, boolean pack) {
    try {
      if (json) {
        org.stptoolkit.model.json.StpJson.mapper().readerFor(org.stptoolkit.model.Footprint.class);
        org.stptoolkit.model.json.JsonSchemas.footprint();
      }
      if (workbook) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
          var sheet = wb.createSheet("Warm-up");
          var row = sheet.createRow(0);
          row.createCell(0).setCellValue(1);
          row.createCell(1).setCellFormula("A1*2");
          var style = wb.createCellStyle();
          style.setFont(wb.createFont());
          row.getCell(1).setCellStyle(style);
          org.stptoolkit.reports.internal.workbook.Evaluation.evaluateAll(wb);
        }
      }
      if (pack) {
        try (InputStream in = Warmup.class.getClassLoader()
            .getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
          if (in != null) {
            com.lowagie.text.pdf.BaseFont.createFont("LiberationSans-Regular.ttf",
                com.lowagie.text.pdf.BaseFont.IDENTITY_H, com.lowagie.text.pdf.BaseFont.EMBEDDED,
                com.lowagie.text.pdf.BaseFont.NOT_CACHED, in.readAllBytes(), null);
          }
        }
      }
    } catch (Exception | LinkageError e) {
      // the command itself meets the same problem and reports it
    }
  }
}
