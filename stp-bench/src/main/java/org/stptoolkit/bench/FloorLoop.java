package org.stptoolkit.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.DoNothingTrajectory;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.FundingLine;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionRule;

/**
 * The floor: the engine's deterministic do-nothing projection, solutions (with double-count removal)
 * and bridge, written as one hand-made loop over plain {@code double[]} and {@code int[]} with no model
 * objects, no collections, no boxing and no allocation, the physical limit of this work on this
 * machine. {@link ProjectionBenchmark} reports the engine's time divided by this loop's.
 *
 * <p>{@link #flatten} turns a footprint into {@link Flat} arrays once (the equivalent of the engine's
 * {@code ResolvedFootprint}, done in {@code @Setup}, not measured); {@link #run} then does, per run, the
 * arithmetic of {@code DoNothingProjection.project}, {@code SolutionEngine.compute} (pool values,
 * remaining pools, each rule evaluated on the full pool and, for percent-of-pool and overhead rules, on
 * what earlier solutions left, the cap and the draw from each pool) and {@code FinancialBridge.compute}
 * (drivers-based position of each scope, published trajectory where given, solutions, funding,
 * do-something, cumulative sums, the deficit funding requirement, and the comparison of the plan's
 * printed total solution value and do-something rows with the computed ones in whole £'000 against the
 * ±1 tolerance, as {@code PrintedRow.check} does), in the same order, so that its numbers equal the
 * engine's (a unit test checks this on the example and on a synthetic nation). Like the engine, it
 * refuses a non-finite figure (one test of the checksum, where the engine tests each series it makes).
 *
 * <p>What it does not do, because it is not arithmetic: allocate result objects, and format the text of
 * the findings the printed-row comparison gives (the engine writes two sentences for each footprint
 * that prints its rows, the real example among them).
 *
 * <p>It copies the engine's formulas as written in stp-finance at the time of writing; when the engine's
 * arithmetic changes, {@code FloorLoopTest} fails and this class must follow.
 */
public final class FloorLoop {

  static final int MEASURES = ResolvedFootprint.MEASURES;
  static final int INCOME = ResolvedFootprint.INCOME;
  static final int STAFF = ResolvedFootprint.STAFF;
  static final int VARIABLE = ResolvedFootprint.VARIABLE;
  static final int FIXED = ResolvedFootprint.FIXED;
  static final int CHC = ResolvedFootprint.CHC;
  static final int COMMISSIONER = ResolvedFootprint.COMMISSIONER;
  static final int PROVIDER = ResolvedFootprint.PROVIDER;
  static final int SOCIAL_CARE = ResolvedFootprint.SOCIAL_CARE;

  /** Rule kinds. */
  static final int NONE = 0;
  static final int PERCENT_OF_POOL = 1;
  static final int OPPORTUNITY = 2;
  static final int ACTIVITY_SHIFT = 3;
  static final int BED_CLOSURE = 4;
  static final int OVERHEAD = 5;

  private FloorLoop() {}

  /** One footprint as primitive arrays only. Fields are package-private and filled by {@link #flatten}. */
  public static final class Flat {
    int years;
    int units;
    int orgs;
    int[] unitOrg;
    int[] orgSector;
    double[] base;
    double[] rates;
    double[] pressure;
    int pools;
    int[][] poolUnits;
    int[] poolMask;
    /**
     * Pool {@code q}'s cells in a projection output, resolved once from its units and mask: the base
     * year's offset of each measure it adds up, unit by unit, measure by measure; year {@code t}'s value
     * is {@code t × MEASURES} further on (what the engine's {@code ResolvedFootprint} keeps for
     * {@code Projection.poolValues}).
     */
    int[][] poolCells;
    int solutions;
    int[] kind;
    int[] rulePool;
    int[][] own;
    boolean[] phased;
    double[][] phasedGbpK;
    double[] share;
    int[] fromIndex;
    boolean[] cumulative;
    double[] amount;
    int[] phaseYears;
    double[][] ramp;
    int[] solutionScope;
    int scopes;
    int[] scopeOrg;
    boolean[][] published;
    double[][] publishedGbpK;
    double[][][] fundingGbpK;
    boolean[][] fundingCommitted;
    /**
     * The plan years in which scope {@code sc} prints its total solution value ({@code [sc][0]}) and its
     * do-something ({@code [sc][1]}), or {@code null} when it prints none (the engine's {@code PrintedRow}).
     */
    int[][][] printedYears;
    /** The printed figures in those years, whole £'000, aligned with {@link #printedYears}. */
    double[][][] printedWhole;

