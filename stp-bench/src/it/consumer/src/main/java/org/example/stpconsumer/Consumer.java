package org.example.stpconsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.finance.aggregation.Measure;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.json.ResultJson;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.national.NationalResult;
import org.stptoolkit.finance.national.NationalRunner;
import org.stptoolkit.metrics.comparison.BenchmarkComparison;
import org.stptoolkit.metrics.comparison.BenchmarkOutcome;
import org.stptoolkit.metrics.intervals.Estimate;
import org.stptoolkit.metrics.intervals.Proportions;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.Organisation;
import org.stptoolkit.model.Region;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.basics.OrganisationType;
import org.stptoolkit.model.basics.PlanPeriod;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.finance.Driver;
import org.stptoolkit.model.finance.DriverSet;
import org.stptoolkit.model.finance.ServiceLine;
import org.stptoolkit.model.solution.Solution;
import org.stptoolkit.model.solution.SolutionCategory;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.indicator.Polarity;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.json.StpJsonModule;
import org.stptoolkit.model.synthetic.SyntheticNation;

/**
 * Uses the toolkit as an application would, on the module path, and checks every figure against an
 * independent source (the seed's tables, a hand calculation, or a sum of the parts). Exits with status 1
 * on the first mismatch, so the consumer build fails.
 */
public final class Consumer {

  private Consumer() {}

