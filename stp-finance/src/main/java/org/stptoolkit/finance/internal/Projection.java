package org.stptoolkit.finance.internal;

import static org.stptoolkit.finance.internal.ResolvedFootprint.MEASURES;

import org.stptoolkit.finance.basics.ByYear;

/**
 * An immutable snapshot of one drivers-based do-nothing projection: every unit's five measures for the
 * base year and each plan year (£'000), with the questions the bridge, sensitivities and reports ask.
 *
 * <p>A projection with the footprint's own drivers ({@link DoNothingProjection#run(ResolvedFootprint)})
 * keeps what the solutions and the bridge read (every cost pool's value by year, the health position,
 * each local authority's position), summed once from the projection when it is made; its full table of
 * units × years × measures is projected again, by the same kernel from the same inputs and so to the same
 * bits, the first time something asks for it ({@link #value}, {@link #toArray}, the organisation and
 * sector questions), and kept. A run that needs only the bridge (a national run's bridges, the benchmark)
 * makes no table; a full footprint run ({@code StpEngine}) asks for it once, one more projection pass.
 * A projection with other rates ({@link DoNothingProjection#run(ResolvedFootprint, double[], double[])})
 * holds its table from the start, since the caller's rates may change afterwards.
 *
 * <p>Safe to share between threads: the table, when made later, is published through a volatile field,
 * and two threads making it at once make the same numbers.
 */
public final class Projection {

  private final ResolvedFootprint resolved;
  /** The table; made on first request when this projection was summarised. */
  private volatile double[] out;
  /** Every pool's value by year, {@code [pool × (planYears + 1) + t]}, or {@code null} when not summarised. */
  private final double[] pools;
  /** The health position, or {@code null} when not summarised. */
  private final ByYear health;
  /** Each local authority's position by organisation index ({@code null} elsewhere), or {@code null}. */
  private final ByYear[] socialCare;

  Projection(ResolvedFootprint resolved, double[] out) {
    this.resolved = resolved;
    this.out = out;
    this.pools = null;
    this.health = null;
    this.socialCare = null;
  }

  /**
   * The summaries the bridge reads, from a projection with the footprint's own drivers that the caller
   * keeps ({@code scratch} is read here and not referred to afterwards).
   */
  private Projection(ResolvedFootprint resolved, double[] scratch, boolean summarise) {
    this.resolved = resolved;
    // out stays null (no volatile write here: it would fence every run for nothing).
    final int t1 = resolved.planYears + 1;
    final int poolCount = resolved.poolCount();
    double[] values = new double[poolCount * t1];
    for (int p = 0; p < poolCount; p++) {
      DoNothingProjection.poolValues(resolved, scratch, p, values, p * t1);
    }
    this.pools = values;
    double[] h = new double[resolved.planYears];
    DoNothingProjection.healthSurplus(resolved, scratch, h);
    this.health = ByYear.ofOwned(h);
    ByYear[] la = null;
    for (int o = 0; o < resolved.orgCount; o++) {
      if (resolved.orgSector[o] == ResolvedFootprint.SOCIAL_CARE) {
        if (la == null) {
          la = new ByYear[resolved.orgCount];
        }
        double[] d = new double[resolved.planYears];
        DoNothingProjection.organisationSurplus(resolved, scratch, o, d);
        la[o] = ByYear.ofOwned(d);
      }
    }
    this.socialCare = la == null ? new ByYear[0] : la;
  }

  /** A projection with the footprint's own drivers, summarised from {@code scratch} (see the class). */
  static Projection summarised(ResolvedFootprint resolved, double[] scratch) {
    return new Projection(resolved, scratch, true);
  }

  /** The table, projected again with the footprint's own drivers the first time it is asked for. */
  private double[] table() {
    double[] t = out;
    if (t == null) {
      t = new double[resolved.projectionLength()];
      DoNothingProjection.project(resolved, t);
      out = t;
    }
    return t;
  }

  /**
   * The resolved footprint projected.
   *
   * @return the resolved footprint projected
   */
  public ResolvedFootprint resolved() {
    return resolved;
  }

  /**
   * Value of measure {@code m} of unit {@code u} in year {@code t} (0 = base year), £'000.
   *
   * @param u the unit's index
   * @param t the year, 0 for the base year
   * @param m the measure code
   * @return value of measure {@code m} of unit {@code u} in year {@code t} (0 = base year), £'000
   */
  public double value(int u, int t, int m) {
    return table()[(u * (resolved.planYears + 1) + t) * MEASURES + m];
  }

  /**
   * A copy of the raw output array.
   *
   * @return a copy of the raw output array
   */
  public double[] toArray() {
    return table().clone();
  }

  /**
   * The NHS health position by plan year, £'000 (deficit negative).
   *
   * @return the NHS health position by plan year, £'000 (deficit negative)
   */
  public ByYear health() {
    if (health != null) {
      return health;
    }
    double[] d = new double[resolved.planYears];
    DoNothingProjection.healthSurplus(resolved, table(), d);
    return ByYear.ofOwned(d);
  }