    Flat() {}

    /**
     * Number of plan years.
     *
     * @return number of plan years
     */
    public int years() {
      return years;
    }

    /**
     * Number of bridge scopes (health first, then local authorities).
     *
     * @return number of bridge scopes (health first, then local authorities)
     */
    public int scopes() {
      return scopes;
    }
  }

  /** Reusable working arrays, sized for the largest footprint they serve; never reallocated in a run. */
  public static final class Scratch {
    final double[] out;
    final double[] poolValue;
    final double[] drawn;
    final double[] remaining;
    final double[] left;
    final double[] ruleGross;
    final double[] ruleNet;
    final double[] net;
    final double[] scopeSolutions;
    final double[] drivers;
    final double[] doSomething;
    /** Zeros for every plan year: the gross of a solution with neither phased amounts nor a rule. */
    final double[] zeros;
    /** Each scope's total solution value (solutions + funding applied) by plan year, for the printed row. */
    final double[] total;
    /** Printed rows compared in the last {@link #run} (the engine makes one finding for each). */
    int printedRows;
    /** Of those, the rows with a year beyond the ±1 £'000 tolerance (the engine's WARNING findings). */
    int printedRowsBeyond;

    /**
     * Working arrays for the given footprints.
     *
     * @param footprints the footprints the arrays must be large enough for
     */
    public Scratch(List<Flat> footprints) {
      int out = 0;
      int pools = 0;
      int years = 0;
      int scopes = 0;
      for (Flat f : footprints) {
        out = Math.max(out, f.units * (f.years + 1) * MEASURES);
        pools = Math.max(pools, f.pools * (f.years + 1));
        years = Math.max(years, f.years + 1);
        scopes = Math.max(scopes, f.scopes * f.years);
      }
      this.out = new double[out];
      this.poolValue = new double[pools];
      this.drawn = new double[pools];
      this.remaining = new double[years];
      this.left = new double[years];
      this.ruleGross = new double[years];
      this.ruleNet = new double[years];
      this.net = new double[years];
      this.scopeSolutions = new double[scopes];
      this.drivers = new double[years];
      this.doSomething = new double[scopes];
      this.zeros = new double[years];
      this.total = new double[years];
    }
  }

  // ------------------------------------------------------------------------------------------ resolve

