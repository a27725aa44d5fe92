package org.stptoolkit.finance.montecarlo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.internal.DoNothingProjection;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Region;

/**
 * Monte Carlo over assumptions and solution delivery, for one footprint or a national run.
 *
 * <p>Each draw: (1) every driver shift is drawn once and added to that driver's rate for every
 * organisation and plan year; the resolved arrays are re-projected into per-thread buffers, and the
 * do-nothing becomes the bridge's do-nothing + (drivers-based projection of the draw − the central one),
 * so a published trajectory moves by the drivers' change; (2) each health solution's net is multiplied by
 * its drawn delivery factor (by solution, else by maturity, else 1), solutions of one category correlated
 * through a Gaussian copula; (3) do-something = do-nothing + Σ nets + funding applied, summed in the
 * same order as {@link org.stptoolkit.finance.internal.FinancialBridge}, so that with every distribution
 * degenerate the answer equals the deterministic bridge exactly.
 *
 * <p>Reproducibility: draws run in blocks of {@value #BLOCK} with their own {@link SplittableRandom}
 * seeded from (seed, block index); blocks run on the threads in waves and are merged in block order, so
 * the same seed gives the same numbers on 1 or 64 threads. Memory: per thread one set of sketches and
 * buffers, independent of the number of draws (unless {@link MonteCarloSpec#keepDraws()}).
 *
 * <p>Threads: the class starts none. A wave holds {@link MonteCarloSpec#threads()} blocks; the calling
 * thread runs the first block of each wave and the others are handed to an {@link Executor}: the caller's
 * own (the overloads taking one), else {@link ForkJoinPool#commonPool()}. With one thread, or one block,
 * everything runs on the calling thread. The executor only changes where blocks run, never the numbers.
 */
public final class MonteCarlo {

  /** Draws per block. */
  public static final int BLOCK = 4096;

  private MonteCarlo() {}

  /**
   * Runs the footprint through {@link StpEngine#DEFAULT} and then the Monte Carlo, its blocks on the calling
   * thread and {@link ForkJoinPool#commonPool()}.
   *
   * @param footprint the footprint
   * @param spec the run
   * @return the result
   * @throws org.stptoolkit.model.validation.InvalidInputException when the footprint has ERROR findings
   *     ({@link StpEngine#run(Footprint)}): no draw is made from invalid input
   */
  public static MonteCarloResult run(Footprint footprint, MonteCarloSpec spec) {
    return run(footprint, spec, ForkJoinPool.commonPool());
  }

  /**
   * Runs the footprint through {@link StpEngine#DEFAULT} and then the Monte Carlo, its blocks on the calling
   * thread and {@code executor} (at most {@link MonteCarloSpec#threads()} at once).
   *
   * @param footprint the footprint
   * @param spec the run
   * @param executor where blocks other than the caller's run (e.g. an application's bounded pool)
   * @return the result, the same whatever the executor
   */
  public static MonteCarloResult run(Footprint footprint, MonteCarloSpec spec, Executor executor) {
    ResolvedFootprint r = ResolvedFootprint.of(footprint);
    return run(StpEngine.DEFAULT.run(r), r, spec, Progress.NONE, executor);
  }

  /**
   * Runs on a deterministic result and its resolved footprint.
   *
   * <p>For the toolkit's own modules: {@code ResolvedFootprint} lives in the non-exported
   * {@code org.stptoolkit.finance.internal}, so other modules use the {@code Footprint} overloads.
   *
   * @param result the deterministic result
   * @param resolved its resolved footprint
   * @param spec the run
   * @return the result
   */
  @SuppressWarnings("exports")
  public static MonteCarloResult run(FootprintResult result, ResolvedFootprint resolved, MonteCarloSpec spec) {
    return run(result, resolved, spec, Progress.NONE);
  }

  /**
   * Runs on a deterministic result and its resolved footprint, telling {@code progress} the draws done
   * after each wave of blocks (from the calling thread).
   *
   * @param result the deterministic result
   * @param resolved its resolved footprint
   * @param spec the run
   * @param progress told the draws done so far, and the total
   * @return the result
   * @throws org.stptoolkit.model.validation.InvalidInputException when {@code result} has ERROR findings (one
   *     from {@link StpEngine#runAllowingErrors(Footprint)} on invalid input): no draw is made from it
   */
  @SuppressWarnings("exports")
  public static MonteCarloResult run(FootprintResult result, ResolvedFootprint resolved, MonteCarloSpec spec,
      Progress progress) {
    return run(result, resolved, spec, progress, ForkJoinPool.commonPool());
  }

