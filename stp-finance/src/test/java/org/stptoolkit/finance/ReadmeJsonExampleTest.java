package org.stptoolkit.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stptoolkit.finance.aggregation.AggregateNode;
import org.stptoolkit.finance.aggregation.Aggregation;
import org.stptoolkit.finance.aggregation.Measure;
import org.stptoolkit.finance.basics.ByYear;
import org.stptoolkit.finance.bridge.BridgeResult;
import org.stptoolkit.finance.bridge.DoNothingSource;
import org.stptoolkit.finance.json.ResultJson;
import org.stptoolkit.finance.montecarlo.MonteCarlo;
import org.stptoolkit.finance.montecarlo.MonteCarloResult;
import org.stptoolkit.finance.montecarlo.MonteCarloSpec;
import org.stptoolkit.finance.montecarlo.Percentile;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.finance.Scope;
import org.stptoolkit.model.json.FootprintJson;
import org.stptoolkit.model.json.StpJsonModule;
import org.stptoolkit.model.solution.ActivityShift;
import org.stptoolkit.model.solution.BedClosure;
import org.stptoolkit.model.solution.OpportunityRealisation;
import org.stptoolkit.model.solution.OverheadRemoval;
import org.stptoolkit.model.solution.PercentOfPool;
import org.stptoolkit.model.solution.SolutionRule;
import org.stptoolkit.model.validation.Parsed;

/** The README's typed-keys and JSON snippets, as written there. */
class ReadmeJsonExampleTest {

  @Test
  void readmeTypedKeysAndJsonSnippetsRunAndGiveTheSeedsFigures(@TempDir Path dir) throws Exception {
    Footprint example = Examples.staffordshireAndStokeOnTrent();
    FootprintResult result = StpEngine.DEFAULT.run(example);
    List<FootprintResult> results = List.of(result);
    MonteCarloResult mc = MonteCarlo.run(example, MonteCarloSpec.typical(1_000, 2016L));
    SolutionRule rule = example.solutions().get(0).rule();
    FootprintJson.write(example, dir.resolve("staffs.json"), false);
    ResultJson.write(result, dir.resolve("staffs.result.json"), false);

    // --- README snippet 1 ---
    AggregateNode england = Aggregation.england(results);
    ByYear ds = england.measure(Measure.DO_SOMETHING).orElseThrow();
    ByYear p10 = mc.headline().doSomething().percentile(Percentile.P10).orElseThrow();
    BridgeResult scc = result.socialCare(Scope.council("SCC")).orElseThrow();
    boolean published = result.health().doNothingSource() == DoNothingSource.PUBLISHED;
    String what = rule.accept(new SolutionRule.Visitor<String>() {
      @Override
      public String percentOfPool(PercentOfPool r) {
        return "a share of " + r.pool();
      }

      @Override
      public String opportunityRealisation(OpportunityRealisation r) {
        return "an opportunity";
      }

      @Override
      public String activityShift(ActivityShift r) {
        return "activity moved";
      }

      @Override
      public String bedClosure(BedClosure r) {
        return r.beds() + " beds";
      }

      @Override
      public String overheadRemoval(OverheadRemoval r) {
        return "overheads";
      }
    });
    // --- README snippet 2 (files in the test's folder) ---
    ObjectMapper mine = new ObjectMapper().registerModule(new StpJsonModule());
    Footprint fp = mine.readValue(dir.resolve("staffs.json").toFile(), Footprint.class);
    Parsed<FootprintResult> back = ResultJson.read(dir.resolve("staffs.result.json"));
    double ds2021 = back.orElseThrow().health().doSomething().last();
    // --- end ---

    assertThat(ds.last()).isCloseTo(1_420, within(1.0));
    assertThat(p10.last()).isLessThan(ds.last());
    assertThat(scc.doNothing().last()).isNegative();
    assertThat(published).isTrue();
    assertThat(what).isEqualTo("a share of " + ((PercentOfPool) rule).pool());
    assertThat(fp).isEqualTo(example);
    assertThat(ds2021).isCloseTo(result.health().doSomething().last(), within(0.0005));
  }
}
