package org.stptoolkit.reports.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.finance.json.NationalJson;
import org.stptoolkit.finance.national.NationalRunner;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.Parsed;
import org.stptoolkit.model.validation.ValidationFinding;
import org.stptoolkit.reports.pdf.NationalPack;
import org.stptoolkit.reports.pdf.NationalPacks;
import org.stptoolkit.reports.pdf.PackContent;
import org.stptoolkit.reports.pdf.PackContents;
import org.stptoolkit.reports.pdf.PdfPack;
import org.stptoolkit.reports.workbook.AggregateWorkbook;
import org.stptoolkit.reports.workbook.TemplateWriter;

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

  /** Rule: the same footprint number in two inputs of one run. */
  static final String DUPLICATE_FOOTPRINT = "DUPLICATE_FOOTPRINT";
  /** Rule: the same organisation in two footprints of one run. */
  static final String DUPLICATE_ORGANISATION = "DUPLICATE_ORGANISATION";

  /**
   * The inputs with what only the run as a whole can see added to each: the same footprint number in two
   * inputs, or the same organisation code in two footprints, is an ERROR on both, naming the other file,
   * so neither is counted (which of two copies is right is for the user to say, not a guess of ours); and
   * a footprint holding text its workbook cannot hold ({@link TemplateWriter#findings}) is an ERROR before
   * anything is written.
   */
  static List<Input> checked(List<Input> inputs) {
    return checked(inputs, Runnable::run);
  }

  /**
   * As {@link #checked(List)}, the text checks of each footprint (what its workbook and its pack can hold)
   * run on {@code pool}, one task a footprint; the result is the same, in input order, whatever the pool.
   */
  static List<Input> checked(List<Input> inputs, Executor pool) {
    List<java.util.concurrent.CompletableFuture<List<List<ValidationFinding>>>> texts = new ArrayList<>();
    for (Input in : inputs) {
      texts.add(in.parsed().isValid() ? java.util.concurrent.CompletableFuture.supplyAsync(() -> List.of(
          TemplateWriter.findings(in.parsed().orElseThrow()),
          org.stptoolkit.reports.pdf.PdfText.findings(in.parsed().orElseThrow())), pool)
          : java.util.concurrent.CompletableFuture.completedFuture(List.of(List.of(), List.of())));
    }
    java.util.Map<Integer, List<Input>> byNumber = new java.util.TreeMap<>();
    java.util.Map<String, List<Input>> byOrganisation = new java.util.TreeMap<>();
    for (Input in : inputs) {
      if (in.parsed().isValid()) {
        Footprint fp = in.parsed().orElseThrow();
        byNumber.computeIfAbsent(fp.number(), k -> new ArrayList<>()).add(in);
        fp.organisations().forEach(o -> byOrganisation.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(in));
      }
    }
    java.util.Map<Input, List<ValidationFinding>> extra = new java.util.IdentityHashMap<>();
    byNumber.forEach((number, same) -> {
      if (same.size() > 1) {
        for (Input in : same) {
          extra.computeIfAbsent(in, k -> new ArrayList<>()).add(ValidationFinding.error(DUPLICATE_FOOTPRINT,
              new Location(in.name(), "footprint " + number),
              "each footprint once in a run (remove one of the copies; neither is counted)",
              "footprint " + number + " also in " + others(same, in)));
        }
      }
    });
    byOrganisation.forEach((code, same) -> {
      if (same.size() > 1 && same.stream().map(i -> i.parsed().orElseThrow().number()).distinct().count() > 1) {
        for (Input in : same) {
          extra.computeIfAbsent(in, k -> new ArrayList<>()).add(ValidationFinding.error(DUPLICATE_ORGANISATION,
              new Location(in.name(), "organisation " + code),
              "each organisation in one footprint only (its figures would be counted twice)",
              "organisation " + code + " also in " + others(same, in)));
        }
      }
    });
    List<Input> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      List<List<ValidationFinding>> checks = texts.get(i).join();
      List<ValidationFinding> more = new ArrayList<>(extra.getOrDefault(in, List.of()));
      checks.get(0).forEach(f -> more.add(f.inFile(in.name())));
      if (more.isEmpty()) {
        List<ValidationFinding> printable = checks.get(1).stream().map(f -> f.inFile(in.name())).toList();
        out.add(printable.isEmpty() ? in : new Input(in.name(), Parsed.of(in.parsed().orElseThrow(),
            in.parsed().findings().plus(printable))));
      } else {
        List<ValidationFinding> all = new ArrayList<>(in.parsed().findings().all());
        all.addAll(more);
        out.add(new Input(in.name(), Parsed.failed(all)));
      }
    }
    return out;
  }

  private static String others(List<Input> same, Input self) {
    return String.join(", ", same.stream().filter(i -> i != self).map(Input::name).distinct().toList());
  }

  /**
   * The bounded pool a national run or a collection works on: {@code threads} daemon threads, shared by the
   * reading, the projection, the Monte Carlo and the documents (the caller shuts it down).
   *
   * @param threads the number of threads (1 or more)
   * @return the pool
   */
  static ExecutorService pool(int threads) {
    AtomicLong count = new AtomicLong();
    return Executors.newFixedThreadPool(Math.max(1, threads), task -> {
      Thread t = new Thread(task, "stp-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Reads every footprint JSON file of {@code folder} on {@code pool} ({@link NationalRunner#read}), in
   * file order whatever the thread count (a file that cannot be read becomes an input with its findings, as
   * {@link FootprintJson#read(Path, Path)} gives).
   */
  static List<Input> read(List<Path> files, Path folder, Executor pool, Console console) {
    List<Parsed<Footprint>> parsed = NationalRunner.of(pool).read(files, folder,
        (done, total) -> console.progress("reading", done, total));
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      inputs.add(new Input(files.get(i).getFileName().toString(), parsed.get(i)));
    }
    return inputs;
  }

  /** How long each part of a national run took, in nanoseconds (documents: the sum over their tasks). */
  record Timings(long monteCarlo, long documentsWall, long workbooks, long pdf, long aggregate) {}

  /**
   * Projects every valid input on {@code pool} ({@link NationalRunner#project}), in input order whatever the
   * thread count.
   */
  static List<Outcome> project(List<Input> unchecked, Executor pool, Console console) {
    List<Input> inputs = checked(unchecked, pool);
    List<Input> valid = inputs.stream().filter(in -> in.parsed().isValid()).toList();
    List<FootprintResult> results = NationalRunner.of(pool).project(
        valid.stream().map(in -> in.parsed().requireValid()).toList(),
        (done, total) -> console.progress("projecting", done, total, "footprints"));
    List<Outcome> out = new ArrayList<>();
    int next = 0;
    for (Input in : inputs) {
      out.add(in.parsed().isValid() ? new Outcome(in, in.parsed().requireValid(), results.get(next++))
          : new Outcome(in, null, null));
    }
    return out;
  }

  /**
   * Writes the outputs into {@code dir} as one set ({@link OutputSet}): {@code national.result.json},
   * {@code national.xlsx}, {@code national.pdf} (the short national paper), {@code findings.txt}, and for
   * each footprint {@code workbooks/NAME.xlsx} and its own pack {@code packs/NAME.pdf}, all written into a
   * temporary folder beside {@code dir} and swapped in at the end; a failure or a kill leaves the previous
   * set as it was.
   *
   * @param input the folder the inputs were read from (the outputs may not overlap it)
   * @param mcSpec the Monte Carlo to run over the footprints that ran, or {@code null}
   * @param mcOut handed the Monte Carlo result (or {@code null}) for the caller's summary; may be {@code null}
   * @param timings where the time of each part is put (index 0), or {@code null}
   * @return the files written, under {@code dir}
   */
  static List<Path> write(List<Outcome> outcomes, Path dir, Path input, boolean force, String title,
      MonteCarloSpec mcSpec, ExecutorService pool, Console console,
      java.util.function.Consumer<MonteCarloResult> mcOut, Timings[] timings) throws IOException {
    List<FootprintResult> results = outcomes.stream().filter(Outcome::ok).map(Outcome::result).toList();
    if (results.isEmpty()) {
      List<ValidationFinding> all = new ArrayList<>();
      outcomes.forEach(o -> all.addAll(o.input().parsed().findings().all()));
      throw new InvalidInputException(all);
    }
    OutputSet set = OutputSet.begin(dir, input, force);
    boolean done = false;
    try {
      List<String> names = writeSet(outcomes, results, set.folder(), title, mcSpec, pool, console,
          mcOut, timings);
      set.commit();
      done = true;
      return names.stream().map(n -> dir.resolve(n)).toList();
    } finally {
      if (!done) {
        set.abandon();
      }
    }
  }

  private static List<String> writeSet(List<Outcome> outcomes, List<FootprintResult> results, Path dir,
      String title, MonteCarloSpec mcSpec, ExecutorService pool, Console console,
      java.util.function.Consumer<MonteCarloResult> mcOut, Timings[] timings) throws IOException {
    List<String> written = new ArrayList<>();
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
    AggregateNode england = Aggregation.england(results);
    java.util.Map<Outcome, String> names = workbookNames(outcomes);
    Path packs = Files.createDirectory(dir.resolve("packs"));
    Path books = Files.createDirectory(dir.resolve("workbooks"));
    // The documents are independent (the same bytes whatever the thread count or order). Those that do not
    // need the Monte Carlo start as soon as a worker would otherwise wait: when the Monte Carlo's last wave
    // of blocks leaves one free, or at once without a Monte Carlo; the national pack as soon as it is done.
    AtomicLong workbookNanos = new AtomicLong();
    AtomicLong pdfNanos = new AtomicLong();
    AtomicLong aggregateNanos = new AtomicLong();
    List<Future<?>> tasks = java.util.Collections.synchronizedList(new ArrayList<>());
    long[] docs0 = new long[1];
    List<Callable<Void>> footprintDocuments = new ArrayList<>();
    footprintDocuments.add(timed(aggregateNanos, () -> AggregateWorkbook.write(england, results.get(0).period(),
        title, dir.resolve("national.xlsx"), false)));
    for (Outcome o : outcomes) {
      if (o.ok()) {
        String book = names.get(o);
        Path pack = packs.resolve(book.substring(0, book.length() - ".xlsx".length()) + ".pdf");
        footprintDocuments.add(timed(pdfNanos, () -> PdfPack.openPdf().writeFootprint(pack, false,
            PackContents.of(o.result(), o.footprint(), o.input().parsed().findings()))));
        footprintDocuments.add(timed(workbookNanos, () -> footprintWorkbook(o, books.resolve(book))));
      }
    }
    // the first half as soon as a worker is free; the national pack, once the Monte Carlo is done, before
    // the second half (so that it is not the last document, written while the other workers wait)
    int half = footprintDocuments.size() / 2;
    java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
    Runnable startDocuments = () -> {
      if (started.compareAndSet(false, true)) {
        docs0[0] = System.nanoTime();
        footprintDocuments.subList(0, half).forEach(d -> tasks.add(pool.submit(d)));
      }
    };
    long t0 = System.nanoTime();
    MonteCarloResult mc = null;
    try {
      if (mcSpec != null) {
        MonteCarlo.Progress shown = console.drawsProgress("Monte Carlo");
        long spare = (long) (mcSpec.threads() - 1) * MonteCarlo.BLOCK;
        MonteCarlo.Progress progress = (done, total) -> {
          shown.drawsDone(done, total);
          if (total - done <= spare) {
            startDocuments.run(); // the last wave has fewer blocks than workers
          }
        };
        List<Footprint> ran = outcomes.stream().filter(Outcome::ok).map(Outcome::footprint).toList();
        // on a worker, so that its blocks and then the documents keep every worker busy and no more
        Future<MonteCarloResult> run = pool.submit(() -> NationalRunner.of(pool).monteCarlo(ran, mcSpec, progress));
        mc = await(run, "running the Monte Carlo");
      }
      long monteCarlo = System.nanoTime() - t0;
      startDocuments.run();
      NationalPack paper = NationalPacks.of(title, runs, england, mc);
      tasks.add(pool.submit(timed(pdfNanos,
          () -> PdfPack.openPdf().writeNational(dir.resolve("national.pdf"), false, paper))));
      footprintDocuments.subList(half, footprintDocuments.size()).forEach(d -> tasks.add(pool.submit(d)));
      if (mcOut != null) {
        mcOut.accept(mc);
      }
      NationalJson.write(results, failures, mc, dir.resolve("national.result.json"), false);
      written.add("national.result.json");
      written.add("national.xlsx");
      written.add("national.pdf");
      written.add("packs");
      List<Future<?>> all;
      synchronized (tasks) {
        all = List.copyOf(tasks);
      }
      int done = 0;
      for (Future<?> task : all) {
        await(task, "writing the documents");
        console.progress("documents", ++done, all.size(), "documents");
      }
      if (timings != null) {
        timings[0] = new Timings(monteCarlo, System.nanoTime() - docs0[0], workbookNanos.get(), pdfNanos.get(),
            aggregateNanos.get());
      }
    } finally {
      synchronized (tasks) {
        tasks.forEach(t -> t.cancel(true));
      }
    }
    written.add("workbooks");
    org.stptoolkit.model.io.AtomicFile.write(dir.resolve("findings.txt"), false,
        findings.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    written.add("findings.txt");
    return written;
  }

  /** A document to write. */
  private interface Writing {
    void write() throws IOException;
  }

  private static Callable<Void> timed(AtomicLong nanos, Writing writing) {
    return () -> {
      long t = System.nanoTime();
      writing.write();
      nanos.addAndGet(System.nanoTime() - t);
      return null;
    };
  }

  /** Waits for a task (a document, the Monte Carlo); its I/O error or failure is rethrown as the command's own. */
  private static <T> T await(Future<T> task, String doing) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while " + doing);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * The one place a footprint's own workbook of a run is produced (a new file in the run's temporary
   * folder, never replacing another).
   */
  static void footprintWorkbook(Outcome o, Path file) throws IOException {
    // the footprint's texts were checked with the run's inputs (checked): a footprint whose workbook
    // cannot hold them was not projected
    Documents.workbookOfCheckedText(o.footprint(), o.result(), file, false);
  }

  /**
   * Each footprint's workbook name: its input's name without the extension ("staffs.xlsx" and
   * "nation/f10.json" give "staffs.xlsx" and "f10.xlsx"); where two inputs would give the same name
   * ("staffs.xlsx" and "staffs.xlsm"), each keeps its extension ("staffs-xlsx.xlsx", "staffs-xlsm.xlsx"),
   * and a name still taken gets a number, so no workbook ever replaces another.
   */
  static java.util.Map<Outcome, String> workbookNames(List<Outcome> outcomes) {
    java.util.Map<String, Integer> stems = new java.util.HashMap<>();
    outcomes.stream().filter(Outcome::ok).forEach(o -> stems.merge(fileStem(o).toLowerCase(java.util.Locale.ROOT), 1,
        Integer::sum));
    java.util.Map<Outcome, String> out = new java.util.IdentityHashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (Outcome o : outcomes) {
      if (!o.ok()) {
        continue;
      }
      String stem = fileStem(o);
      if (stems.get(stem.toLowerCase(java.util.Locale.ROOT)) > 1) {
        String n = baseName(o);
        int dot = n.lastIndexOf('.');
        stem = dot > 0 ? stem + "-" + n.substring(dot + 1) : stem;
      }
      String name = stem + ".xlsx";
      for (int k = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); k++) {
        name = stem + "-" + k + ".xlsx";
      }
      out.put(o, name);
    }
    return out;
  }

  private static String baseName(Outcome o) {
    String n = o.input().name();
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    return n.substring(slash + 1);
  }

  private static String fileStem(Outcome o) {
    String n = baseName(o);
    int dot = n.lastIndexOf('.');
    String stem = dot > 0 ? n.substring(0, dot) : n;
    // a name with control characters (a newline in a file name) is written with them replaced
    StringBuilder sb = new StringBuilder();
    stem.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '_' : c));
    return sb.toString();
  }
}
