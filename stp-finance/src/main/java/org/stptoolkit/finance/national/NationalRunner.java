package org.stptoolkit.finance.national;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.validation.Parsed;

/**
 * A national run, as {@code stp national} makes it, for a Java application: footprint files read, every
 * footprint projected by an engine, the results aggregated to regions and England, and one Monte Carlo over
 * all of them (driver shifts shared, deliveries drawn per footprint).
 *
 * <p>Threads: the runner starts none. Every task (a file read, a footprint projected, a block of draws) runs
 * on the {@link Executor} it was given, so an application decides how many threads a run may use (a fixed
 * pool of its own, a virtual-thread executor, or {@code Runnable::run} for the calling thread only). The
 * results are the same, in the same order, whatever the executor. Stateless and thread-safe.
 *
 * <pre>{@code
 * ExecutorService pool = Executors.newFixedThreadPool(4);
 * NationalRunner runner = NationalRunner.of(pool);
 * NationalResult national = runner.run(SyntheticNation.generate(44, 2016L),
 *     Optional.of(MonteCarloSpec.typical(10_000, 1L).withThreads(4)));
 * pool.shutdown();
 * }</pre>
 */
public final class NationalRunner {

  /** Told how many items of a step are done; called on the thread that started the step. */
  @FunctionalInterface
  public interface Progress {
    /** Tells nothing. */
    Progress NONE = (done, total) -> { };

    /**
     * Items done so far.
     *
     * @param done items done
     * @param total items in the step
     */
    void done(int done, int total);
  }

  private final Executor executor;
  private final StpEngine engine;

  private NationalRunner(Executor executor, StpEngine engine) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /**
   * A runner using {@link StpEngine#DEFAULT} on {@code executor}.
   *
   * @param executor where every task of a run runs
   * @return the runner
   */
  public static NationalRunner of(Executor executor) {
    return new NationalRunner(executor, StpEngine.DEFAULT);
  }

  /**
   * A copy using another engine (e.g. other realisation factors).
   *
   * @param other the engine
   * @return the copy
   */
  public NationalRunner withEngine(StpEngine other) {
    return new NationalRunner(executor, other);
  }

  /**
   * Reads footprint files, as {@link FootprintJson#read(Path, Path)} reads each (a file that cannot be read
   * or is invalid gives its findings, never an exception), in the order given whatever the executor.
   *
   * @param files the files
   * @param folder the folder they were listed from (a link out of it is refused), or {@code null}
   * @param progress told the files read so far
   * @return each file's footprint or findings, in order
   */
  public List<Parsed<Footprint>> read(List<Path> files, Path folder, Progress progress) {
    List<Path> all = List.copyOf(files);
    if (all.isEmpty()) {
      return List.of();
    }
    // the first on this thread, so that what the reader builds lazily exists before tasks share it
    Parsed<Footprint> first = FootprintJson.read(all.get(0), folder);
    List<Parsed<Footprint>> rest = inOrder(all.subList(1, all.size()), f -> FootprintJson.read(f, folder),
        (done, total) -> progress.done(done + 1, all.size()));
    List<Parsed<Footprint>> out = new ArrayList<>(all.size());
    out.add(first);
    out.addAll(rest);
    if (all.size() == 1) {
      progress.done(1, 1);
    }
    return List.copyOf(out);
  }

  /**
   * Projects every footprint with the runner's engine, in the order given whatever the executor. As a
   * national run chooses ({@link StpEngine#runAllowingErrors(Footprint)}), a footprint one of whose steps
   * could not be computed comes back with its ERROR findings rather than stopping the others: check
   * {@code result.findings().hasErrors()} before using its figures.
   *
   * @param footprints the footprints
   * @param progress told the footprints projected so far
   * @return each footprint's result, in order
   */
  public List<FootprintResult> project(List<Footprint> footprints, Progress progress) {
    return inOrder(List.copyOf(footprints), engine::runAllowingErrors, progress);
  }

  /**
   * The national Monte Carlo of the footprints ({@link MonteCarlo#national(List, MonteCarloSpec,
   * MonteCarlo.Progress, Executor)}), its blocks on this thread and the runner's executor.
   *
   * @param footprints the footprints (at least one)
   * @param spec the run
   * @param progress told the draws done after each wave of blocks
   * @return England, the regions, then the footprints
   */
  public MonteCarloResult monteCarlo(List<Footprint> footprints, MonteCarloSpec spec, MonteCarlo.Progress progress) {
    return MonteCarlo.national(footprints, spec, progress, executor);
  }

  /**
   * The whole run: every footprint projected, aggregated, and the Monte Carlo when {@code monteCarlo} holds
   * a spec.
   *
   * @param footprints the footprints (at least one)
   * @param monteCarlo the Monte Carlo to run, or empty for none
   * @return the results, England and the Monte Carlo
   */
  public NationalResult run(List<Footprint> footprints, Optional<MonteCarloSpec> monteCarlo) {
    List<Footprint> all = List.copyOf(footprints);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a national run needs at least one footprint");
    }
    List<FootprintResult> results = project(all, Progress.NONE);
    Optional<MonteCarloResult> mc = monteCarlo.map(spec -> monteCarlo(all, spec, MonteCarlo.Progress.NONE));
    return new NationalResult(all, results, Aggregation.england(results), mc);
  }

  /** Runs {@code task} on every item on the executor and gives the answers in the items' order. */
  private <T, R> List<R> inOrder(List<T> items, Function<T, R> task, Progress progress) {
    List<CompletableFuture<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(CompletableFuture.supplyAsync(() -> task.apply(item), executor));
    }
    List<R> out = new ArrayList<>(items.size());
    for (int i = 0; i < futures.size(); i++) {
      try {
        out.add(futures.get(i).join());
      } catch (CompletionException e) {
        futures.forEach(f -> f.cancel(false));
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
      progress.done(i + 1, items.size());
    }
    return List.copyOf(out);
  }
}
