package org.stptoolkit.reports.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.stptoolkit.finance.goalseek.DriverGoalSeek;
import org.stptoolkit.finance.goalseek.GoalSeekResult;
import org.stptoolkit.finance.projection.ResolvedFootprint;
import org.stptoolkit.model.FinancialYear;
import org.stptoolkit.model.Footprint;
import org.stptoolkit.model.RoundingPolicy;
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
    console().out().println(fp.name() + ": " + what + " of " + percent(g.value()) + " makes the " + y
        + " drivers-based health do-nothing position " + RoundingPolicy.formatGbpK(g.achieved()) + " £'000"
        + " (target " + RoundingPolicy.formatGbpK(targetGbpK) + "; " + g.iterations() + " projections).");
    return ExitCode.OK;
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