  /**
   * Runs on a deterministic result and its resolved footprint, blocks on the calling thread and
   * {@code executor}, telling {@code progress} the draws done after each wave of blocks (from the calling
   * thread).
   *
   * @param result the deterministic result
   * @param resolved its resolved footprint
   * @param spec the run
   * @param progress told the draws done so far, and the total
   * @param executor where blocks other than the caller's run
   * @return the result, the same whatever the executor
   * @throws org.stptoolkit.model.validation.InvalidInputException when {@code result} has ERROR findings: no
   *     draw is made from it
   */
  @SuppressWarnings("exports")
  public static MonteCarloResult run(FootprintResult result, ResolvedFootprint resolved, MonteCarloSpec spec,
      Progress progress, Executor executor) {
    if (result.findings().hasErrors()) {
      throw new org.stptoolkit.model.validation.InvalidInputException(result.findings());
    }
    Model m = new Model(result, resolved, spec, new int[] {0});
    return execute(List.of(m), List.of(result.footprintName()), spec, true, progress, executor);
  }

  /** Told how many draws are done; called on the thread that started the run, never from a worker. */
  @FunctionalInterface
  public interface Progress {
    /** Tells nothing. */
    Progress NONE = (done, total) -> { };

    /**
     * Draws done so far.
     *
     * @param done draws done
     * @param total draws asked for
     */
    void drawsDone(int done, int total);
  }

  /**
   * A national run: every footprint with the same spec (driver shifts drawn once per draw and shared by
   * all footprints, deliveries drawn per footprint), reported for England, each region present (in
   * region order) and then each footprint (in the order given).
   *
   * @param footprints the footprints
   * @param spec the run
   * @return nodes England, the regions, then the footprints
   * @throws org.stptoolkit.model.validation.InvalidInputException when a footprint has ERROR findings
   */
  public static MonteCarloResult national(List<Footprint> footprints, MonteCarloSpec spec) {
    return national(footprints, spec, Progress.NONE);
  }

  /**
   * A national run as {@link #national(List, MonteCarloSpec)}, telling {@code progress} the draws done.
   *
   * @param footprints the footprints
   * @param spec the run
   * @param progress told the draws done after each wave of blocks
   * @return nodes England, the regions, then the footprints
   */
  public static MonteCarloResult national(List<Footprint> footprints, MonteCarloSpec spec, Progress progress) {
    return national(footprints, spec, progress, ForkJoinPool.commonPool());
  }

