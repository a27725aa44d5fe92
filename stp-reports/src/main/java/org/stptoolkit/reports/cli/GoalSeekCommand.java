package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.List;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.finance.goalseek.DriverGoalSeek;
import org.stptoolkit.finance.goalseek.GoalSeekResult;
import org.stptoolkit.finance.internal.ResolvedFootprint;
import org.stptoolkit.model.basics.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.basics.RoundingPolicy;
import org.stptoolkit.model.finance.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code stp goalseek F.json --driver non-demographic-growth --target -286000}: which value of one
 * projection driver makes the drivers-based health do-nothing position in a year hit a target. Prints
 * the answer; exit 1 (nothing found) when no value in the allowed range reaches it.
 */
@Command(name = "goalseek", mixinStandardHelpOptions = true,
    description = "Goal seek: find the value of one do-nothing driver (the same rate every plan year, or a"
        + " shift added to each year's rate) that makes the drivers-based health do-nothing position in a"
        + " year equal a target. Exit 1 when no value in the range reaches it, with the closest.",
    footerHeading = "%nExample (which non-demographic growth makes the 2020/21 gap £286m?):%n",
    footer = "  stp goalseek staffs.json --driver non-demographic-growth --year 2020/21 --target=-286000")
final class GoalSeekCommand extends Subcommand {

  @Parameters(paramLabel = "F.json", description = "Footprint JSON (or a filled-in template .xlsx).")
  Path input;

  @Option(names = "--driver", required = true, converter = DriverConverter.class, paramLabel = "DRIVER",
      description = "The driver to solve: one of ${COMPLETION-CANDIDATES}.", completionCandidates = DriverNames.class)
  Driver driver;

  @Option(names = "--target", required = true, paramLabel = "GBPK", description = "The health do-nothing"
      + " position sought, £'000, a deficit negative (a £286m gap is --target=-286000).")
  double targetGbpK;

  @Option(names = "--year", paramLabel = "YYYY/YY", description = "The plan year of the target (default: the"
      + " plan's last year).")
  String year;

  @Option(names = "--mode", defaultValue = "set", paramLabel = "MODE", description = "set: the value is the"
      + " rate in every plan year; shift: it is added to each year's rate (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--min-percent", defaultValue = "-50", paramLabel = "P", description = "Lowest value"
      + " allowed, %% a year (default: ${DEFAULT-VALUE}).")
  double minPercent;

  @Option(names = "--max-percent", defaultValue = "100", paramLabel = "P", description = "Highest value"
      + " allowed, %% a year (default: ${DEFAULT-VALUE}).")
  double maxPercent;

  @Override
  public Integer call() throws Exception {
    DriverGoalSeek.Mode m = switch (mode.toLowerCase(Locale.ROOT)) {
      case "set" -> DriverGoalSeek.Mode.SET;
      case "shift" -> DriverGoalSeek.Mode.SHIFT;
      default -> throw usage("--mode must be set or shift, was " + mode);
    };
    if (!Double.isFinite(targetGbpK)) {
      throw usage("--target must be a finite amount in £'000, was " + targetGbpK);
    }
    if (!(minPercent < maxPercent) || !Double.isFinite(minPercent) || !Double.isFinite(maxPercent)) {
      throw usage("--min-percent must be below --max-percent, was " + minPercent + " and " + maxPercent);
    }
    Footprint fp = Inputs.requireFootprint(input);
    FinancialYear y;
    if (year == null) {
      y = fp.period().lastYear();
    } else {
      try {
        y = FinancialYear.parse(year);
      } catch (IllegalArgumentException e) {
        throw usage("--year: " + e.getMessage());
      }
      if (!fp.period().contains(y)) {
        throw usage("--year " + year + " is not a plan year of " + input + " (" + fp.period().firstYear()
            + " to " + fp.period().lastYear() + ")");
      }
    }
    GoalSeekResult g = DriverGoalSeek.solve(ResolvedFootprint.of(fp), driver, m, y, targetGbpK,
        minPercent / 100, maxPercent / 100);
    String what = DriverNames.word(driver) + (m == DriverGoalSeek.Mode.SHIFT ? " (shift added to every year's"
        + " rate)" : " (the same rate every plan year)");
    if (!g.found()) {
      console().err().println("stp: " + input + ": no value of " + what + " between "
          + percent(minPercent / 100) + " and " + percent(maxPercent / 100) + " makes the " + y
          + " health do-nothing position " + RoundingPolicy.formatGbpK(targetGbpK) + " £'000; the closest is "
          + percent(g.value()) + ", giving " + RoundingPolicy.formatGbpK(g.achieved()) + " £'000.");
      return ExitCode.INVALID_INPUT;
    }
    var out = console().out();
    double now = m == DriverGoalSeek.Mode.SHIFT ? 0 : currentAverage(fp, driver);
    double nowPosition = StpEngine.DEFAULT.run(fp).health().driversDoNothing().get(fp.period().indexOf(y));
    out.println(fp.name() + ": " + what + ", " + y + " drivers-based health do-nothing position, £'000");
    out.println("  now:     " + (m == DriverGoalSeek.Mode.SHIFT ? "no shift" : percent(now)
        + " (the footprint's default, averaged over the plan years)") + " gives "
        + RoundingPolicy.formatGbpK(nowPosition));
    out.println("  solved:  " + percent(g.value()) + " gives " + RoundingPolicy.formatGbpK(g.achieved())
        + " (target " + RoundingPolicy.formatGbpK(targetGbpK) + "; " + g.iterations() + " projections)");
    out.println("  change:  " + String.format(Locale.ROOT, "%+.2f", (g.value() - now) * 100)
        + " percentage points a year, moving the position by "
        + RoundingPolicy.formatGbpK(g.achieved() - nowPosition));
    caution(driver, m, now, g.value()).ifPresent(c -> out.println("  caution: " + c));
    return ExitCode.OK;
  }

