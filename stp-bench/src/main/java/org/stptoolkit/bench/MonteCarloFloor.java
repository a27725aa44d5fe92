package org.stptoolkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.montecarlo.Distribution;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.montecarlo.QuantileSketch;
import org.stptoolkit.finance.solution.SolutionLine;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.finance.Driver;

/**
 * The Monte Carlo floor: the draws of {@link MonteCarlo} (same {@link SplittableRandom} per block of
 * {@value MonteCarlo#BLOCK} draws, same driver shifts and re-projection of the do-nothing, same
 * correlated delivery factors, same do-something, same streaming accumulators: log-binned counts with
 * the sketch's bin formula, Welford moments, balance counts and the variance-driver sums) as one bare
 * loop over primitive arrays on one thread. The distributions' {@code quantile} and {@code phi} are the
 * engine's own functions (pure arithmetic on a double), so the floor measures everything around them.
 *
 * <p>Not measured: building the models from the deterministic results ({@link #models}).
 */
public final class MonteCarloFloor {

  private MonteCarloFloor() {}

  /** One footprint's inputs to the draws. */
  public static final class Model {
    FloorLoop.Flat f;
    int[] nodes;
    double[] doNothing;
    double[] central;
    double[] fundingApplied;
    double[][] nets;
    Distribution[] delivery;
    int[] category;
    double[] baseRates;

    Model() {}
  }

  /** The driver shifts and delivery settings, as arrays. */
  public static final class Settings {
    final int draws;
    final long seed;
    final double rho;
    final Distribution[] shift;
    final int[] shiftDriver;
    final int nodes;
    final int years;
    final boolean solutionInputs;

    Settings(MonteCarloSpec spec, int nodes, int years, boolean solutionInputs) {
      this.draws = spec.draws();
      this.seed = spec.seed();
      this.rho = spec.categoryCorrelation();
      this.shift = new Distribution[spec.driverShifts().size()];
      this.shiftDriver = new int[shift.length];
      for (int i = 0; i < shift.length; i++) {
        shift[i] = spec.driverShifts().get(i).shift();
        shiftDriver[i] = spec.driverShifts().get(i).driver().ordinal();
      }
      this.nodes = nodes;
      this.years = years;
      this.solutionInputs = solutionInputs;
    }
  }

  /** Working arrays and accumulators for one thread. */
  public static final class Work {
    final double logGamma;
    final int bins;
    final int[] positive;
    final int[] negative;
    final long[] zero;
    final double[] min;
    final double[] max;
    final long[] count;
    final double[] mean;
    final double[] m2;
    final long[] moments;
    final long[] balance;
    final double[] rates;
    final double[] out;
    final double[] health;
    final double[] dnDraw;
    final double[] sol;
    final double[] nodeDn;
    final double[] nodeDs;
    final double[] shifts;
    final double[] inputs;
    final double[] sx;
    final double[] sxx;
    final double[] sxy;
    final double[] categoryZ;
    double sy;
    double syy;

    /**
     * Arrays for the models and settings.
     *
     * @param models the footprints' models
     * @param s the run's settings
     * @param alpha the quantile sketches' relative error, between 1e-5 and 0.1
     */
    public Work(List<Model> models, Settings s, double alpha) {
      double gamma = (1 + alpha) / (1 - alpha);
      logGamma = Math.log(gamma);
      bins = (int) Math.ceil(Math.log(QuantileSketch.MAX_MAGNITUDE / QuantileSketch.MIN_MAGNITUDE) / logGamma) + 1;
      // Sketches: per node, dn by year, ds by year, then the cumulative: 2 × years + 1.
      int sketches = s.nodes * (2 * s.years + 1);
      positive = new int[sketches * bins];
      negative = new int[sketches * bins];
      zero = new long[sketches];
      min = new double[sketches];
      max = new double[sketches];
      count = new long[sketches];
      mean = new double[sketches];
      m2 = new double[sketches];
      moments = new long[sketches];
      balance = new long[s.nodes * s.years];
      int maxRates = 0;
      int maxOut = 0;
      int maxSolutions = 0;
      for (Model m : models) {
        maxRates = Math.max(maxRates, m.baseRates.length);
        maxOut = Math.max(maxOut, m.f.units * (m.f.years + 1) * FloorLoop.MEASURES);
        maxSolutions = Math.max(maxSolutions, m.nets.length);
      }
      rates = new double[maxRates];
      out = new double[maxOut];
      health = new double[s.years];
      dnDraw = new double[s.years];
      sol = new double[s.years];
      nodeDn = new double[s.nodes * s.years];
      nodeDs = new double[s.nodes * s.years];
      shifts = new double[s.shift.length];
      int inputCount = s.shift.length + (s.solutionInputs ? models.get(0).nets.length : 0);
      inputs = new double[inputCount];
      sx = new double[inputCount];
      sxx = new double[inputCount];
      sxy = new double[inputCount];
      categoryZ = new double[org.stptoolkit.model.solution.SolutionCategory.values().length];
    }
  }

