package org.stptoolkit.reports.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.finance.aggregation.Measure;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloWords;
import org.stptoolkit.finance.montecarlo.Percentile;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.synthetic.SyntheticNation;
import org.stptoolkit.model.validation.Findings;
import org.stptoolkit.model.validation.Severity;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Reads a national run (each footprint's engine result and the engine's aggregation) into the
 * national pack: England, one page per region, the footprints that failed with their findings, then
 * each footprint's own pack, regions in the aggregation's order.
 *
 * <pre>{@code
 * List<NationalPacks.Run> runs = ...;   // Run.of(footprint, StpEngine.DEFAULT.run(footprint), findings) or Run.failed(file, findings)
 * NationalPack pack = NationalPacks.of("England: STP summary pack", runs);
 * PdfPack.openPdf().writeNational(Path.of("out/england.pdf"), true, pack);
 * }</pre>
 *
 * <p>The England and region figures are the aggregation's measures ({@link Aggregation}); nothing is
 * added up here.
 */
public final class NationalPacks {

  private NationalPacks() {}

  /**
   * One footprint of a national run: its model, the engine's result and the findings of reading it,
   * or, when it could not be read or validated, only its name and findings.
   *
   * @param name the footprint's name, or the file it came from
   * @param footprint the footprint, or {@code null} when it failed
   * @param result the engine's result, or {@code null} when it failed
   * @param findings findings of reading and validating it
   */
  public record Run(String name, Footprint footprint, FootprintResult result, Findings findings) {

    /**
     * Validates the fields.
     *
     * @param name the footprint's name, or the file it came from
     * @param footprint the footprint, or {@code null} when it failed
     * @param result the engine's result, or {@code null} when it failed
     * @param findings findings of reading and validating it
     */
    public Run {
      Objects.requireNonNull(name, "name");
      if ((footprint == null) != (result == null)) {
        throw new IllegalArgumentException("run of " + name + " needs both a footprint and its result, or neither");
      }
      findings = findings == null ? Findings.none() : findings;
    }

    /**
     * A footprint with a result.
     *
     * @param footprint the footprint
     * @param result the engine's result for it
     * @param findings findings of reading it
     * @return the run
     */
    public static Run of(Footprint footprint, FootprintResult result, Findings findings) {
      return new Run(footprint.name(), footprint, result, findings);
    }

    /**
     * A footprint that gave no result.
     *
     * @param name its name or file
     * @param findings why
     * @return the run
     */
    public static Run failed(String name, Findings findings) {
      return new Run(name, null, null, findings);
    }

    /**
     * Whether the footprint has a result.
     *
     * @return true when it has
     */
    public boolean ok() {
      return result != null;
    }
  }

  /**
   * The national pack, aggregating the results with {@link Aggregation#england}.
   *
   * @param title document title
   * @param runs every footprint of the run, in any order
   * @return the pack
   * @throws IllegalArgumentException when no footprint has a result, or results cover different years
   */
  public static NationalPack of(String title, List<Run> runs) {
    List<FootprintResult> results = runs.stream().filter(Run::ok).map(Run::result).toList();
    if (results.isEmpty()) {
      throw new IllegalArgumentException("a national pack needs at least one footprint with a result; all "
          + runs.size() + " failed");
    }
    return of(title, runs, Aggregation.england(results));
  }

  /**
   * The national pack from an aggregation already made.
   *
   * @param title document title
   * @param runs every footprint of the run
   * @param england {@code Aggregation.england(...)} of the runs' results
   * @return the pack
   */
  public static NationalPack of(String title, List<Run> runs, AggregateNode england) {
    return of(title, runs, england, null);
  }

  /**
   * The national pack from an aggregation already made, with the national Monte Carlo: its fan chart,
   * and each footprint's chance of breaking even in the league table.
   *
   * @param title document title
   * @param runs every footprint of the run
   * @param england {@code Aggregation.england(...)} of the runs' results
   * @param mc {@code MonteCarlo.national} of the runs' footprints that have a result, in the order of
   *     {@code runs}; or {@code null}
   * @return the pack
   */
  public static NationalPack of(String title, List<Run> runs, AggregateNode england, MonteCarloResult mc) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(england, "england");
    List<Run> inOrder = runs.stream().filter(Run::ok).toList();
    List<Run> ok = new ArrayList<>(inOrder);
    if (ok.isEmpty()) {
      throw new IllegalArgumentException("a national pack needs at least one footprint with a result");
    }
    // The aggregation's order: regions in the enum's order, footprints in the order given.
    ok.sort(Comparator.comparing(r -> r.result().region()));
    PlanPeriod period = ok.get(0).result().period();
    List<NationalPack.Failed> failed = runs.stream().filter(r -> !r.ok())
        .map(r -> new NationalPack.Failed(r.name(), r.findings().all())).toList();