  /**
   * A national run as {@link #national(List, MonteCarloSpec)}, its blocks on the calling thread and
   * {@code executor}, telling {@code progress} the draws done.
   *
   * @param footprints the footprints
   * @param spec the run
   * @param progress told the draws done after each wave of blocks
   * @param executor where blocks other than the caller's run
   * @return nodes England, the regions, then the footprints; the same whatever the executor
   */
  public static MonteCarloResult national(List<Footprint> footprints, MonteCarloSpec spec, Progress progress,
      Executor executor) {
    java.util.Objects.requireNonNull(executor, "executor");
    if (footprints.isEmpty()) {
      throw new IllegalArgumentException("a national run needs at least one footprint");
    }
    List<Region> regions = new ArrayList<>();
    for (Footprint f : footprints) {
      if (!regions.contains(f.region())) {
        regions.add(f.region());
      }
    }
    regions.sort(null);
    List<String> names = new ArrayList<>();
    names.add("England");
    regions.forEach(r -> names.add(r.label()));
    footprints.forEach(f -> names.add(f.name()));
    int first = 1 + regions.size();
    // the footprints' models, independent: as the blocks run, some on the executor and the rest here
    int threads = Math.min(spec.threads(), footprints.size());
    Model[] built = new Model[footprints.size()];
    List<CompletableFuture<Void>> others = new ArrayList<>();
    for (int i = 0; i < footprints.size(); i++) {
      if (threads > 1 && i % threads != 0) {
        final int k = i;
        others.add(CompletableFuture.runAsync(() -> built[k] = model(footprints.get(k), spec, regions, first + k),
            executor));
      }
    }
    try {
      for (int i = 0; i < footprints.size(); i++) {
        if (threads <= 1 || i % threads == 0) {
          built[i] = model(footprints.get(i), spec, regions, first + i);
        }
      }
    } finally {
      others.forEach(MonteCarlo::awaitQuietly);
    }
    for (CompletableFuture<Void> f : others) {
      try {
        f.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
    List<Model> models = List.of(built);
    return execute(models, names, spec, false, progress, executor);
  }

  /** The model of footprint {@code f}, node {@code node} among England and the regions before it. */
  private static Model model(Footprint f, MonteCarloSpec spec, List<Region> regions, int node) {
    ResolvedFootprint r = ResolvedFootprint.of(f);
    return new Model(StpEngine.DEFAULT.run(r), r, spec, new int[] {0, 1 + regions.indexOf(f.region()), node});
  }

  /** Everything about one footprint that the draws need, immutable and shared by the threads. */
  static final class Model {
    final ResolvedFootprint r;
    final int years;
    final int[] nodes;
    final double[] doNothing;
    final double[] central;
    final double[] fundingApplied;
    final double[][] nets;
    final Distribution[] delivery;
    final int[] category;
    final String[] labels;
    final double[] baseRates;

    Model(FootprintResult result, ResolvedFootprint r, MonteCarloSpec spec, int[] nodes) {
      this.r = r;
      this.nodes = nodes;
      BridgeResult h = result.health();
      years = h.doNothing().size();
      doNothing = h.doNothing().toArray();
      fundingApplied = h.fundingApplied().toArray();
      baseRates = new double[r.ratesLength()];
      r.copyRatesInto(baseRates);
      double[] out = new double[r.projectionLength()];
      central = new double[years];
      DoNothingProjection.project(r, baseRates, null, out);
      DoNothingProjection.healthSurplus(r, out, central);
      List<SolutionLine> sols = h.solutions();
      nets = new double[sols.size()][];
      delivery = new Distribution[sols.size()];
      category = new int[sols.size()];
      labels = new String[sols.size()];
      for (int i = 0; i < sols.size(); i++) {
        SolutionLine s = sols.get(i);
        nets[i] = s.net().toArray();
        Distribution d = spec.deliveryBySolution().get(s.index());
        if (d == null) {
          d = spec.deliveryByMaturity().get(s.maturity());
        }
        delivery[i] = d;
        category[i] = s.category().ordinal();
        labels[i] = s.label();
      }
    }
  }

  /** Per-thread buffers and per-block accumulators. */
  static final class Worker {
    final int nodes;
    final int years;
    final QuantileSketch[][] dn;
    final QuantileSketch[][] ds;
    final QuantileSketch[] cum;
    final Moments[][] dnM;
    final Moments[][] dsM;
    final Moments[] cumM;
    final long[][] balance;
    final double[] sx;
    final double[] sxx;
    final double[] sxy;
    double sy;
    double syy;
    long n;
    final double[] rates;
    final double[] out;
    final double[] health;
    final double[] dnDraw;
    final double[] dsDraw;
    final double[] nodeDn;
    final double[] nodeDs;
    final double[] shifts;
    final double[] inputs;
    final double[] categoryZ;

    Worker(int nodes, int years, int inputs, int shifts, int maxRates, int maxOut, double alpha) {
      this.nodes = nodes;
      this.years = years;
      dn = new QuantileSketch[nodes][years];
      ds = new QuantileSketch[nodes][years];
      cum = new QuantileSketch[nodes];
      dnM = new Moments[nodes][years];
      dsM = new Moments[nodes][years];
      cumM = new Moments[nodes];
      balance = new long[nodes][years];
      for (int k = 0; k < nodes; k++) {
        for (int y = 0; y < years; y++) {
          dn[k][y] = new QuantileSketch(alpha);
          ds[k][y] = new QuantileSketch(alpha);
          dnM[k][y] = new Moments();
          dsM[k][y] = new Moments();
        }
        cum[k] = new QuantileSketch(alpha);
        cumM[k] = new Moments();
      }
      sx = new double[inputs];
      sxx = new double[inputs];
      sxy = new double[inputs];
      rates = new double[maxRates];
      out = new double[maxOut];
      health = new double[years];
      dnDraw = new double[years];
      dsDraw = new double[years];
      nodeDn = new double[nodes * years];
      nodeDs = new double[nodes * years];
      this.shifts = new double[shifts];
      this.inputs = new double[inputs];
      categoryZ = new double[org.stptoolkit.model.solution.SolutionCategory.values().length];
    }

    void clear() {
      for (int k = 0; k < nodes; k++) {
        for (int y = 0; y < years; y++) {
          dn[k][y].clear();
          ds[k][y].clear();
          dnM[k][y].clear();
          dsM[k][y].clear();
          balance[k][y] = 0;
        }
        cum[k].clear();
        cumM[k].clear();
      }
      java.util.Arrays.fill(sx, 0);
      java.util.Arrays.fill(sxx, 0);
      java.util.Arrays.fill(sxy, 0);
      sy = 0;
      syy = 0;
      n = 0;
    }

    void merge(Worker o) {
      for (int k = 0; k < nodes; k++) {
        for (int y = 0; y < years; y++) {
          dn[k][y].merge(o.dn[k][y]);
          ds[k][y].merge(o.ds[k][y]);
          dnM[k][y].merge(o.dnM[k][y]);
          dsM[k][y].merge(o.dsM[k][y]);
          balance[k][y] += o.balance[k][y];
        }
        cum[k].merge(o.cum[k]);
        cumM[k].merge(o.cumM[k]);
      }
      for (int i = 0; i < sx.length; i++) {
        sx[i] += o.sx[i];
        sxx[i] += o.sxx[i];
        sxy[i] += o.sxy[i];
      }
      sy += o.sy;
      syy += o.syy;
      n += o.n;
    }
  }

  private static MonteCarloResult execute(List<Model> models, List<String> nodeNames, MonteCarloSpec spec,
      boolean solutionInputs, Progress progress, Executor executor) {
    java.util.Objects.requireNonNull(executor, "executor");
    int years = models.get(0).years;
    for (Model m : models) {
      if (m.years != years) {
        throw new IllegalArgumentException("every footprint in a run must cover the same plan years");
      }
    }
    int nodes = nodeNames.size();
    int shiftCount = spec.driverShifts().size();
    int inputCount = shiftCount + (solutionInputs ? models.get(0).nets.length : 0);
    int maxRates = models.stream().mapToInt(m -> m.r.ratesLength()).max().orElse(0);
    int maxOut = models.stream().mapToInt(m -> m.r.projectionLength()).max().orElse(0);
    int draws = spec.draws();
    int blocks = (draws + BLOCK - 1) / BLOCK;
    int threads = Math.min(spec.threads(), blocks);
    double[] keptFinal = spec.keepDraws() ? new double[draws] : null;
    double[] keptCum = spec.keepDraws() ? new double[draws] : null;
    Worker total = new Worker(nodes, years, inputCount, shiftCount, 0, 0, spec.relativeError());
    Worker[] workers = new Worker[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Worker(nodes, years, inputCount, shiftCount, maxRates, maxOut, spec.relativeError());
    }
    for (int wave = 0; wave < blocks; wave += threads) {
      int inWave = Math.min(threads, blocks - wave);
      // blocks 1.. of the wave on the executor, block 0 on this thread; merged in block order
      List<CompletableFuture<Void>> others = new ArrayList<>(inWave - 1);
      for (int t = 1; t < inWave; t++) {
        final int block = wave + t;
        final Worker w = workers[t];
        others.add(CompletableFuture.runAsync(() -> {
          w.clear();
          runBlock(block, models, spec, w, solutionInputs, keptFinal, keptCum);
        }, executor));
      }
      try {
        workers[0].clear();
        runBlock(wave, models, spec, workers[0], solutionInputs, keptFinal, keptCum);
      } finally {
        for (CompletableFuture<Void> f : others) {
          awaitQuietly(f);
        }
      }
      total.merge(workers[0]);
      for (int t = 1; t < inWave; t++) {
        try {
          others.get(t - 1).join();
        } catch (CompletionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException("Monte Carlo draw failed: " + cause, cause);
        }
        total.merge(workers[t]);
      }
      progress.drawsDone(Math.min(draws, (wave + inWave) * BLOCK), draws);
    }
    return summarise(total, models, nodeNames, spec, solutionInputs, threads, keptFinal, keptCum);
  }

  /** Waits for a block so that no worker is still writing when the run returns or fails. */
  private static void awaitQuietly(CompletableFuture<Void> f) {
    try {
      f.join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      // reported by the caller's own join
    }
  }

  private static long blockSeed(long seed, int block) {
    long z = seed + 0x9E3779B97F4A7C15L * (block + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void runBlock(int block, List<Model> models, MonteCarloSpec spec, Worker w,
      boolean solutionInputs, double[] keptFinal, double[] keptCum) {
    SplittableRandom rnd = new SplittableRandom(blockSeed(spec.seed(), block));
    int start = block * BLOCK;
    int end = Math.min(spec.draws(), start + BLOCK);
    int years = w.years;
    int shiftCount = w.shifts.length;
    double rho = spec.categoryCorrelation();
    double a = Math.sqrt(rho);
    double b = Math.sqrt(1 - rho);
    for (int draw = start; draw < end; draw++) {
      for (int i = 0; i < shiftCount; i++) {
        w.shifts[i] = spec.driverShifts().get(i).shift().quantile(rnd.nextDouble());
        w.inputs[i] = w.shifts[i];
      }
      java.util.Arrays.fill(w.nodeDn, 0);
      java.util.Arrays.fill(w.nodeDs, 0);
      boolean first = true;
      for (Model m : models) {
        // (1) do-nothing, moved by the drivers.
        if (shiftCount > 0) {
          System.arraycopy(m.baseRates, 0, w.rates, 0, m.baseRates.length);
          for (int i = 0; i < shiftCount; i++) {
            double x = w.shifts[i];
            var driver = spec.driverShifts().get(i).driver();
            for (int o = 0; o < m.r.organisationCount(); o++) {
              for (int y = 0; y < years; y++) {
                w.rates[m.r.rateIndex(o, driver, y)] += x;
              }
            }
          }
          DoNothingProjection.project(m.r, w.rates, null, w.out);
          DoNothingProjection.healthSurplus(m.r, w.out, w.health);
          for (int y = 0; y < years; y++) {
            w.dnDraw[y] = m.doNothing[y] + (w.health[y] - m.central[y]);
          }
        } else {
          System.arraycopy(m.doNothing, 0, w.dnDraw, 0, years);
        }
        // (2) delivery.
        if (rho > 0) {
          for (int c = 0; c < w.categoryZ.length; c++) {
            w.categoryZ[c] = rnd.nextGaussian();
          }
        }
        double[] sol = w.dsDraw;
        java.util.Arrays.fill(sol, 0);
        for (int s = 0; s < m.nets.length; s++) {
          Distribution d = m.delivery[s];
          double f = 1;
          if (d != null) {
            double u = rho > 0
                ? Distribution.phi(a * w.categoryZ[m.category[s]] + b * rnd.nextGaussian())
                : rnd.nextDouble();
            f = d.quantile(u);
          }
          if (solutionInputs && first) {
            w.inputs[shiftCount + s] = f;
          }
          double[] net = m.nets[s];
          if (d == null) {
            for (int y = 0; y < years; y++) {
              sol[y] += net[y];
            }
          } else {
            for (int y = 0; y < years; y++) {
              sol[y] += net[y] * f;
            }
          }
        }
        // (3) do-something, in the bridge's order of addition.
        for (int y = 0; y < years; y++) {
          double dsY = w.dnDraw[y] + sol[y] + m.fundingApplied[y];
          for (int k : m.nodes) {
            w.nodeDn[k * years + y] += w.dnDraw[y];
            w.nodeDs[k * years + y] += dsY;
          }
        }
        first = false;
      }
      for (int k = 0; k < w.nodes; k++) {
        double c = 0;
        for (int y = 0; y < years; y++) {
          double dnv = w.nodeDn[k * years + y];
          double dsv = w.nodeDs[k * years + y];
          w.dn[k][y].add(dnv);
          w.ds[k][y].add(dsv);
          w.dnM[k][y].add(dnv);
          w.dsM[k][y].add(dsv);
          if (dsv >= 0) {
            w.balance[k][y]++;
          }
          c += dsv;
        }
        w.cum[k].add(c);
        w.cumM[k].add(c);
        if (k == 0 && keptFinal != null) {
          keptFinal[draw] = w.nodeDs[years - 1];
          keptCum[draw] = c;
        }
      }
      double yv = w.nodeDs[years - 1];
      w.sy += yv;
      w.syy += yv * yv;
      w.n++;
      for (int i = 0; i < w.inputs.length; i++) {
        double x = w.inputs[i];
        w.sx[i] += x;
        w.sxx[i] += x * x;
        w.sxy[i] += x * yv;
      }
    }
  }

  private static MonteCarloResult summarise(Worker t, List<Model> models, List<String> names,
      MonteCarloSpec spec, boolean solutionInputs, int threads, double[] keptFinal, double[] keptCum) {
    int years = t.years;
    List<MonteCarloResult.Node> nodes = new ArrayList<>();
    for (int k = 0; k < t.nodes; k++) {
      double[] pb = new double[years];
      for (int y = 0; y < years; y++) {
        pb[y] = (double) t.balance[k][y] / spec.draws();
      }
      Map<Percentile, Double> cumP = new LinkedHashMap<>();
      for (double p : spec.percentiles()) {
        cumP.put(Percentile.of(p), t.cum[k].quantile(p));
      }
      nodes.add(new MonteCarloResult.Node(names.get(k), series(t.dn[k], t.dnM[k], spec),
          series(t.ds[k], t.dsM[k], spec),
          new MonteCarloResult.Scalar(cumP, t.cumM[k].mean, Math.sqrt(t.cumM[k].variance())),
          ByYear.of(pb)));
    }
    List<MonteCarloResult.VarianceDriver> vd = new ArrayList<>();
    double n = t.n;
    double vy = t.syy / n - (t.sy / n) * (t.sy / n);
    for (int i = 0; i < t.sx.length; i++) {
      double vx = t.sxx[i] / n - (t.sx[i] / n) * (t.sx[i] / n);
      double cov = t.sxy[i] / n - (t.sx[i] / n) * (t.sy / n);
      if (vx <= 1e-18 || vy <= 1e-9) {
        continue;
      }
      double corr2 = Math.min(1, cov * cov / (vx * vy));
      boolean driver = i < spec.driverShifts().size();
      String name = driver ? MonteCarloResult.VarianceDriver.driverName(spec.driverShifts().get(i).driver())
          : MonteCarloResult.VarianceDriver.deliveryName(models.get(0).labels[i - spec.driverShifts().size()]);
      vd.add(new MonteCarloResult.VarianceDriver(name, driver ? MonteCarloResult.InputKind.ASSUMPTION
          : MonteCarloResult.InputKind.DELIVERY, corr2, 0));
    }
    double sum = vd.stream().mapToDouble(MonteCarloResult.VarianceDriver::squaredCorrelation).sum();
    vd.replaceAll(v -> new MonteCarloResult.VarianceDriver(v.name(), v.kind(), v.squaredCorrelation(),
        sum > 0 ? v.squaredCorrelation() / sum : 0));
    vd.sort((x, y) -> Double.compare(y.squaredCorrelation(), x.squaredCorrelation()));
    MonteCarloResult.KeptDraws kept = keptFinal == null ? null
        : new MonteCarloResult.KeptDraws(ByYear.of(keptFinal), ByYear.of(keptCum));
    return new MonteCarloResult(spec.draws(), spec.seed(), threads,
        models.get(0).r.period().labels(), nodes, vd, spec.relativeError(), kept);
  }

  private static MonteCarloResult.Series series(QuantileSketch[] sk, Moments[] m, MonteCarloSpec spec) {
    int years = sk.length;
    Map<Percentile, ByYear> ps = new LinkedHashMap<>();
    for (double p : spec.percentiles()) {
      double[] v = new double[years];
      for (int y = 0; y < years; y++) {
        v[y] = sk[y].quantile(p);
      }
      ps.put(Percentile.of(p), ByYear.of(v));
    }
    double[] mean = new double[years];
    double[] sd = new double[years];
    for (int y = 0; y < years; y++) {
      mean[y] = m[y].mean;
      sd[y] = Math.sqrt(m[y].variance());
    }
    return new MonteCarloResult.Series(ps, ByYear.of(mean), ByYear.of(sd));
  }
}