  /** The most a plausible answer moves a driver from its current value, percentage points a year. */
  static final double PLAUSIBLE_CHANGE = 0.02;

  /**
   * A caution when the answer is implausible: a growth or inflation rate below zero (social care funding
   * growth aside, which plans do cut), or a move of more than {@link #PLAUSIBLE_CHANGE} (2 percentage
   * points a year) from the current value: rates NHS plans have not assumed, so the answer says the target
   * is out of reach of this driver alone rather than forecasting it.
   */
  static java.util.Optional<String> caution(Driver driver, DriverGoalSeek.Mode mode, double now, double solved) {
    double rate = mode == DriverGoalSeek.Mode.SHIFT ? now + solved : solved;
    List<String> why = new java.util.ArrayList<>();
    if (rate < 0 && driver != Driver.SOCIAL_CARE_FUNDING_GROWTH) {
      why.add(percent(rate) + " would mean " + driver.label().toLowerCase(Locale.ROOT) + " falling every year");
    }
    if (Math.abs(solved - now) > PLAUSIBLE_CHANGE) {
      why.add("it moves the rate " + String.format(Locale.ROOT, "%.2f", Math.abs(solved - now) * 100)
          + " percentage points a year from its current value (more than " + Math.round(PLAUSIBLE_CHANGE * 100)
          + " is outside what plans assume)");
    }
    return why.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("this answer is implausible: "
        + String.join("; ", why) + ". Read it as the target being out of reach of this driver alone, not as a"
        + " forecast.");
  }

  /** The footprint-wide default rate of a driver, averaged over the plan years (0 when it gives none). */
  static double currentAverage(Footprint fp, Driver driver) {
    var rates = driver.in(fp.assumptions().defaults());
    if (rates == null) {
      return 0;
    }
    double sum = 0;
    int n = 0;
    for (FinancialYear y : fp.period().years()) {
      if (rates.has(y)) {
        sum += rates.getOr(y, 0);
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.4f%% a year", fraction * 100);
  }

  /** The drivers as option words: non-demographic-growth. */
  static final class DriverNames implements Iterable<String> {
    static String word(Driver d) {
      return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.stream(Driver.values()).map(DriverNames::word).iterator();
    }
  }

  /** Option words to a driver. */
  static final class DriverConverter implements ITypeConverter<Driver> {
    @Override
    public Driver convert(String value) {
      for (Driver d : Driver.values()) {
        if (DriverNames.word(d).equalsIgnoreCase(value.strip()) || d.name().equalsIgnoreCase(value.strip())) {
          return d;
        }
      }
      throw new TypeConversionException("expected one of " + Arrays.stream(Driver.values())
          .map(DriverNames::word).collect(Collectors.joining(", ")) + ", found \"" + value + "\"");
    }
  }
}
