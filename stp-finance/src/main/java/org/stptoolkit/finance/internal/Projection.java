package org.stptoolkit.finance.internal;

import static org.stptoolkit.finance.internal.ResolvedFootprint.MEASURES;

import org.stptoolkit.finance.basics.ByYear;

/**
 * An immutable snapshot of one drivers-based do-nothing projection: every unit's five measures for the
 * base year and each plan year (£'000), with the questions the bridge, sensitivities and reports ask.
 */
public final class Projection {

  private final ResolvedFootprint resolved;
  private final double[] out;

  Projection(ResolvedFootprint resolved, double[] out) {
    this.resolved = resolved;
    this.out = out;
  }

  /** The resolved footprint projected. */
  public ResolvedFootprint resolved() {
    return resolved;
  }

  /** Value of measure {@code m} of unit {@code u} in year {@code t} (0 = base year), £'000. */
  public double value(int u, int t, int m) {
    return out[(u * (resolved.planYears + 1) + t) * MEASURES + m];
  }

  /** A copy of the raw output array. */
  public double[] toArray() {
    return out.clone();
  }

  /** The NHS health position by plan year, £'000 (deficit negative). */
  public ByYear health() {
    double[] d = new double[resolved.planYears];
    DoNothingProjection.healthSurplus(resolved, out, d);
    return ByYear.ofOwned(d);
  }

  /** Organisation {@code o}'s surplus by plan year, £'000, including its pressures. */
  public ByYear organisationSurplus(int o) {
    double[] d = new double[resolved.planYears];
    DoNothingProjection.organisationSurplus(resolved, out, o, d);
    return ByYear.ofOwned(d);
  }

  /** Organisation {@code o}'s base-year (normalised) surplus, £'000. */
  public double organisationBaseSurplus(int o) {
    double s = 0;
    for (int u = 0; u < resolved.unitCount; u++) {
      if (resolved.unitOrg[u] == o) {
        s += surplusOf(u, 0);
      }
    }
    return s;
  }

  /** The sum of a measure over an organisation's units by plan year, £'000. */
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

  /** Total expenditure (staff + variable + fixed + CHC) of organisation {@code o} by plan year. */
  public ByYear organisationExpenditure(int o) {
    return organisationMeasure(o, ResolvedFootprint.STAFF)
        .plus(organisationMeasure(o, ResolvedFootprint.VARIABLE))
        .plus(organisationMeasure(o, ResolvedFootprint.FIXED))
        .plus(organisationMeasure(o, ResolvedFootprint.CHC));
  }

  /** Pool {@code p}'s value in year {@code t} (0 = base year), £'000. */
  public double poolValue(int p, int t) {
    return DoNothingProjection.poolValue(resolved, out, p, t);
  }

  /**
   * Pool {@code p}'s value in every year into {@code dst[off + t]} (t = 0 the base year, to the last
   * plan year), £'000, each equal to {@link #poolValue}{@code (p, t)}; no allocation.
   */
  public void poolValues(int p, double[] dst, int off) {
    DoNothingProjection.poolValues(resolved, out, p, dst, off);
  }

  /** Sum of measure {@code m} over one sector's units, by plan year. */
  public ByYear sectorMeasure(int sector, int m) {
    double[] d = new double[resolved.planYears];
    for (int y = 0; y < d.length; y++) {
      d[y] = DoNothingProjection.sectorMeasure(resolved, out, sector, m, y + 1);
    }
    return ByYear.of(d);
  }

  /** Sum of measure {@code m} over one sector's units in the base year. */
  public double sectorMeasureBase(int sector, int m) {
    return DoNothingProjection.sectorMeasure(resolved, out, sector, m, 0);
  }

  /** Health position in the base year (the normalised NHS position), £'000. */
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
