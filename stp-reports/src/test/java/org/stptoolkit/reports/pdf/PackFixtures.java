package org.stptoolkit.reports.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.basics.YearlyAmounts;
import org.stptoolkit.model.example.Examples;
import org.stptoolkit.model.validation.Location;
import org.stptoolkit.model.validation.ValidationFinding;

/**
 * Shared test content: the seed's printed bridge table (typed in from the plan, to test the renderer), and
 * the embedded example run through the engine and read by the adapter.
 */
final class PackFixtures {

  static final FinancialYear FIRST = FinancialYear.of(2016);
  static final FinancialYear LAST = FinancialYear.of(2020);
  static final List<FinancialYear> YEARS = List.of(FIRST, FIRST.plus(1), FIRST.plus(2), FIRST.plus(3), LAST);
  /** The seed's do-something row as pdftotext should find it. */
  static final String SEED_DO_SOMETHING = "(157,606) (119,557) (111,798) (91,300) 1,420";

  private PackFixtures() {}

  static MoneyRow row(String label, RowKind kind, double... v) {
    return MoneyRow.of(label, kind, YearlyAmounts.of(FIRST, v));
  }

  /** The seed's "Phased financial bridge, do-something whole system", exactly as printed. */
  static BridgeView seedBridge() {
    List<MoneyRow> steps = new ArrayList<>(List.of(
        row("2 CIP/Workforce", RowKind.ITEM, 0, 31_397, 63_444, 96_479, 130_447),
        row("3 Right Care", RowKind.ITEM, 0, 6_750, 13_500, 20_250, 27_000),
        row("4 Urgent Care", RowKind.ITEM, 0, 2_560, 3_042, 3_529, 4_252),
        row("5 Frailty & LTC", RowKind.ITEM, 0, 1_426, 5_937, 11_521, 15_235),
        row("6 Integrated Primary & Community", RowKind.ITEM, 0, -1_990, -4_476, -7_117, -9_853),
        row("7 Cancer & EOLC", RowKind.ITEM, 0, 0, 0, 5_737, 14_047),
        row("8 Planned Care", RowKind.ITEM, 0, 2_000, 6_677, 10_266, 14_944),
        row("9 Prevention (in planned care)", RowKind.ITEM, 0, 0, 1_500, 4_000, 6_500),
        row("10 Community Hospitals", RowKind.ITEM, 1_940, 3_956, 4_021, 4_087, 4_202),
        row("11 System Governance", RowKind.ITEM, 0, 2_611, 5_222, 5_222, 5_222),
        row("12 System Reconfiguration", RowKind.ITEM, 0, 0, 0, 5_613, 11_225),
        row("12 Estates Strategy", RowKind.ITEM, 0, 1_000, 2_000, 2_000, 22_000)));
    steps.add(MoneyRow.of("STF funding applied to 16/17 recurrent pressures", RowKind.FUNDING,
        YearlyAmounts.empty().with(LAST, 41_600)));
    return new BridgeView(YEARS, LAST,
        row("Do-nothing healthcare position", RowKind.POSITION, -159_546, -169_268, -212_666, -252_888, -285_402),
        steps,
        row("Total solution value", RowKind.TOTAL, 1_940, 49_711, 100_868, 161_588, 286_822),
        row("Do-something healthcare position", RowKind.POSITION, -157_606, -119_557, -111_798, -91_300, 1_420),
        "The seed's printed table.");
  }

  /** A pack around the seed's printed bridge (the renderer's test), with a test-only fan chart. */
  static PackContent seedPack() {
    BridgeView b = seedBridge();
    PackContent example = examplePack();
    FanView fan = new FanView(YEARS, List.of(
        row("P10", RowKind.ITEM, -163_000, -132_000, -130_000, -115_000, -35_000),
        row("P50", RowKind.ITEM, -159_000, -124_000, -119_000, -100_000, -15_000),
        row("P90", RowKind.ITEM, -157_700, -119_800, -112_000, -91_600, 1_000)),
        b.doSomething(), YearlyAmounts.of(FIRST, 0, 0, 0, 0, 0.12), List.of(new GapTile.Figure("Draws", "1,000")),
        "Test fixture: illustrative percentiles, not a model result.", List.of());
    return new PackContent("Seed bridge test pack", "Test", example.cover(), example.gaps(), b,
        example.socialCare(), new PositionsView(YEARS, b.doNothing(), b.doSomething(), List.of(b.total())),
        example.planCosts(), example.sensitivities(), example.solutions(), example.activity(),
        example.indicators(), example.risk(), Optional.of(fan),
        List.of(ValidationFinding.warning("TEST_RULE", Location.of("somewhere £"), "1", "2")),
        example.notes(), RoundingPolicy.STATEMENT);
  }

  /** The embedded example. */
  static Footprint example() {
    return Examples.readStaffordshireAndStokeOnTrent().orElseThrow();
  }

  /** The engine's result for the embedded example. */
  static FootprintResult exampleResult() {
    return StpEngine.DEFAULT.run(example());
  }

  /** The embedded example as the adapter reads the engine's result. */
  static PackContent examplePack() {
    var parsed = Examples.readStaffordshireAndStokeOnTrent();
    Footprint f = parsed.orElseThrow();
    return PackContents.of(StpEngine.DEFAULT.run(f), f, parsed.findings());
  }
}
