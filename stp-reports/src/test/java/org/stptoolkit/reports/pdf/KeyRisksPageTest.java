package org.stptoolkit.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.risk.RiskResult;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.risk.KeyRisk;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Findings;

/** The key risks page: the published register, the money linked solutions carry, the heat map. */
class KeyRisksPageTest {

  private static final double TOLERANCE = 1e-9;
  /** The eight headlines' opening words, as printed in the plan (the full titles wrap in the PDF). */
  private static final List<String> TITLES = List.of("Workforce capacity", "External Governance",
      "Insufficient scale of transformation", "Public objections", "Culture and Alignment",
      "Operating Plan, and STP not aligned", "Capacity for Change", "Aligning Financial Incentives");

  /** The example with "Workforce capacity" linked to CIP/Workforce and scored 4 × 5. */
  private static Footprint linked() {
    Footprint ex = PackFixtures.example();
    List<KeyRisk> risks = new ArrayList<>(ex.risks());
    risks.set(0, risks.get(0).withScores(4, 5).withLinks(List.of("CIP/Workforce"), List.of()));
    return ex.withRisks(risks);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    return OpenPdfPackTest.text(pdf).replaceAll("\\s+", " ");
  }

  @Test
  void examplePackShowsTheEightPublishedRisksWithTheirMitigationsAndDependencies() throws IOException {
    PackContent p = PackFixtures.examplePack();
    assertThat(p.keyRisks().rows()).hasSize(8);
    String text = pdfText(PdfPack.openPdf().footprint(p));
    for (KeyRisk r : PackFixtures.example().risks()) {
      assertThat(text).contains(r.title());
      String firstWords = String.join(" ", List.of(r.mitigatingActions().split(" ")).subList(0, 6));
      assertThat(text).as("mitigations of " + r.title()).contains(firstWords);
      String dependency = String.join(" ", List.of(r.externalDependencies().split(" ")).subList(0, 5));
      assertThat(text).as("dependencies of " + r.title()).contains(dependency);
    }
    TITLES.forEach(t -> assertThat(text).contains(t));
    assertThat(text).contains("No risk is scored: the plan gives no likelihood or impact");
    assertThat(text).contains("Not linked to a solution or driver");
  }

  @Test
  void workforceRiskLinkedToCipShowsTheEnginesMoneyAndVarianceShare() throws IOException {
    Footprint fp = linked();
    FootprintResult result = StpEngine.DEFAULT.run(fp);
    MonteCarloResult mc = MonteCarlo.run(fp, MonteCarloSpec.typical(8_192, 2016L).withThreads(2));
    KeyRisksView v = PackContents.keyRisks(fp, result, mc);
    KeyRisksView.Row row = v.rows().get(0);

    SolutionLine cip = result.solutions().stream().filter(s -> s.name().equals("CIP/Workforce")).findFirst()
        .orElseThrow();
    RiskResult.AdjustedSolution adjusted = result.risk().solutions().stream()
        .filter(a -> a.index() == cip.index()).findFirst().orElseThrow();
    double share = mc.varianceDrivers().stream().filter(d -> d.name().equals("delivery: 2 CIP/Workforce"))
        .findFirst().orElseThrow().contribution();

    assertThat(row.solutions()).containsExactly("2 CIP/Workforce");
    assertThat(row.netFinalYear()).isEqualTo(cip.net().last());
    assertThat(row.netFinalYear()).isCloseTo(130_447, within(0.5)); // the seed's 2020/21 CIP row
    assertThat(row.haircutFinalYear()).isCloseTo(cip.net().last() - adjusted.riskAdjusted().last(), within(TOLERANCE));
    assertThat(row.haircutFinalYear()).isCloseTo(0.25 * cip.net().last(), within(TOLERANCE)); // plans in progress 75%
    assertThat(row.spreadShare()).isEqualTo(share);
    assertThat(share).isGreaterThan(0.05);

    PackContent content = PackContents.of(result, fp, Findings.none())
        .withMonteCarlo(MonteCarloFan.of(mc, result)).withKeyRisks(v);
    String text = pdfText(PdfPack.openPdf().footprint(content));
    // The table's cells run together in extracted text: compare without spaces.
    assertThat(text.replace(" ", "")).contains("2CIP/Workforce" + RoundingPolicy.formatGbpK(cip.net().last())
        + RoundingPolicy.formatGbpK(-row.haircutFinalYear()) + RoundingPolicy.formatGbpK(row.riskAdjustedFinalYear())
        + String.format(Locale.ROOT, "%.1f%%", share * 100));
    assertThat(RoundingPolicy.formatGbpK(-row.haircutFinalYear())).isEqualTo("(32,612)"); // 25% of 130,447
    assertThat(text).contains("Risk heat map").contains("Not scored: risk 2, 3, 4, 5, 6, 7, 8");
    assertThat(text).contains("Likelihood and impact: 4 × 5 = 20");
  }

  @Test
  void withoutAMonteCarloTheShareSaysNoRun() throws IOException {
    Footprint fp = linked();
    FootprintResult result = StpEngine.DEFAULT.run(fp);
    KeyRisksView v = PackContents.keyRisks(fp, result, null);
    assertThat(v.rows().get(0).spreadShare()).isNull();
    assertThat(v.monteCarloRun()).isFalse();
    String text = pdfText(PdfPack.openPdf().footprint(PackContents.of(result, fp, Findings.none())));
    assertThat(text).contains("no run").contains("No Monte Carlo was run for this pack");
  }

  @Test
  void syntheticFootprintPacksCarryTheirRisks() throws IOException {
    for (Footprint fp : SyntheticNation.generate(2, 2016, 1)) {
      FootprintResult result = StpEngine.DEFAULT.run(fp);
      KeyRisksView v = PackContents.keyRisks(fp, result, null);
      assertThat(v.rows()).hasSize(fp.risks().size());
      for (KeyRisksView.Row r : v.rows()) {
        double net = result.solutions().stream().filter(s -> fp.risks().get(r.number() - 1).solutions().contains(s.name()))
            .mapToDouble(s -> s.net().last()).sum();
        assertThat(r.netFinalYear()).as(fp.name() + " " + r.title()).isCloseTo(net, within(TOLERANCE));
      }
      String text = pdfText(PdfPack.openPdf().footprint(PackContents.of(result, fp, Findings.none())));
      fp.risks().forEach(k -> assertThat(text).contains(k.title()));
      assertThat(text).contains("Risk heat map");
    }
  }

  /** The acceptance check as an analyst runs it: pdftotext on the example's pack finds every title. */
  @Test
  void pdftotextFindsEveryTitle(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("pdftotext"), "pdftotext is not installed");
    Path pdf = dir.resolve("pack.pdf");
    Files.write(pdf, PdfPack.openPdf().footprint(PackFixtures.examplePack()));
    Process p = new ProcessBuilder("pdftotext", pdf.toString(), dir.resolve("pack.txt").toString())
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String text = Files.readString(dir.resolve("pack.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    for (KeyRisk r : PackFixtures.example().risks()) {
      assertThat(text).contains(r.title());
    }
  }

  private static boolean onPath(String command) {
    try {
      Process p = new ProcessBuilder(command, "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