  /**
   * Runs the checks.
   *
   * @param args none
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    check("running on the module path", Consumer.class.getModule().isNamed()
        && StpEngine.class.getModule().getName().equals("org.stptoolkit.finance"));

    // A footprint: the embedded Staffordshire example, and a synthetic nation around it.
    Footprint staffs = Examples.staffordshireAndStokeOnTrent();
    List<Footprint> nation = SyntheticNation.generate(12, 2016L, 1);

    // The engine, against the seed's phased bridge (£'000): do-something (157,606) in 2016/17 and
    // 1,420 in 2020/21 (printed totals within ±1 of the rows), do-nothing cumulative £1,080m.
    FootprintResult result = StpEngine.DEFAULT.run(staffs);
    ByYear doSomething = result.health().doSomething();
    check("do-something 2016/17 is (157,606)", Math.abs(doSomething.get(0) - -157_606) <= 1);
    check("do-something 2020/21 is 1,420", Math.abs(doSomething.last() - 1_420) <= 1);
    check("do-nothing cumulative is (1,080)m",
        Math.abs(result.health().cumulativeDoNothing() - -1_080_000) <= 500);
    System.out.printf("engine: do-something %s%n", doSomething);

    // A footprint built in code with the builders: one acute trust, flat drivers, one phased solution.
    // By hand: income 100,000 grows 2% a year (tariff 0%, allocation 2%); costs 100,000 grow by pay 2%
    // and nothing else, so the do-nothing position is 0 in every year; the solution adds 5,000 in the
    // last year: do-something 2020/21 = 5,000.
    PlanPeriod period = PlanPeriod.of(FinancialYear.parse("2015/16"), 5);
    Footprint built = Footprint.builder()
        .number(46).name("Consumer Test").region(Region.NORTH).period(period)
        .organisation(Organisation.of("CT1", "Consumer Test Hospitals NHS Trust", OrganisationType.ACUTE_TRUST))
        .serviceLine(ServiceLine.builder("CT1", "Acute").incomeGbpK(100_000).staffCostsGbpK(100_000).build())
        .drivers(DriverSet.builder()
            .flat(period, Driver.TARIFF_UPLIFT, 0.02)
            .flat(period, Driver.PAY_INFLATION, 0.02)
            .othersFlat(period, 0)
            .build())
        .solution(Solution.builder(1, "Provider efficiency", SolutionCategory.PRODUCTIVITY_AND_EFFICIENCY)
            .phasedGbpK(YearlyAmounts.of(period.firstYear(), 1_000, 2_000, 3_000, 4_000, 5_000)).build())
        .build();
    FootprintResult builtResult = StpEngine.DEFAULT.run(built);
    System.out.printf("built footprint: do-nothing %s, do-something %s%n", builtResult.health().doNothing(),
        builtResult.health().doSomething());
    check("built footprint: do-nothing 0 every year", builtResult.health().doNothing().isCloseTo(
        ByYear.zeros(builtResult.health().doNothing().size()), 1e-6));
    check("built footprint: do-something 2020/21 is 5,000",
        Math.abs(builtResult.health().doSomething().last() - 5_000) <= 1e-6);

    // Monte Carlo on the application's own executor: the same seed gives the same answer on any executor;
    // probabilities lie in [0, 1].
    MonteCarloSpec spec = MonteCarloSpec.typical(2_000, 2016L);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    MonteCarloResult mc = MonteCarlo.run(staffs, spec, pool);
    MonteCarloResult again = MonteCarlo.run(staffs, spec, Runnable::run);
    ByYear pBalance = mc.headline().probabilityOfBalance();
    check("Monte Carlo is reproducible", pBalance.equals(again.headline().probabilityOfBalance()));
    check("probability of balance in [0, 1]", pBalance.last() >= 0 && pBalance.last() <= 1);
    System.out.printf("Monte Carlo: probability of balance %s%n", pBalance);

    // Aggregation through the library's national run on the same executor: England's do-something is the
    // sum of its footprints', each run on its own.
    NationalResult national = NationalRunner.of(pool).run(nation, Optional.empty());
    pool.shutdown();
    List<FootprintResult> results = national.results();
    ByYear sum = null;
    for (Footprint fp : nation) {
      ByYear own = StpEngine.DEFAULT.run(fp).health().doSomething();
      sum = sum == null ? own : sum.plus(own);
    }
    AggregateNode england = national.england();
    check("national England = Aggregation.england of the results",
        england.equals(Aggregation.england(results)));
    check("England = sum of footprints", england.measure(Measure.DO_SOMETHING).orElseThrow().isCloseTo(sum, 1e-6));
    check("footprint 10 of the synthetic nation is Staffordshire",
        results.get(9).health().doSomething().isCloseTo(doSomething, 1e-9));
    System.out.printf("aggregation: England do-something %s over %d footprints%n",
        england.measure(Measure.DO_SOMETHING).orElseThrow(), results.size());

    // An indicator comparison: A&E 860 of 1,000 within 4 hours. Wilson 95% interval by hand:
    // (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)) = 83.71% to 88.01%; England 95% lies above it
    // (Worse, high is good), 87% inside it (Similar).
    Estimate ae = Proportions.of(860.0, 1_000.0, 100);
    check("Wilson lower 83.71%", Math.abs(ae.ci95().lower() - 83.711) < 0.01);
    check("Wilson upper 88.01%", Math.abs(ae.ci95().upper() - 88.013) < 0.01);
    check("worse than 95%", BenchmarkComparison.compare(ae, 95.0, Polarity.HIGH_IS_GOOD) == BenchmarkOutcome.WORSE);
    check("similar to 87%", BenchmarkComparison.compare(ae, 87.0, Polarity.HIGH_IS_GOOD) == BenchmarkOutcome.SIMILAR);
    System.out.printf("indicator: %.2f%% (%.2f to %.2f), against 95%%: %s%n", ae.value(), ae.ci95().lower(),
        ae.ci95().upper(), BenchmarkComparison.compare(ae, 95.0, Polarity.HIGH_IS_GOOD));

    // JSON: a footprint written and read back is the same footprint; a result's JSON passes the
    // published schema and carries the engine's figures, read with the application's own ObjectMapper.
    String json = FootprintJson.toJson(staffs);
    Footprint back = FootprintJson.read("staffs.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .orElseThrow();
    check("footprint JSON round trip", back.equals(staffs) && FootprintJson.toJson(back).equals(json));
    JsonNode resultTree = new ObjectMapper().readTree(ResultJson.toBytes(result));
    check("result JSON passes its schema", ResultJson.check(resultTree).isEmpty());
    check("result JSON carries the engine's figures",
        StpEngine.DEFAULT.run(back).health().doSomething().equals(doSomething)
            && Math.abs(resultTree.path("cumulative").path("doNothing").asDouble()
                - result.health().cumulativeDoNothing()) <= 0.5);
    FootprintResult resultBack = ResultJson.read("staffs.result.json", ResultJson.toBytes(result)).orElseThrow();
    check("result JSON read back writes the same bytes",
        java.util.Arrays.equals(ResultJson.toBytes(resultBack), ResultJson.toBytes(result)));
    check("footprint written by the application's own mapper with StpJsonModule reads back",
        FootprintJson.read("mine.json", new ObjectMapper().registerModule(new StpJsonModule())
            .writeValueAsBytes(staffs)).orElseThrow().equals(staffs));
    System.out.println("JSON: footprint and result round trip");

    // The internals are not exported: reflection into them is refused on the module path.
    Class<?> resolved = Class.forName("org.stptoolkit.finance.internal.ResolvedFootprint");
    check("finance.internal is not exported",
        !resolved.getModule().isExported(resolved.getPackageName(), Consumer.class.getModule()));
    System.out.println("consumer: all checks passed");
  }

  private static void check(String what, boolean ok) {
    if (!ok) {
      System.out.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
