package org.stptoolkit.finance.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyRates;
import org.stptoolkit.model.activity.PodActivity;
import org.stptoolkit.model.finance.CostLine;
import org.stptoolkit.model.finance.CostPool;
import org.stptoolkit.model.finance.CostPressure;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.NormalisationEntry;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * A footprint resolved once into flat primitive arrays, so that the projection, the sensitivities, the
 * solution rules and every Monte Carlo draw run over arrays without allocating (Strata's
 * {@code resolve()} idea).
 *
 * <p>Layout (all amounts £'000, rates decimal fractions):
 * <ul>
 *   <li><b>units</b>: one per base-year service line, plus one "normalisation" unit per normalisation row
 *       whose income is the normalised surplus less the sum of its organisation's lines' computed surpluses
 *       (removing non-recurrent items, so the base year's projected position is the normalised one; see
 *       {@link DoNothingProjection} for how it is carried into the plan years). Each unit has
 *       {@value #MEASURES} measures: income, staff, variable, fixed, continuing healthcare
 *       ({@link #INCOME} ... {@link #CHC}); {@code base[unit * MEASURES + m]}.</li>
 *   <li><b>rates</b>: {@code rates[(org * Driver.COUNT + driver) * planYears + y]}, the organisation's
 *       override completed from the footprint defaults; a missing rate is zero.</li>
 *   <li><b>pressures</b>: {@code pressure[org * planYears + y]}, change to surplus, a recurrent pressure
 *       carried forward from its last given year.</li>
 *   <li><b>pools</b>: each cost pool as the units it covers and a bit mask of the measures it adds up.</li>
 * </ul>
 *
 * <p>The solutions ({@link ResolvedSolution}) and the bridge scopes ({@link ResolvedScope}) are resolved
 * here too, once, so that the solution engine and the bridge read no model object per run ("resolve
 * first, then calculate"). Their classes live beside the steps that read them; the packages refer to
 * each other for that reason only.
 *
 * <p>Instances are immutable and safe to share between threads; methods that hand out arrays copy them.
 */
public final class ResolvedFootprint {

  /**
   * Finding rule (INFO): an organisation has a normalisation row and no service lines, so its whole
   * normalised surplus is the normalisation adjustment, carried as income.
   */
  public static final String NORMALISATION_WITHOUT_LINES = "NORMALISATION_WITHOUT_SERVICE_LINES";

  /** Measures per unit. */
  public static final int MEASURES = 5;
  /** Measure index: income (allocation for a CCG, funding for a local authority). */
  public static final int INCOME = 0;
  /** Measure index: pay costs. */
  public static final int STAFF = 1;
  /** Measure index: variable (activity-driven) costs; a CCG's healthcare spend. */
  public static final int VARIABLE = 2;
  /** Measure index: fixed costs. */
  public static final int FIXED = 3;
  /** Measure index: continuing healthcare. */
  public static final int CHC = 4;

  /** Sector code: NHS commissioner. */
  public static final int COMMISSIONER = 0;
  /** Sector code: NHS provider. */
  public static final int PROVIDER = 1;
  /** Sector code: local authority social care. */
  public static final int SOCIAL_CARE = 2;
  /** Sector code: other body. */
  public static final int OTHER = 3;

  final Footprint footprint;
  final PlanPeriod period;
  final int planYears;
  final int orgCount;
  final String[] orgCodes;
  final int[] orgSector;
  final int unitCount;
  final int[] unitOrg;
  final String[] unitName;
  final boolean[] unitIsNormalisation;
  final double[] base;
  final double[] rates;
  final double[] pressure;
  final String[] poolIds;
  final int[][] poolUnits;
  final int[] poolMask;
  /**
   * Pool {@code p}'s cells in a projection output: for each of its units in order, each measure its
   * mask adds up, in measure order, as the offset of the base year's value ({@code (unit × (planYears +
   * 1)) × MEASURES + measure}); year {@code t}'s value is {@code t × MEASURES} further on.
   */
  final int[][] poolCells;
  final int[] activityOrg;
  final double[] activitySpells;
  final double[] activityLos;
  final double[] activityUnitCostGbp;
  final boolean[] activityInpatient;
  final List<PodActivity> activityRows;
  final List<ValidationFinding> findings;
  final List<ResolvedSolution> solutions;
  final List<ResolvedScope> bridgeScopes;

  private ResolvedFootprint(Footprint fp) {
    this.footprint = fp;
    this.period = fp.period();
    this.planYears = period.size();
    List<ValidationFinding> out = new ArrayList<>();

    List<Organisation> orgs = fp.organisations();
    orgCount = orgs.size();
    orgCodes = new String[orgCount];
    orgSector = new int[orgCount];
    Map<String, Integer> orgIndex = new HashMap<>();
    for (int o = 0; o < orgCount; o++) {
      Organisation org = orgs.get(o);
      orgCodes[o] = org.code();
      orgSector[o] = sector(org.type());
      orgIndex.putIfAbsent(org.code(), o);
    }

    // Units: service lines, then one normalisation unit per organisation with a normalisation row.
    List<int[]> uOrg = new ArrayList<>();
    List<String> uName = new ArrayList<>();
    List<double[]> uBase = new ArrayList<>();
    List<Boolean> uNorm = new ArrayList<>();
    Map<String, Double> computedSurplus = new LinkedHashMap<>();
    for (ServiceLine l : fp.baseline().serviceLines()) {
      Integer o = orgIndex.get(l.organisationCode());
      if (o == null) {
        out.add(ValidationFinding.warning("UNRESOLVED_SERVICE_LINE",
            Location.of("service line " + l.organisationCode() + " " + l.name()),
            "an organisation of the footprint", "\"" + l.organisationCode() + "\"; the line is left out"));
        continue;
      }
      uOrg.add(new int[] {o});
      uName.add(l.name());
      uBase.add(new double[] {l.incomeGbpK(), l.staffCostsGbpK(), l.variableCostsGbpK(),
          l.fixedCostsGbpK(), l.continuingHealthcareGbpK()});
      uNorm.add(false);
      computedSurplus.merge(l.organisationCode(), l.computedSurplusGbpK(), Double::sum);
    }
    for (NormalisationEntry n : fp.baseline().normalisation()) {
      Integer o = orgIndex.get(n.organisationCode());
      if (o == null) {
        out.add(ValidationFinding.warning("UNRESOLVED_NORMALISATION",
            Location.of("normalisation " + n.organisationCode()), "an organisation of the footprint",
            "\"" + n.organisationCode() + "\"; the row is left out"));
        continue;
      }
      double adjustment = n.normalisedSurplusGbpK() - computedSurplus.getOrDefault(n.organisationCode(), 0.0);
      uOrg.add(new int[] {o});
      uName.add("Normalisation");
      uBase.add(new double[] {adjustment, 0, 0, 0, 0});
      uNorm.add(true);
    }
    unitCount = uOrg.size();
    unitOrg = new int[unitCount];
    unitName = new String[unitCount];
    unitIsNormalisation = new boolean[unitCount];
    base = new double[unitCount * MEASURES];
    for (int u = 0; u < unitCount; u++) {
      unitOrg[u] = uOrg.get(u)[0];
      unitName[u] = uName.get(u);
      unitIsNormalisation[u] = uNorm.get(u);
      System.arraycopy(uBase.get(u), 0, base, u * MEASURES, MEASURES);
    }

    // Drivers: the organisation's override completed from the defaults.
    // A year an override leaves out takes the footprint default for that year (an INFO finding says so).
    rates = new double[orgCount * Driver.COUNT * planYears];
    DriverSet defaults = fp.assumptions().defaults();
    for (int o = 0; o < orgCount; o++) {
      DriverSet own = fp.assumptions().overrides().get(orgCodes[o]);
      for (Driver d : Driver.values()) {
        YearlyRates override = own == null ? null : d.in(own);
        YearlyRates fallback = d.in(defaults);
        List<String> defaulted = null;   // made only when an override leaves a year out
        for (int y = 0; y < planYears; y++) {
          FinancialYear year = period.year(y);
          double v;
          if (override != null && override.has(year)) {
            v = override.getOr(year, 0);
          } else {
            v = fallback == null ? 0 : fallback.getOr(year, 0);
            if (override != null) {
              if (defaulted == null) {
                defaulted = new ArrayList<>();
              }
              defaulted.add(year.toString());
            }
          }
          rates[(o * Driver.COUNT + d.ordinal()) * planYears + y] = v;
        }
        if (defaulted != null) {
          out.add(ValidationFinding.info("OVERRIDE_YEAR_DEFAULTED",
              Location.of("assumption override " + orgCodes[o] + " " + d.label().toLowerCase(java.util.Locale.ROOT)),
              "a rate for every plan year in an organisation's override",
              "none for " + String.join(", ", defaulted) + "; the footprint default for "
                  + (defaulted.size() == 1 ? "that year" : "those years") + " was used"));
        }
      }
    }

    // What the engine assumes for organisations whose figures do not say it outright.
    // (counted once per footprint, not once per organisation: a national run resolves every footprint)
    Map<String, Integer> linesOf = new HashMap<>();
    fp.baseline().serviceLines().forEach(l -> linesOf.merge(l.organisationCode(), 1, Integer::sum));
    java.util.Set<String> normalisedOrgs = new java.util.HashSet<>();
    fp.baseline().normalisation().forEach(n -> normalisedOrgs.add(n.organisationCode()));
    for (Organisation org : orgs) {
      int lines = linesOf.getOrDefault(org.code(), 0);
      if (!org.inFinancialTemplate() && lines > 0) {
        out.add(ValidationFinding.warning("OUTSIDE_TEMPLATE_WITH_SERVICE_LINES", Location.of("organisation " + org.code()),
            "no service lines for an organisation outside the financial template",
            lines + " service line(s); they are counted in the footprint's position as given"
                + " (remove them, or mark the organisation in the financial template)"));
      }
      if (lines == 0 && normalisedOrgs.contains(org.code())) {
        out.add(ValidationFinding.info(NORMALISATION_WITHOUT_LINES, Location.of("organisation " + org.code()),
            "service lines for an organisation with a normalisation row",
            "none; its normalised surplus is carried into the plan years as the normalisation adjustment alone,"
                + " moving as the organisation's income moves, as every normalisation adjustment does (there are no costs for the drivers"
                + " to grow)"));
      }
    }

    // Pressures.
    pressure = new double[orgCount * planYears];
    for (CostPressure p : fp.pressures()) {
      Integer o = orgIndex.get(p.organisationCode());
      if (o == null) {
        out.add(ValidationFinding.warning("UNRESOLVED_PRESSURE", Location.of("pressure " + p.name()),
            "an organisation of the footprint", "\"" + p.organisationCode() + "\"; the pressure is left out"));
        continue;
      }
      double carried = 0;
      for (int y = 0; y < planYears; y++) {
        FinancialYear year = period.year(y);
        double v;
        if (p.impactGbpK().has(year)) {
          v = p.impactGbpK().get(year);
          carried = p.recurrent() ? v : 0;
        } else {
          v = carried;
        }
        pressure[o * planYears + y] += v;
      }
    }

    // Pools.
    List<CostPool> pools = fp.costPools();
    poolIds = new String[pools.size()];
    poolUnits = new int[pools.size()][];
    poolMask = new int[pools.size()];
    for (int p = 0; p < pools.size(); p++) {
      CostPool pool = pools.get(p);
      poolIds[p] = pool.id();
      poolMask[p] = mask(pool.line());
      List<Integer> us = new ArrayList<>();
      for (int u = 0; u < unitCount; u++) {
        if (pool.organisationCodes().contains(orgCodes[unitOrg[u]])
            && (pool.serviceLine() == null || pool.serviceLine().equals(unitName[u]))
            && !(unitIsNormalisation[u] && pool.line() != CostLine.INCOME)) {
          us.add(u);
        }
      }
      if (us.isEmpty()) {
        out.add(ValidationFinding.warning("EMPTY_COST_POOL", Location.of("cost pool " + pool.id()),
            "at least one base-year service line in the pool", "none; the pool is zero"));
      }
      poolUnits[p] = us.stream().mapToInt(Integer::intValue).toArray();
    }
    poolCells = new int[pools.size()][];
    for (int p = 0; p < pools.size(); p++) {
      int[] cells = new int[poolUnits[p].length * Integer.bitCount(poolMask[p])];
      int k = 0;
      for (int u : poolUnits[p]) {
        for (int m = 0; m < MEASURES; m++) {
          if ((poolMask[p] & (1 << m)) != 0) {
            cells[k++] = u * (planYears + 1) * MEASURES + m;
          }
        }
      }
      poolCells[p] = cells;
    }

    // Activity.
    List<PodActivity> rows = new ArrayList<>();
    for (PodActivity a : fp.activity().activity()) {
      if (orgIndex.containsKey(a.organisationCode())) {
        rows.add(a);
      } else {
        out.add(ValidationFinding.warning("UNRESOLVED_ACTIVITY",
            Location.of("activity " + a.organisationCode() + " " + a.pod()),
            "an organisation of the footprint", "\"" + a.organisationCode() + "\"; the row is left out"));
      }
    }
    activityRows = List.copyOf(rows);
    int n = rows.size();
    activityOrg = new int[n];
    activitySpells = new double[n];
    activityLos = new double[n];
    activityUnitCostGbp = new double[n];
    activityInpatient = new boolean[n];
    for (int i = 0; i < n; i++) {
      PodActivity a = rows.get(i);
      activityOrg[i] = orgIndex.get(a.organisationCode());
      activitySpells[i] = a.spells();
      activityLos[i] = a.averageLengthOfStayDays();
      activityUnitCostGbp[i] = a.unitCostGbp();
      activityInpatient[i] = a.pod().isInpatientCase();
    }
    findings = List.copyOf(out);

    // Solutions and bridge scopes, last: they read the pools and organisations resolved above.
    solutions = ResolvedSolution.resolveAll(this);
    bridgeScopes = ResolvedScope.resolveAll(this);
  }

  /**
   * Resolves a footprint; problems that stop part of it from being used become {@link #findings()}.
   *
   * @param footprint the footprint to resolve
   * @return the resolved footprint, with the problems met in {@link #findings()}
   */
  public static ResolvedFootprint of(Footprint footprint) {
    return new ResolvedFootprint(footprint);
  }

  private static int sector(OrganisationType type) {
    return switch (type.sector()) {
      case COMMISSIONER -> COMMISSIONER;
      case PROVIDER -> PROVIDER;
      case SOCIAL_CARE -> SOCIAL_CARE;
      case OTHER -> OTHER;
    };
  }

  /**
   * The bit mask of measures a cost line adds up.
   *
   * @param line the cost line
   * @return the bit mask of measures a cost line adds up
   */
  public static int mask(CostLine line) {
    return switch (line) {
      case INCOME -> 1 << INCOME;
      case STAFF -> 1 << STAFF;
      case VARIABLE -> 1 << VARIABLE;
      case FIXED -> 1 << FIXED;
      case CONTINUING_HEALTHCARE -> 1 << CHC;
      case EXPENDITURE -> (1 << STAFF) | (1 << VARIABLE) | (1 << FIXED) | (1 << CHC);
    };
  }

  /**
   * The footprint this was resolved from.
   *
   * @return the footprint this was resolved from
   */
  public Footprint footprint() {
    return footprint;
  }

  /**
   * The plan period.
   *
   * @return the plan period
   */
  public PlanPeriod period() {
    return period;
  }

  /**
   * Number of plan years.
   *
   * @return number of plan years
   */
  public int planYears() {
    return planYears;
  }

  /**
   * Number of organisations.
   *
   * @return number of organisations
   */
  public int organisationCount() {
    return orgCount;
  }

  /**
   * Code of organisation {@code o}.
   *
   * @param o the organisation's index
   * @return code of organisation {@code o}
   */
  public String organisationCode(int o) {
    return orgCodes[o];
  }

  /**
   * Sector code of organisation {@code o} ({@link #COMMISSIONER}, {@link #PROVIDER}, ...).
   *
   * @param o the organisation's index
   * @return sector code of organisation {@code o} ({@link #COMMISSIONER}, {@link #PROVIDER}, ...)
   */
  public int sector(int o) {
    return orgSector[o];
  }

  /**
   * True when organisation {@code o} is an NHS body (part of the health gap).
   *
   * @param o the organisation's index
   * @return true when organisation {@code o} is an NHS body (part of the health gap)
   */
  public boolean isNhs(int o) {
    return orgSector[o] == COMMISSIONER || orgSector[o] == PROVIDER;
  }

  /**
   * Index of the organisation with this code, or -1.
   *
   * @param code the organisation's code
   * @return index of the organisation with this code, or -1
   */
  public int organisationIndex(String code) {
    for (int o = 0; o < orgCount; o++) {
      if (orgCodes[o].equals(code)) {
        return o;
      }
    }
    return -1;
  }

  /**
   * Number of projection units (service lines and normalisation units).
   *
   * @return number of projection units (service lines and normalisation units)
   */
  public int unitCount() {
    return unitCount;
  }

  /**
   * Organisation of unit {@code u}.
   *
   * @param u the unit's index
   * @return organisation of unit {@code u}
   */
  public int unitOrganisation(int u) {
    return unitOrg[u];
  }

  /**
   * Base-year value of measure {@code m} of unit {@code u}, £'000.
   *
   * @param u the unit's index
   * @param m the measure code
   * @return base-year value of measure {@code m} of unit {@code u}, £'000
   */
  public double base(int u, int m) {
    return base[u * MEASURES + m];
  }

  /**
   * The rate of a driver for an organisation in plan year index {@code y}.
   *
   * @param o the organisation's index
   * @param d the driver
   * @param y the plan year index, 0 for the first plan year
   * @return the rate of a driver for an organisation in plan year index {@code y}
   */
  public double rate(int o, Driver d, int y) {
    return rates[(o * Driver.COUNT + d.ordinal()) * planYears + y];
  }

  /**
   * Length of the rates array ({@code organisations × drivers × plan years}).
   *
   * @return length of the rates array ({@code organisations × drivers × plan years})
   */
  public int ratesLength() {
    return rates.length;
  }

  /**
   * Copies the rates into {@code dst} (length {@link #ratesLength()}); no allocation.
   *
   * @param dst where to copy the rates, {@link #ratesLength()} elements
   */
  public void copyRatesInto(double[] dst) {
    System.arraycopy(rates, 0, dst, 0, rates.length);
  }

  /**
   * Index into a rates array for organisation {@code o}, driver {@code d}, plan year index {@code y}.
   *
   * @param o the organisation's index
   * @param d the driver
   * @param y the plan year index, 0 for the first plan year
   * @return index into a rates array for organisation {@code o}, driver {@code d}, plan year index {@code
   *     y}
   */
  public int rateIndex(int o, Driver d, int y) {
    return (o * Driver.COUNT + d.ordinal()) * planYears + y;
  }

  /**
   * The pressure on organisation {@code o}'s surplus in plan year index {@code y}, £'000.
   *
   * @param o the organisation's index
   * @param y the plan year index, 0 for the first plan year
   * @return the pressure on organisation {@code o}'s surplus in plan year index {@code y}, £'000
   */
  public double pressure(int o, int y) {
    return pressure[o * planYears + y];
  }

  /**
   * Index of the cost pool with this id, or -1.
   *
   * @param id the cost pool's id
   * @return index of the cost pool with this id, or -1
   */
  public int poolIndex(String id) {
    for (int p = 0; p < poolIds.length; p++) {
      if (poolIds[p].equals(id)) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Number of cost pools.
   *
   * @return number of cost pools
   */
  public int poolCount() {
    return poolIds.length;
  }

  /**
   * Id of pool {@code p}.
   *
   * @param p the cost pool's index
   * @return id of pool {@code p}
   */
  public String poolId(int p) {
    return poolIds[p];
  }

  /**
   * Number of activity rows.
   *
   * @return number of activity rows
   */
  public int activityCount() {
    return activityRows.size();
  }

  /**
   * The activity rows resolved (those naming a known organisation).
   *
   * @return the activity rows resolved (those naming a known organisation)
   */
  public List<PodActivity> activityRows() {
    return activityRows;
  }

  /**
   * The solutions resolved for {@link org.stptoolkit.finance.internal.SolutionEngine}, in the
   * footprint's order (their own findings, such as an unknown pool, are the solution engine's and are
   * not among {@link #findings()}).
   *
   * @return the solutions resolved for the solution engine, in the footprint's order
   */
  public List<ResolvedSolution> solutions() {
    return solutions;
  }

  /**
   * Every scope that can have a bridge, resolved for {@link org.stptoolkit.finance.internal.FinancialBridge}:
   * health first, then each local authority with social care in organisation order (whether it has a
   * bridge also depends on the solutions it is given).
   *
   * @return every scope that can have a bridge, health first, then each local authority with social care
   */
  public List<ResolvedScope> bridgeScopes() {
    return bridgeScopes;
  }

  /**
   * Problems met while resolving (rows naming unknown organisations are left out).
   *
   * @return problems met while resolving (rows naming unknown organisations are left out)
   */
  public List<ValidationFinding> findings() {
    return findings;
  }

  /**
   * Size of a projection output array: {@code units × (plan years + 1) × measures}.
   *
   * @return size of a projection output array: {@code units × (plan years + 1) × measures}
   */
  public int projectionLength() {
    return unitCount * (planYears + 1) * MEASURES;
  }
}
