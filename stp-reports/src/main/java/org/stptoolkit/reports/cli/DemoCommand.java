package org.stptoolkit.reports.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.RoundingPolicy;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stp demo}: the README's main job. Runs the embedded Staffordshire and Stoke-on-Trent example
 * and writes its outputs to a folder, printing a short headline.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the embedded Staffordshire & Stoke-on-Trent example and write its outputs"
        + " (footprint, findings) to a folder.",
    footerHeading = "%nExample:%n", footer = "  stp demo --out out")
final class DemoCommand implements Callable<Integer>, ConsoleAware {

  @Option(names = {"-o", "--out"}, defaultValue = "out", paramLabel = "DIR",
      description = "Folder for the outputs (default: ${DEFAULT-VALUE}). Existing outputs there are replaced.")
  Path dir;

  private Console console;

  @Override
  public void console(Console c) {
    this.console = c;
  }

  @Override
  public Integer call() throws Exception {
    Parsed<Footprint> parsed = Examples.readStaffordshireAndStokeOnTrent();
    Footprint fp = parsed.orElseThrow();
    Files.createDirectories(dir);
    Path footprintFile = dir.resolve("staffordshire-and-stoke-on-trent.footprint.json");
    Outputs.write(footprintFile, true, FootprintJson.toJson(fp).getBytes(StandardCharsets.UTF_8));
    Path findingsFile = dir.resolve("staffordshire-and-stoke-on-trent.findings.txt");
    StringBuilder findings = new StringBuilder();
    parsed.findings().all().forEach(f -> findings.append(f).append('\n'));
    Outputs.write(findingsFile, true, findings.toString().getBytes(StandardCharsets.UTF_8));

    var out = console.out();
    out.println(fp.name() + " (footprint " + fp.number() + ", " + fp.region().label() + "), "
        + fp.period().firstYear() + " to " + fp.period().lastYear());
    double total = fp.baseline().normalisation().stream()
        .mapToDouble(NormalisationEntry::normalisedSurplusGbpK).sum();
    out.println("  normalised " + fp.baseline().year() + " position: "
        + RoundingPolicy.formatGbpK(total) + " £'000");
    out.println("  validation: " + parsed.findings().ofSeverity(Severity.ERROR).size() + " errors, "
        + parsed.findings().ofSeverity(Severity.WARNING).size() + " warnings, "
        + parsed.findings().ofSeverity(Severity.INFO).size() + " rounding notes");
    for (Path p : List.of(footprintFile, findingsFile)) {
      out.println("  wrote " + p);
    }
    return ExitCode.OK;
  }
}