  /**
   * Flattens a footprint the way the engine resolves it (units: service lines naming a known
   * organisation, then one normalisation unit per normalisation row; rates completed from the defaults;
   * recurrent pressures carried forward; pools as units and a measure mask). Not measured.
   *
   * @param fp the footprint
   * @return the footprint's flat arrays
   */
  public static Flat flatten(Footprint fp) {
    ResolvedFootprint r = ResolvedFootprint.of(fp);
    PlanPeriod period = fp.period();
    Flat f = new Flat();
    f.years = period.size();
    f.orgs = r.organisationCount();
    f.orgSector = new int[f.orgs];
    Map<String, Integer> orgIndex = new HashMap<>();
    for (int o = 0; o < f.orgs; o++) {
      f.orgSector[o] = r.sector(o);
      orgIndex.putIfAbsent(r.organisationCode(o), o);
    }
    f.units = r.unitCount();
    f.unitOrg = new int[f.units];
    f.base = new double[f.units * MEASURES];
    for (int u = 0; u < f.units; u++) {
      f.unitOrg[u] = r.unitOrganisation(u);
      for (int m = 0; m < MEASURES; m++) {
        f.base[u * MEASURES + m] = r.base(u, m);
      }
    }
    f.rates = new double[r.ratesLength()];
    r.copyRatesInto(f.rates);
    f.pressure = new double[f.orgs * f.years];
    for (int o = 0; o < f.orgs; o++) {
      for (int y = 0; y < f.years; y++) {
        f.pressure[o * f.years + y] = r.pressure(o, y);
      }
    }
    // Unit names and normalisation flags, in the engine's unit order.
    List<String> unitName = new ArrayList<>();
    List<Boolean> unitNorm = new ArrayList<>();
    for (ServiceLine l : fp.baseline().serviceLines()) {
      if (orgIndex.containsKey(l.organisationCode())) {
        unitName.add(l.name());
        unitNorm.add(false);
      }
    }
    for (NormalisationEntry n : fp.baseline().normalisation()) {
      if (orgIndex.containsKey(n.organisationCode())) {
        unitName.add("Normalisation");
        unitNorm.add(true);
      }
    }
    if (unitName.size() != f.units) {
      throw new IllegalStateException("unit order differs from the engine's: " + unitName.size() + " vs " + f.units);
    }
    List<CostPool> pools = fp.costPools();
    f.pools = pools.size();
    f.poolUnits = new int[f.pools][];
    f.poolMask = new int[f.pools];
    f.poolCells = new int[f.pools][];
    Map<String, Integer> poolIndex = new HashMap<>();
    for (int p = 0; p < f.pools; p++) {
      CostPool pool = pools.get(p);
      poolIndex.putIfAbsent(pool.id(), p);
      f.poolMask[p] = ResolvedFootprint.mask(pool.line());
      List<Integer> us = new ArrayList<>();
      for (int u = 0; u < f.units; u++) {
        if (pool.organisationCodes().contains(r.organisationCode(f.unitOrg[u]))
            && (pool.serviceLine() == null || pool.serviceLine().equals(unitName.get(u)))
            && !(unitNorm.get(u) && pool.line() != CostLine.INCOME)) {
          us.add(u);
        }
      }
      f.poolUnits[p] = us.stream().mapToInt(Integer::intValue).toArray();
      f.poolCells[p] = cells(f.poolUnits[p], f.poolMask[p], f.years + 1);
    }
    // Scopes: health, then local authorities with a trajectory, solutions or service lines.
    List<String> scopes = new ArrayList<>();
    scopes.add(DoNothingTrajectory.HEALTH);
    for (int o = 0; o < f.orgs; o++) {
      String code = r.organisationCode(o);
      if (r.sector(o) == SOCIAL_CARE && !scopes.contains(code)) {
        boolean used = fp.publishedDoNothing(code).isPresent()
            || fp.solutions().stream().anyMatch(s -> s.scope().equals(code))
            || !fp.baseline().serviceLinesOf(code).isEmpty();
        if (used) {
          scopes.add(code);
        }
      }
    }
    f.scopes = scopes.size();
    f.scopeOrg = new int[f.scopes];
    f.published = new boolean[f.scopes][];
    f.publishedGbpK = new double[f.scopes][];
    f.fundingGbpK = new double[f.scopes][][];
    f.fundingCommitted = new boolean[f.scopes][];
    f.printedYears = new int[f.scopes][2][];
    f.printedWhole = new double[f.scopes][2][];
    for (int sc = 0; sc < f.scopes; sc++) {
      String scope = scopes.get(sc);
      f.scopeOrg[sc] = sc == 0 ? -1 : r.organisationIndex(scope);
      var t = fp.publishedDoNothing(scope);
      if (t.isPresent()) {
        YearlyAmounts a = t.get().surplusGbpK();
        f.published[sc] = new boolean[f.years];
        f.publishedGbpK[sc] = new double[f.years];
        for (int y = 0; y < f.years; y++) {
          f.published[sc][y] = a.has(period.year(y));
          f.publishedGbpK[sc][y] = a.get(period.year(y));
        }
        printed(f, sc, 0, t.get().publishedTotalSolutionValueGbpK(), period);
        printed(f, sc, 1, t.get().publishedDoSomethingGbpK(), period);
      }
      List<FundingLine> funding = fp.funding().stream().filter(l -> l.scope().equals(scope)).toList();
      f.fundingGbpK[sc] = new double[funding.size()][];
      f.fundingCommitted[sc] = new boolean[funding.size()];
      for (int i = 0; i < funding.size(); i++) {
        f.fundingGbpK[sc][i] = funding.get(i).amountsGbpK().toArray(period);
        f.fundingCommitted[sc][i] = funding.get(i).committedNonRecurrent();
      }
    }
    // Solutions.
    List<Solution> sols = fp.solutions();
    int n = sols.size();
    f.solutions = n;
    f.kind = new int[n];
    f.rulePool = new int[n];
    f.own = new int[n][];
    f.phased = new boolean[n];
    f.phasedGbpK = new double[n][];
    f.share = new double[n];
    f.fromIndex = new int[n];
    f.cumulative = new boolean[n];
    f.amount = new double[n];
    f.phaseYears = new int[n];
    f.ramp = new double[n][f.years];
    f.solutionScope = new int[n];
    for (int i = 0; i < n; i++) {
      Solution s = sols.get(i);
      f.solutionScope[i] = scopes.indexOf(s.scope());
      Set<Integer> own = new LinkedHashSet<>();
      for (String id : s.costPools()) {
        Integer p = poolIndex.get(id);
        if (p != null) {
          own.add(p);
        }
      }
      SolutionRule rule = s.rule();
      f.rulePool[i] = -1;
      f.kind[i] = NONE;
      String rulePoolId = poolOf(rule);
      boolean computable = rule != null && (rulePoolId == null || poolIndex.containsKey(rulePoolId));
      if (rulePoolId != null && poolIndex.containsKey(rulePoolId)) {
        f.rulePool[i] = poolIndex.get(rulePoolId);
        own.add(f.rulePool[i]);
      }
      f.own[i] = own.stream().mapToInt(Integer::intValue).toArray();
      if (computable) {
        rule(f, i, rule, period);
      }
      f.phased[i] = !s.phasedGbpK().isEmpty();
      f.phasedGbpK[i] = s.phasedGbpK().toArray(period);
    }
    return f;
  }