  /**
   * The models of a run: one footprint (one node) or a national run (England, then each region present).
   *
   * @param footprints the footprints
   * @param results their deterministic results ({@code StpEngine.DEFAULT.run}), same order
   * @param spec the Monte Carlo set-up
   * @param national whether to report England and regions (else the one footprint)
   * @return the models
   */
  public static List<Model> models(List<Footprint> footprints, List<FootprintResult> results, MonteCarloSpec spec,
      boolean national) {
    List<Region> regions = new ArrayList<>();
    for (Footprint f : footprints) {
      if (!regions.contains(f.region())) {
        regions.add(f.region());
      }
    }
    regions.sort(null);
    List<Model> models = new ArrayList<>();
    for (int i = 0; i < footprints.size(); i++) {
      Footprint fp = footprints.get(i);
      FootprintResult result = results.get(i);
      Model m = new Model();
      m.f = FloorLoop.flatten(fp);
      m.nodes = national ? new int[] {0, 1 + regions.indexOf(fp.region())} : new int[] {0};
      BridgeResult h = result.health();
      m.doNothing = h.doNothing().toArray();
      m.fundingApplied = h.fundingApplied().toArray();
      m.baseRates = m.f.rates.clone();
      double[] out = new double[m.f.units * (m.f.years + 1) * FloorLoop.MEASURES];
      m.central = new double[m.f.years];
      FloorLoop.project(m.f, m.baseRates, out);
      FloorLoop.scopeSurplus(m.f, out, -1, m.central);
      List<SolutionLine> sols = h.solutions();
      m.nets = new double[sols.size()][];
      m.delivery = new Distribution[sols.size()];
      m.category = new int[sols.size()];
      for (int s = 0; s < sols.size(); s++) {
        SolutionLine line = sols.get(s);
        m.nets[s] = line.net().toArray();
        Distribution d = spec.deliveryBySolution().get(line.index());
        m.delivery[s] = d != null ? d : spec.deliveryByMaturity().get(line.maturity());
        m.category[s] = line.category().ordinal();
      }
      models.add(m);
    }
    return models;
  }

  /**
   * Settings for a run over {@code models}.
   *
   * @param spec the Monte Carlo set-up
   * @param models the footprints' models
   * @param national whether to report England and regions (else the one footprint)
   * @return the settings
   */
  public static Settings settings(MonteCarloSpec spec, List<Model> models, boolean national) {
    int nodes = 1;
    if (national) {
      for (Model m : models) {
        nodes = Math.max(nodes, m.nodes[1] + 1);
      }
    }
    return new Settings(spec, nodes, models.get(0).f.years, !national);
  }

