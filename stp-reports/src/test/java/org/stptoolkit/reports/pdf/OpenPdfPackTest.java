package org.stptoolkit.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

class OpenPdfPackTest {

  private static final Path GOLDEN = Path.of("src/test/resources/pdf/staffordshire-and-stoke-on-trent.txt");

  private static PdfPack sut() {
    return PdfPack.openPdf();
  }

  static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor ex = new PdfTextExtractor(reader);
      StringBuilder sb = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        sb.append("=== page ").append(p).append('\n').append(ex.getTextFromPage(p).strip()).append('\n');
      }
      return sb.toString();
    } finally {
      reader.close();
    }
  }

  @Test
  void sameContentGivesIdenticalBytes() {
    byte[] first = sut().footprint(PackFixtures.examplePack());
    byte[] second = sut().footprint(PackFixtures.examplePack());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void differentContentGivesADifferentFileId() throws IOException {
    byte[] a = sut().footprint(PackFixtures.examplePack());
    byte[] b = sut().footprint(PackFixtures.seedPack());
    PdfReader ra = new PdfReader(a);
    PdfReader rb = new PdfReader(b);
    assertThat(ra.getTrailer().get(PdfName.ID).toString()).isNotEqualTo(rb.getTrailer().get(PdfName.ID).toString());
  }

  @Test
  void printsTheSeedsDoSomethingRow() throws IOException {
    String text = text(sut().footprint(PackFixtures.seedPack()));
    assertThat(text).contains(PackFixtures.SEED_DO_SOMETHING);
    assertThat(text).contains("(159,546) (169,268) (212,666) (252,888) (285,402)");
    assertThat(text).contains("41,600").contains("Risk and Monte Carlo").contains("TEST_RULE");
  }

  @Test
  void documentHasTitleAuthorLanguageAndFixedDates() throws IOException {
    PdfReader r = new PdfReader(sut().footprint(PackFixtures.examplePack()));
    assertThat(r.getInfo()).containsEntry("Title", "Staffordshire & Stoke-on-Trent STP: summary pack")
        .containsEntry("Author", "STP toolkit");
    assertThat(r.getInfo().get("CreationDate")).startsWith("D:20161021000000");
    assertThat(r.getInfo().get("ModDate")).startsWith("D:20161021000000");
    PdfDictionary catalog = r.getCatalog();
    assertThat(((PdfString) catalog.get(PdfName.LANG)).toUnicodeString()).isEqualTo("en-GB");
    assertThat(r.getNumberOfPages()).isGreaterThanOrEqualTo(8);
    r.close();
  }

  @Test
  void embedsLiberationSansSubsetsWithFixedTags() throws IOException {
    List<String> first = fonts(sut().footprint(PackFixtures.examplePack()));
    List<String> second = fonts(sut().footprint(PackFixtures.seedPack()));
    assertThat(first).hasSize(2).allMatch(n -> n.matches("/[A-Z]{6}\\+LiberationSans.*"));
    assertThat(second).isEqualTo(first);
  }

  private static List<String> fonts(byte[] pdf) throws IOException {
    PdfReader r = new PdfReader(pdf);
    List<String> out = new ArrayList<>();
    for (int i = 1; i < r.getXrefSize(); i++) {
      if (r.getPdfObject(i) instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE))
          && PdfName.TYPE0.equals(d.get(PdfName.SUBTYPE))) {
        out.add(d.get(PdfName.BASEFONT).toString());
      }
    }
    r.close();
    out.sort(null);
    return out;
  }

  @Test
  void examplePackPrintsTheEnginesDoSomethingRow() throws IOException {
    String text = text(sut().footprint(PackFixtures.examplePack()));
    StringBuilder row = new StringBuilder();
    for (double v : PackFixtures.exampleResult().health().doSomething().toArray()) {
      row.append(row.length() == 0 ? "" : " ").append(RoundingPolicy.formatGbpK(v));
    }
    assertThat(text).contains("Do-something healthcare position, 2016/17 to 2020/21 (£'000): " + row);
    assertThat(text).contains("Social care bridge").contains("Activity, beds and workforce")
        .contains("Risk-adjusted do-something").contains("Deficit funding requirement");
  }

  @Test
  void examplePackBuiltFromTheEnginePrintsTheSeedsDoSomethingRowAsPublished() throws IOException {
    var fp = Examples.staffordshireAndStokeOnTrent();
    var result = org.stptoolkit.finance.StpEngine.DEFAULT.run(fp);
    String text = text(sut().footprint(PackContents.of(result, fp, Findings.none())));
    assertThat(text).contains("As published: do-something healthcare position, 2016/17 to 2020/21 (£'000): "
        + PackFixtures.SEED_DO_SOMETHING);
    // The engine's own row stays beside it.
    assertThat(text).contains("Do-something healthcare position, 2016/17 to 2020/21 (£'000): "
        + "(157,606) (119,558) (111,799) (91,301) 1,419");
    assertThat(text).contains("As published: do-something social care position, 2016/17 to 2020/21 (£'000):"
        + " – – – – (78,000)");
  }

  @Test
  void nationalPaperHasTheRunRegionsLeagueAndFailuresButNoFootprintPacks() throws IOException {
    var f = PackFixtures.example();
    NationalPack n = NationalPacks.of("National test pack", List.of(
        NationalPacks.Run.of(f, PackFixtures.exampleResult(), Findings.none()),
        NationalPacks.Run.failed("broken.json", Findings.of(List.of(ValidationFinding.error("JSON_SYNTAX",
            Location.of("broken.json line 3"), "a JSON object", "end of file"))))));
    byte[] pdf = sut().national(n);
    assertThat(sut().national(n)).isEqualTo(pdf);
    String text = text(pdf);
    // One footprint is a collection, not England, and says so.
    assertThat(n.england().name()).isEqualTo("All 1 footprint of this run");
    assertThat(text).doesNotContain("England summary").contains("A collection of 1 footprint");
    assertThat(text.indexOf("All 1 footprint of this run")).isLessThan(text.indexOf("Region: Midlands and East"));
    int league = text.indexOf("Footprints by gap and by chance of breaking even");
    int failed = text.indexOf("footprint(s) gave no result");
    assertThat(text.indexOf("Region: Midlands and East")).isLessThan(league);
    assertThat(league).isLessThan(failed);
    assertThat(text).doesNotContain("Financial bridge").doesNotContain("Executive summary");
    assertThat(text).contains("broken.json").contains("JSON_SYNTAX");
    // Money in £m: the example's 2020/21 do-something 1,419 £'000 is 1.4.
    assertThat(text).contains("(£m)");
    assertThat(n.league()).singleElement().satisfies(r -> {
      assertThat(r.rank()).isEqualTo(1);
      assertThat(r.doSomethingGbpK()).isEqualTo(PackFixtures.exampleResult().health().doSomething().last());
      assertThat(r.chanceOfBalance()).isNaN();
    });
    assertThat(n.england().members()).singleElement()
        .satisfies(m -> assertThat(m.doSomethingGbpK()).isEqualTo(PackFixtures.exampleResult().health().doSomething().last()));
  }

  @Test
  void firstPageIsAnExecutiveSummaryWithoutInternalNames() throws IOException {
    var result = PackFixtures.exampleResult();
    var mc = org.stptoolkit.finance.montecarlo.MonteCarlo.run(PackFixtures.example(),
        org.stptoolkit.finance.montecarlo.MonteCarloSpec.typical(4_096, 2016));
    PackContent p = PackFixtures.examplePack().withMonteCarlo(MonteCarloFan.of(mc, result));
    String text = text(sut().footprint(p));
    String first = text.substring(0, text.indexOf("=== page 2"));
    assertThat(first).contains("summary for the board").contains("Health and wellbeing").contains("Care and quality")
        .contains("Finance and efficiency").contains("The bridge, 2020/21")
        .contains("closed: 2020/21 goes from a deficit of 285,402 without the plan to a surplus of 1,419 with it")
        .contains("The chance of breaking even or better in 2020/21 is "
            + org.stptoolkit.finance.montecarlo.MonteCarloWords.percent(mc.headline().probabilityOfBalance().last()))
        .contains("For the board to decide or watch").contains("1. ").contains("2. ").contains("3. ");
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    assertThat(lower).doesNotContain("stp-finance").doesNotContain("assumptions.defaults").doesNotContain("seed")
        .doesNotContain("deficit 1,419");
    // The appendix comes last: the footprint's facts, the method notes, then the findings.
    assertThat(text.indexOf("Appendix: the footprint")).isGreaterThan(text.indexOf("Indicators against England"));
    assertThat(text.indexOf("Appendix: validation findings")).isGreaterThan(text.indexOf("Appendix: method notes"));
  }

  @Test
  void nationalPackOfSeveralFootprintsAggregatesWithTheEngine() {
    var nation = org.stptoolkit.model.synthetic.SyntheticNation.generate(12, 7L, 1);
    List<NationalPacks.Run> runs = new ArrayList<>();
    for (var fp : nation) {
      runs.add(NationalPacks.Run.of(fp, org.stptoolkit.finance.StpEngine.DEFAULT.run(fp), Findings.none()));
    }
    NationalPack n = NationalPacks.of("Synthetic", runs);
    assertThat(n.footprints()).hasSize(runs.size());
    // The league: worst do-something first, every footprint once.
    assertThat(n.league()).hasSize(runs.size());
    for (int i = 1; i < n.league().size(); i++) {
      assertThat(n.league().get(i).doSomethingGbpK()).isGreaterThanOrEqualTo(n.league().get(i - 1).doSomethingGbpK());
    }
    assertThat(n.regions()).isNotEmpty();
    double sum = n.regions().stream().flatMap(r -> r.members().stream()).mapToDouble(AreaView.MemberRow::doSomethingGbpK).sum();
    assertThat(n.england().positions().doSomething().gbpK().get(PackFixtures.LAST)).isCloseTo(sum, within(1e-6));
  }

  @Test
  void writesAtomically(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("pack.pdf");
    sut().writeFootprint(out, false, PackFixtures.examplePack());
    assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(dir.toFile().list()).containsExactly("pack.pdf");
  }

  /** Golden file: regenerate with -Dstp.updateGolden=true after a deliberate change, and review the diff. */
  @Test
  void exampleTextMatchesGoldenCopy() throws IOException {
    String text = text(sut().footprint(PackFixtures.examplePack()));
    if (Boolean.getBoolean("stp.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
    }
    assertThat(text).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
