package org.stptoolkit.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.reports.workbook.TemplateWriter;
import org.stptoolkit.reports.workbook.layout.CellKind;
import org.stptoolkit.reports.workbook.layout.Column;
import org.stptoolkit.reports.workbook.layout.SheetLayout;
import org.stptoolkit.reports.workbook.layout.TableLayout;
import org.stptoolkit.reports.workbook.layout.TemplateLayout;

/**
 * The README's walk-through for one's own footprint, run as written: its commands are read from the
 * README section "Your own footprint, from nothing to a pack" and run in a fresh folder; step 2 (filling in
 * the yellow cells) is done cell by cell with POI, typing the figures of the README's minimal footprint
 * JSON into the blank workbook the way an analyst would.
 */
class ReadmeWalkthroughTest {

  private static final String SECTION = "## Your own footprint, from nothing to a pack";

  @Test
  void theWalkthroughRunsAsWrittenFromABlankTemplateToAPdfPack(@TempDir Path dir) throws Exception {
    String section = section();
    List<String> blocks = codeBlocks(section);
    assertThat(blocks).hasSize(4);
    List<List<String>> start = commands(blocks.get(0));
    List<String> shownFindings = blocks.get(1).lines().toList();
    List<List<String>> finish = commands(blocks.get(2));
    String json = blocks.get(3);
    assertThat(start).hasSize(2);
    assertThat(finish).hasSize(3);

    // the README's JSON is the walk-through's footprint, and it is valid as written
    Footprint figures = FootprintJson.read("figures.json", json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    try (InputStream in = getClass().getResourceAsStream("/walkthrough/northfield-and-eastmoor.json")) {
      ObjectMapper m = new ObjectMapper();
      assertThat(m.readTree(json)).isEqualTo(m.readTree(in));
    }

    // 1. new, then validate lists what is still to fill (exit 1), including the lines the README shows
    Run created = run(dir, start.get(0));
    assertThat(created.code).as(created.err).isZero();
    Run blank = run(dir, start.get(1));
    assertThat(blank.code).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat((blank.out + blank.err).lines()).containsAll(shownFindings);

    // 2. fill in the yellow cells with the figures of the README's JSON, then validate shows no ERROR
    fill(dir.resolve("mine.xlsx"), figures);
    Run filled = run(dir, start.get(1));
    assertThat(filled.code).as(filled.out + filled.err).isZero();

    // 3. import, project, report
    String projected = "";
    for (List<String> command : finish) {
      Run r = run(dir, command);
      assertThat(r.code).as(String.join(" ", command) + "\n" + r.out + r.err).isZero();
      projected = command.get(0).equals("project") ? r.out : projected;
    }
    // by hand: NEH (12,000) reported - 6,000 non-recurrent, NECCG 2,000: normalised (16,000); the two solutions
    // add 15,000 + 10,000 in 2020/21 and 45,000 + 22,500 over the five years to the do-nothing
    assertThat(projected).contains("normalised 2015/16 health position  (16,000)");
    double doNothing = figure(projected, "do-nothing 2020/21");
    assertThat(figure(projected, "do-something 2020/21")).isEqualTo(doNothing + 25_000);
    assertThat(FootprintJson.read(dir.resolve("mine.json")).orElseThrow()).isEqualTo(figures);
    assertThat(Files.readString(dir.resolve("mine.result.json"))).contains("\"doSomething\"");
    byte[] pdf = Files.readAllBytes(dir.resolve("mine.pdf"));
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(20_000);

    // the shortcut: the filled-in workbook written from the JSON is the same footprint
    Files.writeString(dir.resolve("figures.json"), json);
    String shortcut = section.substring(section.indexOf("`./stp template figures.json") + 1);
    List<String> templateCommand = words(shortcut.substring(0, shortcut.indexOf('`')));
    Run template = run(dir, templateCommand.subList(1, templateCommand.size()));
    assertThat(template.code).as(template.err).isZero();
  }

  /** Types each input cell of the figures' own template into the blank workbook, table by table. */
  private static void fill(Path workbook, Footprint figures) throws IOException {
    try (XSSFWorkbook source = new XSSFWorkbook(new ByteArrayInputStream(TemplateWriter.DEFAULT.write(figures)));
        XSSFWorkbook target = new XSSFWorkbook(Files.newInputStream(workbook))) {
      for (SheetLayout sl : TemplateLayout.sheets()) {
        Sheet from = source.getSheet(sl.name());
        Sheet to = target.getSheet(sl.name());
        for (TableLayout<?> t : sl.tables()) {
          int f = titleRow(from, t.title()) + 2;
          int g = titleRow(to, t.title()) + 2;
          int items = t.items().apply(figures).size();
          int targetRows = 0;
          while (row(to, g + targetRows) != null && !isTitle(to, g + targetRows) && targetRows < 200
              && !text(to, g + targetRows).isEmpty() | targetRows < items) {
            targetRows++;
          }
          for (int i = 0; i < Math.max(items, targetRows); i++) {
            int c = 0;
            for (Column<?> col : t.columns()) {
              int span = col.kind().byYear() ? TemplateLayout.of(figures.period()).yearLabels(col.kind()).size() : 1;
              for (int k = 0; k < span; k++, c++) {
                if (col.kind() == CellKind.CALCULATED) {
                  continue;
                }
                Cell in = i < items ? from.getRow(f + i).getCell(c) : null;
                Cell out = to.getRow(g + i).getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                if (in == null || in.getCellType() == CellType.BLANK) {
                  out.setBlank();
                } else if (in.getCellType() == CellType.NUMERIC) {
                  out.setCellValue(in.getNumericCellValue());
                } else {
                  out.setCellValue(in.getStringCellValue());
                }
              }
            }
          }
        }
      }
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      target.write(bos);
      Files.write(workbook, bos.toByteArray());
    }
  }

  /** The first £'000 figure after a label in the headline ("(41,065)" is -41065). */
  private static double figure(String text, String label) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(label)
        + "\\s+(\\(?)([0-9,]+)\\)?").matcher(text);
    assertThat(m.find()).as(label + " in " + text).isTrue();
    double v = Double.parseDouble(m.group(2).replace(",", ""));
    return m.group(1).isEmpty() ? v : -v;
  }

  private static Row row(Sheet s, int r) {
    return s.getRow(r);
  }

  private static boolean isTitle(Sheet s, int r) {
    String t = text(s, r).toLowerCase(Locale.ROOT);
    return TemplateLayout.sheets().stream().flatMap(sl -> sl.tables().stream())
        .anyMatch(tl -> tl.title().toLowerCase(Locale.ROOT).equals(t));
  }

  private static String text(Sheet s, int r) {
    Row row = s.getRow(r);
    Cell a = row == null ? null : row.getCell(0);
    return a != null && a.getCellType() == CellType.STRING ? a.getStringCellValue().strip() : "";
  }

  private static int titleRow(Sheet s, String title) {
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      if (text(s, r).equals(title)) {
        return r;
      }
    }
    throw new AssertionError("no table " + title + " on " + s.getSheetName());
  }

  private static String section() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int from = readme.indexOf(SECTION);
    assertThat(from).as("README section " + SECTION).isNotNegative();
    int to = readme.indexOf("\n## ", from + SECTION.length());
    return readme.substring(from, to < 0 ? readme.length() : to);
  }

  private static List<String> codeBlocks(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while ((i = text.indexOf("```", i)) >= 0) {
      int start = text.indexOf('\n', i) + 1;
      int end = text.indexOf("\n```", start);
      out.add(text.substring(start, end));
      i = end + 4;
    }
    return out;
  }

  /** The {@code ./stp} commands of a block, continuation lines joined, as argument lists without "./stp". */
  private static List<List<String>> commands(String block) {
    List<List<String>> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : block.lines().toList()) {
      String l = line.strip();
      if (l.endsWith("\\")) {
        current.append(l, 0, l.length() - 1).append(' ');
        continue;
      }
      current.append(l);
      List<String> w = words(current.toString());
      current.setLength(0);
      if (!w.isEmpty() && w.get(0).equals("./stp")) {
        out.add(w.subList(1, w.size()));
      }
    }
    return out;
  }

  /** Shell words: whitespace separated, double quotes grouping, a # comment ending the line. */
  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
        any = true;
      } else if (!quoted && ch == '#') {
        break;
      } else if (!quoted && Character.isWhitespace(ch)) {
        if (any) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(ch);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }

  private record Run(int code, String out, String err) {}

  /** Runs a command in {@code dir}: arguments naming a .xlsx, .json or .pdf file are resolved in it. */
  private static Run run(Path dir, List<String> args) {
    String[] a = args.stream()
        .map(x -> x.matches("[\\w.-]+\\.(xlsx|json|pdf)") ? dir.resolve(x).toString() : x).toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = StpCommand.execute(a, new PrintWriter(out), new PrintWriter(err), false);
    String o = out.toString().replace(dir.toString() + java.io.File.separator, "");
    return new Run(code, o, err.toString());
  }
}