  /** The plan years a printed row gives and its whole £'000 figures there; none left {@code null}. */
  private static void printed(Flat f, int sc, int row, YearlyAmounts printed, PlanPeriod period) {
    List<Integer> years = new ArrayList<>();
    for (int y = 0; y < f.years; y++) {
      if (printed.has(period.year(y))) {
        years.add(y);
      }
    }
    if (years.isEmpty()) {
      return;
    }
    f.printedYears[sc][row] = years.stream().mapToInt(Integer::intValue).toArray();
    f.printedWhole[sc][row] = new double[years.size()];
    for (int k = 0; k < years.size(); k++) {
      f.printedWhole[sc][row][k] = whole(printed.get(period.year(years.get(k))));
    }
  }

  /** Whole £'000, half away from zero (the engine's {@code PrintedRow.whole}). */
  static double whole(double gbpK) {
    return Math.copySign(Math.floor(Math.abs(gbpK) + 0.5), gbpK);
  }

  /**
   * Compares a computed row with a printed one in the printed years, as the engine's
   * {@code PrintedRow.check} does (whole £'000, ±1 £'000 tolerance); counts the row, and the row as
   * beyond the tolerance when a year is.
   *
   * @return the sum of the whole computed figures compared
   */
  private static double comparePrinted(int[] years, double[] printed, double[] computed, int off, Scratch w) {
    double sum = 0;
    boolean beyond = false;
    for (int k = 0; k < years.length; k++) {
      double c = whole(computed[off + years[k]]);
      sum += c;
      if (!(Math.abs(c - printed[k]) <= RoundingPolicy.TOLERANCE_GBPK + 1e-9)) {
        beyond = true;
      }
    }
    w.printedRows++;
    if (beyond) {
      w.printedRowsBeyond++;
    }
    return sum;
  }

