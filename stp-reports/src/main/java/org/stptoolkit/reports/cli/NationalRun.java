package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.finance.json.NationalJson;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.reports.pdf.NationalPack;
import org.stptoolkit.reports.pdf.NationalPacks;
import org.stptoolkit.reports.pdf.PackContent;
import org.stptoolkit.reports.pdf.PackContents;
import org.stptoolkit.reports.pdf.PdfPack;
import org.stptoolkit.reports.workbook.AggregateWorkbook;

/**
 * Many footprints at once, shared by {@code stp national} and {@code stp collect}: each input read (one
 * that fails is reported and the rest go on), projected on a pool of threads, aggregated to regions and
 * England, and written as the national result JSON, the aggregated workbook, one template per footprint
 * and the national PDF pack, plus a findings report naming every problem with its file and place.
 */
final class NationalRun {

  /** One input: its name, and the footprint read from it (with findings). */
  record Input(String name, Parsed<Footprint> parsed) {}

  /** One input after projection. */
  record Outcome(Input input, Footprint footprint, FootprintResult result) {
    boolean ok() {
      return result != null;
    }
  }

  private NationalRun() {}

  /** Projects every valid input on {@code threads} threads, in input order whatever the thread count. */
  static List<Outcome> project(List<Input> inputs, int threads, Console console) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<FootprintResult>> futures = new ArrayList<>();
      for (Input in : inputs) {
        futures.add(in.parsed().isValid()
            ? pool.submit(() -> StpEngine.DEFAULT.run(in.parsed().orElseThrow())) : null);
      }
      List<Outcome> out = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        Input in = inputs.get(i);
        Future<FootprintResult> f = futures.get(i);
        if (f == null) {
          out.add(new Outcome(in, null, null));
        } else {
          try {
            out.add(new Outcome(in, in.parsed().orElseThrow(), f.get()));
          } catch (ExecutionException e) {
            throw new IllegalStateException("the engine failed on " + in.name(), e.getCause());
          }
        }
        console.progress("projecting", i + 1, inputs.size(), "footprints");
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Writes the outputs into {@code dir}: {@code national.result.json}, {@code national.xlsx},
   * {@code national.pdf} (the short national paper), {@code findings.txt}, and for each footprint
   * {@code workbooks/NAME.xlsx} and its own pack {@code packs/NAME.pdf}.
   *
   * @param mcSpec the Monte Carlo to run over the footprints that ran, or {@code null}
   * @return the files written
   */
  static List<Path> write(List<Outcome> outcomes, Path dir, boolean force, String title,
      MonteCarloSpec mcSpec, Console console) throws IOException {
    return write(outcomes, dir, force, title, mcSpec, console, null);
  }

  /**
   * As {@link #write(List, Path, boolean, String, MonteCarloSpec, Console)}, handing the Monte Carlo
   * result (or {@code null}) to {@code mcOut} for the caller's summary.
   */
  static List<Path> write(List<Outcome> outcomes, Path dir, boolean force, String title,
      MonteCarloSpec mcSpec, Console console, java.util.function.Consumer<MonteCarloResult> mcOut)
      throws IOException {
    List<FootprintResult> results = outcomes.stream().filter(Outcome::ok).map(Outcome::result).toList();
    if (results.isEmpty()) {
      List<ValidationFinding> all = new ArrayList<>();
      outcomes.forEach(o -> all.addAll(o.input().parsed().findings().all()));
      throw new InvalidInputException(all);
    }
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    List<NationalJson.Failure> failures = new ArrayList<>();
    List<NationalPacks.Run> runs = new ArrayList<>();
    StringBuilder findings = new StringBuilder();
    for (Outcome o : outcomes) {
      Findings f = o.input().parsed().findings();
      f.all().forEach(x -> findings.append(x).append('\n'));
      if (o.ok()) {
        runs.add(NationalPacks.Run.of(o.footprint(), o.result(), f));
      } else {
        failures.add(new NationalJson.Failure(o.input().name(), f.all()));
        runs.add(NationalPacks.Run.failed(o.input().name(), f));
      }
    }
    MonteCarloResult mc = null;
    if (mcSpec != null) {
      mc = MonteCarlo.national(outcomes.stream().filter(Outcome::ok).map(Outcome::footprint).toList(), mcSpec,
          console.drawsProgress("Monte Carlo"));
    }
    if (mcOut != null) {
      mcOut.accept(mc);
    }
    AggregateNode england = Aggregation.england(results);
    Path json = dir.resolve("national.result.json");
    NationalJson.write(results, failures, mc, json, force);
    written.add(json);
    Path xlsx = dir.resolve("national.xlsx");
    AggregateWorkbook.write(england, results.get(0).period(), title, xlsx, force);
    written.add(xlsx);
    Path pdf = dir.resolve("national.pdf");
    NationalPack paper = NationalPacks.of(title, runs, england, mc);
    PdfPack.openPdf().writeNational(pdf, force, paper);
    written.add(pdf);
    Path packs = dir.resolve("packs");
    Files.createDirectories(packs);
    List<Outcome> ok = outcomes.stream().filter(Outcome::ok).toList();
    for (int k = 0; k < ok.size(); k++) {
      Outcome o = ok.get(k);
      PackContent content = PackContents.of(o.result(), o.footprint(), o.input().parsed().findings());
      PdfPack.openPdf().writeFootprint(packs.resolve(fileStem(o) + ".pdf"), force, content);
      console.progress("footprint packs", k + 1, ok.size(), "packs");
    }
    written.add(packs);
    Path books = dir.resolve("workbooks");
    Files.createDirectories(books);
    int i = 0;
    for (Outcome o : outcomes) {
      i++;
      if (o.ok()) {
        Documents.workbook(o.footprint(), o.result(), books.resolve(fileStem(o) + ".xlsx"), force);
      }
      console.progress("workbooks", i, outcomes.size(), "workbooks");
    }
    written.add(books);
    Path report = dir.resolve("findings.txt");
    org.stptoolkit.model.io.AtomicFile.write(report, force,
        findings.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    written.add(report);
    return written;
  }

  private static String fileStem(Outcome o) {
    String n = o.input().name();
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    n = n.substring(slash + 1);
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