  /**
   * Organisation {@code o}'s surplus by plan year, £'000, including its pressures.
   *
   * @param o the organisation's index
   * @return organisation {@code o}'s surplus by plan year, £'000, including its pressures
   */
  public ByYear organisationSurplus(int o) {
    if (socialCare != null && o >= 0 && o < socialCare.length && socialCare[o] != null) {
      return socialCare[o];
    }
    double[] d = new double[resolved.planYears];
    DoNothingProjection.organisationSurplus(resolved, table(), o, d);
    return ByYear.ofOwned(d);
  }

  /**
   * Organisation {@code o}'s base-year (normalised) surplus, £'000.
   *
   * @param o the organisation's index
   * @return organisation {@code o}'s base-year (normalised) surplus, £'000
   */
  public double organisationBaseSurplus(int o) {
    double s = 0;
    for (int u = 0; u < resolved.unitCount; u++) {
      if (resolved.unitOrg[u] == o) {
        s += surplusOf(u, 0);
      }
    }
    return s;
  }

  /**
   * The sum of a measure over an organisation's units by plan year, £'000.
   *
   * @param o the organisation's index
   * @param m the measure code
   * @return the sum of a measure over an organisation's units by plan year, £'000
   */
  public ByYear organisationMeasure(int o, int m) {
    double[] d = new double[resolved.planYears];
    for (int u = 0; u < resolved.unitCount; u++) {
      if (resolved.unitOrg[u] == o) {
        for (int y = 0; y < d.length; y++) {
          d[y] += value(u, y + 1, m);
        }
      }
    }
    return ByYear.of(d);
  }

  /**
   * Total expenditure (staff + variable + fixed + CHC) of organisation {@code o} by plan year.
   *
   * @param o the organisation's index
   * @return total expenditure (staff + variable + fixed + CHC) of organisation {@code o} by plan year
   */
  public ByYear organisationExpenditure(int o) {
    return organisationMeasure(o, ResolvedFootprint.STAFF)
        .plus(organisationMeasure(o, ResolvedFootprint.VARIABLE))
        .plus(organisationMeasure(o, ResolvedFootprint.FIXED))
        .plus(organisationMeasure(o, ResolvedFootprint.CHC));
  }

  /**
   * Pool {@code p}'s value in year {@code t} (0 = base year), £'000.
   *
   * @param p the cost pool's index
   * @param t the year, 0 for the base year
   * @return pool {@code p}'s value in year {@code t} (0 = base year), £'000
   */
  public double poolValue(int p, int t) {
    if (pools != null) {
      return pools[p * (resolved.planYears + 1) + t];
    }
    return DoNothingProjection.poolValue(resolved, table(), p, t);
  }

  /**
   * Pool {@code p}'s value in every year into {@code dst[off + t]} (t = 0 the base year, to the last
   * plan year), £'000, each equal to {@link #poolValue}{@code (p, t)}; no allocation.
   *
   * @param p the cost pool's index
   * @param dst where to write the values
   * @param off the index in {@code dst} of the base year's value
   */
  public void poolValues(int p, double[] dst, int off) {
    if (pools != null) {
      int t1 = resolved.planYears + 1;
      System.arraycopy(pools, p * t1, dst, off, t1);
      return;
    }
    DoNothingProjection.poolValues(resolved, table(), p, dst, off);
  }

  /**
   * Sum of measure {@code m} over one sector's units, by plan year.
   *
   * @param sector the sector code
   * @param m the measure code
   * @return sum of measure {@code m} over one sector's units, by plan year
   */
  public ByYear sectorMeasure(int sector, int m) {
    double[] d = new double[resolved.planYears];
    for (int y = 0; y < d.length; y++) {
      d[y] = DoNothingProjection.sectorMeasure(resolved, table(), sector, m, y + 1);
    }
    return ByYear.of(d);
  }

  /**
   * Sum of measure {@code m} over one sector's units in the base year.
   *
   * @param sector the sector code
   * @param m the measure code
   * @return sum of measure {@code m} over one sector's units in the base year
   */
  public double sectorMeasureBase(int sector, int m) {
    return DoNothingProjection.sectorMeasure(resolved, table(), sector, m, 0);
  }

  /**
   * Health position in the base year (the normalised NHS position), £'000.
   *
   * @return health position in the base year (the normalised NHS position), £'000
   */
  public double healthBase() {
    double s = 0;
    for (int u = 0; u < resolved.unitCount; u++) {
      if (resolved.isNhs(resolved.unitOrg[u])) {
        s += surplusOf(u, 0);
      }
    }
    return s;
  }

  private double surplusOf(int u, int t) {
    return value(u, t, 0) - value(u, t, 1) - value(u, t, 2) - value(u, t, 3) - value(u, t, 4);
  }
}