  /** The output offsets (base year) of the measures in {@code mask} of each unit, in order. */
  private static int[] cells(int[] units, int mask, int t1) {
    int perUnit = Integer.bitCount(mask);
    int[] cells = new int[units.length * perUnit];
    for (int i = 0; i < units.length; i++) {
      int k = i * perUnit;
      for (int m = 0; m < MEASURES; m++) {
        if ((mask & (1 << m)) != 0) {
          cells[k++] = units[i] * t1 * MEASURES + m;
        }
      }
    }
    return cells;
  }

  private static void rule(Flat f, int i, SolutionRule rule, PlanPeriod period) {
    if (rule == null) {
      return;
    }
    FinancialYear first = period.firstYear();
    rule.accept(new SolutionRule.Visitor<Void>() {
      @Override
      public Void percentOfPool(PercentOfPool p) {
        f.kind[i] = PERCENT_OF_POOL;
        f.share[i] = p.sharePerYear();
        f.fromIndex[i] = first.yearsUntil(p.fromYear());
        f.cumulative[i] = p.cumulative();
        return null;
      }

      @Override
      public Void opportunityRealisation(OpportunityRealisation o) {
        f.kind[i] = OPPORTUNITY;
        f.amount[i] = o.opportunityGbpK() * o.realisation();
        f.fromIndex[i] = first.yearsUntil(o.fromYear());
        f.phaseYears[i] = o.years();
        return null;
      }

      @Override
      public Void activityShift(ActivityShift a) {
        f.kind[i] = ACTIVITY_SHIFT;
        f.amount[i] = a.cohortSpells() * a.shareMoved() * a.unitCostGbp() / 1000.0 * (1 - a.reprovisionCostShare());
        ramp(f.ramp[i], a.rampUp(), period);
        return null;
      }

      @Override
      public Void bedClosure(BedClosure b) {
        f.kind[i] = BED_CLOSURE;
        f.amount[i] = b.beds() * b.costPerBedGbpK();
        ramp(f.ramp[i], b.rampUp(), period);
        return null;
      }

      @Override
      public Void overheadRemoval(OverheadRemoval o) {
        f.kind[i] = OVERHEAD;
        f.share[i] = o.share();
        ramp(f.ramp[i], o.rampUp(), period);
        return null;
      }
    });
  }

  private static void ramp(double[] dst, YearlyRates rampUp, PlanPeriod period) {
    for (int y = 0; y < dst.length; y++) {
      SortedMap<FinancialYear, Double> head = rampUp.fractions().headMap(period.year(y).next());
      dst[y] = head.isEmpty() ? 0 : head.get(head.lastKey());
    }
  }

  private static String poolOf(SolutionRule rule) {
    return rule == null ? null : rule.costPool().orElse(null);
  }