    List<String> englandNotes = new ArrayList<>();
    englandNotes.add(ok.size() + " footprint(s) with a result" + (failed.isEmpty() ? "."
        : "; " + failed.size() + " failed and are not in these figures (see 'Footprints that failed'): "
            + String.join(", ", failed.stream().map(NationalPack.Failed::name).toList()) + "."));
    englandNotes.add("Commissioner spend and provider income are the two sides of the same flows; they are"
        + " shown side by side and never added. Figures add up each footprint's own result.");
    List<AreaView.MemberRow> regionRows = new ArrayList<>();
    List<AreaView> regions = new ArrayList<>();
    for (AggregateNode region : england.children()) {
      List<AreaView.MemberRow> fpRows = new ArrayList<>();
      int withErrors = 0;
      for (AggregateNode fp : region.children()) {
        Run run = find(ok, region, fp);
        String status = run == null ? "OK" : status(run);
        if (!"OK".equals(status)) {
          withErrors++;
        }
        fpRows.add(member(fp, "Footprint " + fp.code(), status, period));
      }
      regionRows.add(member(region, region.children().size() + " footprint(s)",
          withErrors == 0 ? "OK" : withErrors + " with errors", period));
      regions.add(area(region, "Footprint", fpRows, period, List.of(
          "Figures add up the region's footprints' own results.")));
    }
    AreaView englandView = area(england, "Region", regionRows, period, englandNotes);
    List<PackContent> footprints = ok.stream()
        .map(r -> PackContents.of(r.result(), r.footprint(), r.findings())).toList();
    boolean whole = ok.size() >= SyntheticNation.FOOTPRINTS_2016 && regions.size() == Region.values().length;
    String scope = whole ? "England" : "All " + ok.size() + " footprint" + (ok.size() == 1 ? "" : "s") + " of this run";
    englandView = new AreaView(scope, englandView.positions(), englandView.memberKind(), englandView.finalYear(),
        englandView.members(), englandView.notes());
    return new NationalPack(title,
        (whole ? "England" : "A collection of " + ok.size() + " footprint" + (ok.size() == 1 ? "" : "s")) + ", "
            + regions.size() + " region(s): the financial bridge " + period.firstYear() + " to " + period.lastYear()
            + ", with each footprint's own pack as a separate file",
        englandView, regions, footprints, failed, List.of(), RoundingPolicy.STATEMENT, league(inOrder, mc, period),
        mc == null ? Optional.empty() : Optional.of(fan(mc, england, period)));
  }

  /** The footprints, worst final-year do-something first, each with its chance of breaking even. */
  static List<NationalPack.LeagueRow> league(List<Run> inOrder, MonteCarloResult mc, PlanPeriod period) {
    int first = mc == null ? -1 : mc.nodes().size() - inOrder.size();
    double[] chance = new double[inOrder.size()];
    for (int i = 0; i < chance.length; i++) {
      chance[i] = mc == null ? Double.NaN : mc.nodes().get(first + i).probabilityOfBalance().last();
    }
    Integer[] byChance = new Integer[chance.length];
    for (int i = 0; i < byChance.length; i++) {
      byChance[i] = i;
    }
    java.util.Arrays.sort(byChance, Comparator.comparingDouble((Integer i) -> chance[i])
        .thenComparingDouble(i -> inOrder.get(i).result().health().doSomething().last()));
    int[] chanceRank = new int[chance.length];
    for (int k = 0; k < byChance.length; k++) {
      chanceRank[byChance[k]] = mc == null ? 0 : k + 1;
    }
    Integer[] order = new Integer[inOrder.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> inOrder.get(i).result().health().doSomething().last()));
    List<NationalPack.LeagueRow> out = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      FootprintResult r = inOrder.get(order[k]).result();
      out.add(new NationalPack.LeagueRow(k + 1, r.footprintName(), r.region().label(), r.health().doNothing().last(),
          r.health().doSomething().last(), chance[order[k]], chanceRank[order[k]]));
    }
    return out;
  }

  /** The national Monte Carlo's fan: the first node (the whole run), its percentiles and chances. */
  static FanView fan(MonteCarloResult mc, AggregateNode england, PlanPeriod p) {
    MonteCarloResult.Node node = mc.headline();
    List<Map.Entry<Percentile, ByYear>> ps = new ArrayList<>(node.doSomething().percentiles().entrySet());
    ps.sort(Map.Entry.comparingByKey());
    List<MoneyRow> rows = new ArrayList<>();
    for (Map.Entry<Percentile, ByYear> e : ps) {
      rows.add(MoneyRow.of(e.getKey().name().toUpperCase(Locale.ROOT), RowKind.ITEM, PackContents.amounts(p, e.getValue())));
    }
    List<GapTile.Figure> figures = List.of(new GapTile.Figure("Draws", String.format(Locale.ROOT, "%,d", mc.draws())),
        new GapTile.Figure("Random-number start (repeats the run exactly)", Long.toString(mc.seed())));
    return new FanView(p.years(), rows, MoneyRow.of("Do-something (plan)", RowKind.POSITION,
        PackContents.amounts(p, england.measure(Measure.DO_SOMETHING).orElseThrow())),
        PackContents.amounts(p, node.probabilityOfBalance()), figures,
        "Monte Carlo of the do-something position of every footprint together: assumptions (growth, inflation)"
            + " drawn once a draw for all footprints, each footprint's delivery drawn on its own. "
            + mc.percentileError(), MonteCarloWords.headline(mc, 0, true));
  }

  private static Run find(List<Run> ok, AggregateNode region, AggregateNode fp) {
    return ok.stream().filter(r -> r.result().region().name().equals(region.code())
        && Integer.toString(r.result().footprintNumber()).equals(fp.code())
        && r.result().footprintName().equals(fp.name())).findFirst().orElse(null);
  }

  private static String status(Run r) {
    List<ValidationFinding> errors = r.result().findings().ofSeverity(Severity.ERROR);
    return errors.isEmpty() ? "OK" : errors.size() + " error(s): " + errors.get(0).rule();
  }

  private static AreaView.MemberRow member(AggregateNode n, String detail, String status, PlanPeriod p) {
    return new AreaView.MemberRow(n.name(), detail, last(n, Measure.DO_NOTHING),
        last(n, Measure.DO_SOMETHING), status);
  }

  private static double last(AggregateNode n, Measure measure) {
    return n.measure(measure).map(ByYear::last).orElse(Double.NaN);
  }

  private static AreaView area(AggregateNode n, String memberKind, List<AreaView.MemberRow> members, PlanPeriod p,
      List<String> notes) {
    List<MoneyRow> more = new ArrayList<>();
    add(more, n, Measure.SOLUTIONS, "Solutions (net of double counting)", RowKind.ITEM, p);
    add(more, n, Measure.FUNDING_APPLIED, "Funding applied", RowKind.FUNDING, p);
    add(more, n, Measure.RISK_ADJUSTED_DO_SOMETHING, "Risk-adjusted do-something", RowKind.TOTAL, p);
    add(more, n, Measure.HEALTH_SURPLUS, "Do-nothing, drivers-based (NHS bodies)", RowKind.ITEM, p);
    add(more, n, Measure.SOCIAL_CARE_SURPLUS, "Do-nothing, drivers-based (social care)", RowKind.ITEM, p);
    add(more, n, Measure.COMMISSIONER_SPEND, "Commissioner spend (drivers-based)", RowKind.ITEM, p);
    add(more, n, Measure.PROVIDER_INCOME, "Provider income (drivers-based)", RowKind.ITEM, p);
    PositionsView positions = new PositionsView(p.years(),
        MoneyRow.of("Do-nothing", RowKind.POSITION, PackContents.amounts(p, n.measure(Measure.DO_NOTHING).orElseThrow())),
        MoneyRow.of("Do-something", RowKind.POSITION, PackContents.amounts(p, n.measure(Measure.DO_SOMETHING).orElseThrow())),
        more);
    FinancialYear lastYear = p.lastYear();
    return new AreaView(n.name(), positions, memberKind, lastYear, members, notes);
  }

  private static void add(List<MoneyRow> rows, AggregateNode n, Measure measure, String label, RowKind kind,
      PlanPeriod p) {
    n.measure(measure).ifPresent(v -> rows.add(MoneyRow.of(label, kind, PackContents.amounts(p, v))));
  }
}