  /**
   * Every draw, block by block, on this thread.
   *
   * @param models the footprints' models
   * @param s the run's settings
   * @param w working arrays made for these models and settings
   * @return the mean of the headline node's final-year do-something over the draws (Welford)
   */
  public static double run(List<Model> models, Settings s, Work w) {
    java.util.Arrays.fill(w.positive, 0);
    java.util.Arrays.fill(w.negative, 0);
    java.util.Arrays.fill(w.zero, 0);
    java.util.Arrays.fill(w.count, 0);
    java.util.Arrays.fill(w.min, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(w.max, Double.NEGATIVE_INFINITY);
    java.util.Arrays.fill(w.mean, 0);
    java.util.Arrays.fill(w.m2, 0);
    java.util.Arrays.fill(w.moments, 0);
    java.util.Arrays.fill(w.balance, 0);
    java.util.Arrays.fill(w.sx, 0);
    java.util.Arrays.fill(w.sxx, 0);
    java.util.Arrays.fill(w.sxy, 0);
    w.sy = 0;
    w.syy = 0;
    int blocks = (s.draws + MonteCarlo.BLOCK - 1) / MonteCarlo.BLOCK;
    for (int block = 0; block < blocks; block++) {
      block(block, models, s, w);
    }
    int years = s.years;
    return w.mean[years + years - 1];
  }

  private static void block(int block, List<Model> models, Settings s, Work w) {
    SplittableRandom rnd = new SplittableRandom(blockSeed(s.seed, block));
    int start = block * MonteCarlo.BLOCK;
    int end = Math.min(s.draws, start + MonteCarlo.BLOCK);
    final int years = s.years;
    final int shiftCount = s.shift.length;
    final double rho = s.rho;
    final double a = Math.sqrt(rho);
    final double b = Math.sqrt(1 - rho);
    final int modelCount = models.size();
    for (int draw = start; draw < end; draw++) {
      for (int i = 0; i < shiftCount; i++) {
        w.shifts[i] = s.shift[i].quantile(rnd.nextDouble());
        w.inputs[i] = w.shifts[i];
      }
      java.util.Arrays.fill(w.nodeDn, 0);
      java.util.Arrays.fill(w.nodeDs, 0);
      for (int mi = 0; mi < modelCount; mi++) {
        Model m = models.get(mi);
        FloorLoop.Flat f = m.f;
        if (shiftCount > 0) {
          System.arraycopy(m.baseRates, 0, w.rates, 0, m.baseRates.length);
          for (int i = 0; i < shiftCount; i++) {
            double x = w.shifts[i];
            int d = s.shiftDriver[i];
            for (int o = 0; o < f.orgs; o++) {
              int base = (o * Driver.COUNT + d) * years;
              for (int y = 0; y < years; y++) {
                w.rates[base + y] += x;
              }
            }
          }
          FloorLoop.project(f, w.rates, w.out);
          FloorLoop.scopeSurplus(f, w.out, -1, w.health);
          for (int y = 0; y < years; y++) {
            w.dnDraw[y] = m.doNothing[y] + (w.health[y] - m.central[y]);
          }
        } else {
          System.arraycopy(m.doNothing, 0, w.dnDraw, 0, years);
        }
        if (rho > 0) {
          for (int c = 0; c < w.categoryZ.length; c++) {
            w.categoryZ[c] = rnd.nextGaussian();
          }
        }
        final double[] sol = w.sol;
        for (int y = 0; y < years; y++) {
          sol[y] = 0;
        }
        for (int k = 0; k < m.nets.length; k++) {
          Distribution d = m.delivery[k];
          double fct = 1;
          if (d != null) {
            double u = rho > 0 ? Distribution.phi(a * w.categoryZ[m.category[k]] + b * rnd.nextGaussian())
                : rnd.nextDouble();
            fct = d.quantile(u);
          }
          if (s.solutionInputs && mi == 0) {
            w.inputs[shiftCount + k] = fct;
          }
          final double[] net = m.nets[k];
          if (d == null) {
            for (int y = 0; y < years; y++) {
              sol[y] += net[y];
            }
          } else {
            for (int y = 0; y < years; y++) {
              sol[y] += net[y] * fct;
            }
          }
        }
        for (int y = 0; y < years; y++) {
          double dsY = w.dnDraw[y] + sol[y] + m.fundingApplied[y];
          for (int k : m.nodes) {
            w.nodeDn[k * years + y] += w.dnDraw[y];
            w.nodeDs[k * years + y] += dsY;
          }
        }
      }
      final int per = 2 * years + 1;
      for (int k = 0; k < s.nodes; k++) {
        double c = 0;
        for (int y = 0; y < years; y++) {
          double dnv = w.nodeDn[k * years + y];
          double dsv = w.nodeDs[k * years + y];
          add(w, k * per + y, dnv);
          add(w, k * per + years + y, dsv);
          if (dsv >= 0) {
            w.balance[k * years + y]++;
          }
          c += dsv;
        }
        add(w, k * per + 2 * years, c);
      }
      double yv = w.nodeDs[years - 1];
      w.sy += yv;
      w.syy += yv * yv;
      for (int i = 0; i < w.inputs.length; i++) {
        double x = w.inputs[i];
        w.sx[i] += x;
        w.sxx[i] += x * x;
        w.sxy[i] += x * yv;
      }
    }
  }

  /** The sketch's add and Welford's moments, inline over the arrays. */
  private static void add(Work w, int sk, double x) {
    w.count[sk]++;
    if (x < w.min[sk]) {
      w.min[sk] = x;
    }
    if (x > w.max[sk]) {
      w.max[sk] = x;
    }
    double abs = Math.abs(x);
    if (abs < QuantileSketch.MIN_MAGNITUDE) {
      w.zero[sk]++;
    } else {
      int k = (int) Math.ceil(Math.log(abs / QuantileSketch.MIN_MAGNITUDE) / w.logGamma);
      if (k < 0) {
        k = 0;
      } else if (k >= w.bins) {
        k = w.bins - 1;
      }
      if (x > 0) {
        w.positive[sk * w.bins + k]++;
      } else {
        w.negative[sk * w.bins + k]++;
      }
    }
    long n = ++w.moments[sk];
    double d = x - w.mean[sk];
    w.mean[sk] += d / n;
    w.m2[sk] += d * (x - w.mean[sk]);
  }

  /** {@code MonteCarlo}'s block seed (SplitMix64 of seed and block). */
  static long blockSeed(long seed, int block) {
    long z = seed + 0x9E3779B97F4A7C15L * (block + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