  /**
   * Flattens every footprint.
   *
   * @param footprints the footprints, in order
   * @return each footprint's flat arrays, in the same order
   */
  public static List<Flat> flattenAll(List<Footprint> footprints) {
    List<Flat> out = new ArrayList<>(footprints.size());
    for (Footprint fp : footprints) {
      out.add(flatten(fp));
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------ run

  /**
   * Projects, computes the solutions and the bridges of one footprint. The do-something of scope
   * {@code s} in plan year {@code y} is left in {@code scratch} ({@link #doSomething}).
   *
   * @param f the footprint's flat arrays
   * @param w working arrays large enough for it
   * @return a checksum of everything the engine's result holds from this work: each scope's do-nothing,
   *     do-something, cumulative sums and deficit funding requirement, and each solution's gross, double
   *     count, net and rule figures
   */
  public static double run(Flat f, Scratch w) {
    final int p = f.years;
    final int t1 = p + 1;
    final double[] out = w.out;
    project(f, out);
    double check = 0;
    w.printedRows = 0;
    w.printedRowsBeyond = 0;
    // Pool values by year (0 = base year), summed from the pools' cells (no mask test per measure).
    final double[] pv = w.poolValue;
    final double[] drawn = w.drawn;
    for (int q = 0; q < f.pools; q++) {
      final int[] cells = f.poolCells[q];
      final int row = q * t1;
      for (int t = 0; t <= p; t++) {
        final int at = t * MEASURES;
        double sum = 0;
        for (int c : cells) {
          sum += out[c + at];
        }
        pv[row + t] = sum;
        drawn[row + t] = 0;
      }
    }
    final double[] sol = w.scopeSolutions;
    for (int i = 0; i < f.scopes * p; i++) {
      sol[i] = 0;
    }
    final double[] rem = w.remaining;
    final double[] ruleGross = w.ruleGross;
    final double[] net = w.net;
    for (int s = 0; s < f.solutions; s++) {
      final int[] own = f.own[s];
      // What is left of the solution's pools in each plan year (t = 0 is never read).
      for (int t = 1; t <= p; t++) {
        double r = 0;
        for (int q : own) {
          r += pv[q * t1 + t] - drawn[q * t1 + t];
        }
        rem[t] = r;
      }
      final int kind = f.kind[s];
      final int rp = f.rulePool[s];
      double[] ruleNet = null;
      if (kind != NONE) {
        evaluate(f, s, pv, rp >= 0 ? rp * t1 : -1, ruleGross);
        if (kind == PERCENT_OF_POOL || kind == OVERHEAD) {
          for (int t = 0; t <= p; t++) {
            w.left[t] = pv[rp * t1 + t] - drawn[rp * t1 + t];
          }
          evaluate(f, s, w.left, 0, w.ruleNet);
          ruleNet = w.ruleNet;
        } else {
          ruleNet = ruleGross;
        }
      }
      final boolean phased = f.phased[s];
      // The gross is read where it is (phased amounts, the rule's row or zeros), never copied.
      final double[] gross = phased ? f.phasedGbpK[s] : kind != NONE ? ruleGross : w.zeros;
      final double[] netFrom = !phased && ruleNet != null ? ruleNet : gross;
      final int scope = f.solutionScope[s];
      final int last = own.length - 1;
      for (int y = 0; y < p; y++) {
        double g = gross[y];
        double n = netFrom[y];
        if (n > 0 && own.length > 0) {
          n = Math.min(n, Math.max(0, rem[y + 1]));
        }
        net[y] = n;
        double left = n;
        for (int k = 0; k <= last && left > 0; k++) {
          int idx = own[k] * t1 + y + 1;
          double avail = Math.max(0, pv[idx] - drawn[idx]);
          double take = k == last ? left : Math.min(left, avail);
          drawn[idx] += take;
          left -= take;
        }
        check += (g - n) + n + (kind != NONE ? ruleGross[y] - (phased ? g : 0) : 0);
        if (scope >= 0) {
          sol[scope * p + y] += n;
        }
      }
    }
    // Bridges.
    final double[] dn = w.drivers;
    for (int sc = 0; sc < f.scopes; sc++) {
      scopeSurplus(f, out, f.scopeOrg[sc], dn);
      check += dn[p - 1];
      // The published do-nothing where given (scopes without a trajectory read the drivers' row as is).
      final boolean[] given = f.published[sc];
      if (given != null) {
        final double[] published = f.publishedGbpK[sc];
        for (int y = 0; y < p; y++) {
          if (given[y]) {
            dn[y] = published[y];
          }
        }
      }
      double cumDn = 0;
      double cumDs = 0;
      double committed = 0;
      final double[][] funding = f.fundingGbpK[sc];
      final boolean[] isCommitted = f.fundingCommitted[sc];
      for (int y = 0; y < p; y++) {
        double d = dn[y];
        double applied = 0;
        for (int l = 0; l < funding.length; l++) {
          if (isCommitted[l]) {
            committed += funding[l][y];
          } else {
            applied += funding[l][y];
          }
        }
        double solutions = sol[sc * p + y];
        double ds = d + solutions + applied;
        w.doSomething[sc * p + y] = ds;
        w.total[y] = solutions + applied;
        cumDn += d;
        cumDs += ds;
        check += w.total[y];
      }
      check += cumDn + cumDs + Math.max(0, -cumDs - committed);
      // The plan's printed rows, where given, against the computed ones (the engine's findings).
      final int[][] printedYears = f.printedYears[sc];
      if (printedYears[0] != null) {
        check += comparePrinted(printedYears[0], f.printedWhole[sc][0], w.total, 0, w);
      }
      if (printedYears[1] != null) {
        check += comparePrinted(printedYears[1], f.printedWhole[sc][1], w.doSomething, sc * p, w);
      }
    }
    // Every figure the engine hands out is checked finite (its series refuse NaN and infinities); a
    // non-finite figure anywhere makes this sum non-finite.
    if (!Double.isFinite(check)) {
      throw new IllegalStateException("a figure of the bridge is not finite");
    }
    return check;
  }

  /**
   * The do-something of scope {@code scope} in plan year {@code y} after {@link #run}.
   *
   * @param f the footprint's flat arrays, after {@link #run}
   * @param w the working arrays {@link #run} wrote into
   * @param scope the scope's index, 0 for health, then the local authorities in order
   * @param y the plan year index, 0 for the first plan year
   * @return the do-something of scope {@code scope} in plan year {@code y} after {@link #run}
   */
  public static double doSomething(Flat f, Scratch w, int scope, int y) {
    return w.doSomething[scope * f.years + y];
  }

  /** {@code DoNothingProjection.project} with the footprint's own rates and no activity factor. */
  static void project(Flat f, double[] out) {
    project(f, f.rates, out);
  }

  /** {@code DoNothingProjection.project} with the given rates (the footprint's layout), no activity factor. */
  static void project(Flat f, double[] rates, double[] out) {
    final int p = f.years;
    final int t1 = p + 1;
    final int dCount = Driver.COUNT;
    final int tariffOff = Driver.TARIFF_UPLIFT.ordinal() * p;
    final int allocOff = Driver.ALLOCATION_GROWTH.ordinal() * p;
    final int payOff = Driver.PAY_INFLATION.ordinal() * p;
    final int nonPayOff = Driver.NON_PAY_INFLATION.ordinal() * p;
    final int demoOff = Driver.DEMOGRAPHIC_GROWTH.ordinal() * p;
    final int nonDemoOff = Driver.NON_DEMOGRAPHIC_GROWTH.ordinal() * p;
    final int chcOff = Driver.CONTINUING_HEALTHCARE_GROWTH.ordinal() * p;
    final int scDemandOff = Driver.SOCIAL_CARE_DEMAND_GROWTH.ordinal() * p;
    final int scPriceOff = Driver.SOCIAL_CARE_PRICE_GROWTH.ordinal() * p;
    final int scFundOff = Driver.SOCIAL_CARE_FUNDING_GROWTH.ordinal() * p;
    final int effOff = Driver.EFFICIENCY.ordinal() * p;
    final double[] base = f.base;
    for (int u = 0; u < f.units; u++) {
      final int o = f.unitOrg[u];
      final int s = f.orgSector[o];
      final boolean nhs = s == COMMISSIONER || s == PROVIDER;
      final int rb = o * dCount * p;
      final int bb = u * MEASURES;
      int ob = u * t1 * MEASURES;
      double inc = base[bb + INCOME];
      double st = base[bb + STAFF];
      double va = base[bb + VARIABLE];
      double fx = base[bb + FIXED];
      double ch = base[bb + CHC];
      out[ob + INCOME] = inc;
      out[ob + STAFF] = st;
      out[ob + VARIABLE] = va;
      out[ob + FIXED] = fx;
      out[ob + CHC] = ch;
      for (int y = 0; y < p; y++) {
        final double nonPay = 1 + rates[rb + nonPayOff + y];
        final double chc = 1 + rates[rb + chcOff + y];
        if (s == SOCIAL_CARE) {
          final double g = (1 + rates[rb + scPriceOff + y]) * (1 + rates[rb + scDemandOff + y]);
          inc *= 1 + rates[rb + scFundOff + y];
          st *= g;
          va *= g;
          fx *= nonPay;
        } else {
          final double g = (1 + rates[rb + demoOff + y]) * (1 + rates[rb + nonDemoOff + y]);
          final double keep = nhs ? 1 - rates[rb + effOff + y] : 1;
          final double tariff = 1 + rates[rb + tariffOff + y];
          final double pay = 1 + rates[rb + payOff + y];
          if (s == COMMISSIONER) {
            inc *= 1 + rates[rb + allocOff + y];
            st *= pay * keep;
            va *= tariff * g * keep;
          } else {
            inc *= tariff * g;
            st *= pay * g * keep;
            va *= nonPay * g * keep;
          }
          fx *= nonPay * keep;
        }
        ch *= chc;
        ob += MEASURES;
        out[ob + INCOME] = inc;
        out[ob + STAFF] = st;
        out[ob + VARIABLE] = va;
        out[ob + FIXED] = fx;
        out[ob + CHC] = ch;
      }
    }
  }

  /** Health (org &lt; 0: NHS units and pressures) or one organisation's surplus by plan year. */
  static void scopeSurplus(Flat f, double[] out, int org, double[] dst) {
    final int p = f.years;
    final int t1 = p + 1;
    for (int y = 0; y < p; y++) {
      dst[y] = 0;
    }
    for (int u = 0; u < f.units; u++) {
      int o = f.unitOrg[u];
      if (org < 0 ? !isNhs(f, o) : o != org) {
        continue;
      }
      int ob = (u * t1 + 1) * MEASURES;
      for (int y = 0; y < p; y++, ob += MEASURES) {
        dst[y] += out[ob + INCOME] - out[ob + STAFF] - out[ob + VARIABLE] - out[ob + FIXED] - out[ob + CHC];
      }
    }
    for (int o = 0; o < f.orgs; o++) {
      if (org < 0 ? !isNhs(f, o) : o != org) {
        continue;
      }
      for (int y = 0; y < p; y++) {
        dst[y] += f.pressure[o * p + y];
      }
    }
  }

  private static boolean isNhs(Flat f, int o) {
    return f.orgSector[o] == COMMISSIONER || f.orgSector[o] == PROVIDER;
  }

  /**
   * {@code SolutionEngine.evaluate}: solution {@code s}'s rule by plan year into {@code dst}, on pool
   * values {@code pool[off + t]} (t = 0 the base year), or on no pool when {@code off < 0}.
   */
  private static void evaluate(Flat f, int s, double[] pool, int off, double[] dst) {
    // The rule's numbers as locals, read once (as the engine's final fields are), not once a year.
    final int years = f.years;
    final double[] ramp = f.ramp[s];
    final double share = f.share[s];
    final double amount = f.amount[s];
    final int from = f.fromIndex[s];
    switch (f.kind[s]) {
      case PERCENT_OF_POOL -> {
        final boolean cumulative = f.cumulative[s];
        double acc = 0;
        for (int y = 0; y < years; y++) {
          if (y >= from) {
            double step = share * pool[off + y];
            acc = cumulative ? acc + step : step;
            dst[y] = acc;
          } else {
            dst[y] = 0;
          }
        }
      }
      case OPPORTUNITY -> {
        final int phaseYears = f.phaseYears[s];
        for (int y = 0; y < years; y++) {
          int k = y - from + 1;
          dst[y] = k >= 1 ? amount * Math.min(1.0, (double) k / phaseYears) : 0;
        }
      }
      case ACTIVITY_SHIFT, BED_CLOSURE -> {
        for (int y = 0; y < years; y++) {
          dst[y] = amount * ramp[y] * index(pool, off, y + 1);
        }
      }
      case OVERHEAD -> {
        for (int y = 0; y < years; y++) {
          dst[y] = share * pool[off + y + 1] * ramp[y];
        }
      }
      default -> {
        for (int y = 0; y < years; y++) {
          dst[y] = 0;
        }
      }
    }
  }

  private static double index(double[] pool, int off, int t) {
    if (off < 0 || pool[off] == 0) {
      return 1;
    }
    return pool[off + t] / pool[off];
  }

  /** Organisation codes of a footprint, for tests that name what differs. */
  static List<String> codes(Footprint fp) {
    return fp.organisations().stream().map(Organisation::code).toList();
  }
}
